package ca.engagementgraph.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.loading.Messages;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/**
 * The {@code Date} scalar: an ISO calendar date, YYYY-MM-DD, that exists. A day that does not (2026-02-31, 2026-13-01)
 * is refused with {@value #CODE}, never moved to a nearby one (graphql-java-extended-scalars' Date resolves
 * "smartly", to 2026-02-28), in filters, arguments and mutation inputs alike.
 */
final class StrictDate {

	static final String CODE = "INVALID_DATE";

	/** Four-digit years, months 01-12, the days the month has: no lenient or "smart" resolving. */
	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("A calendar date that exists, ISO 8601 (YYYY-MM-DD).")
		.coercing(new Coercing<LocalDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return ISO.format(date);
				}
				if (value instanceof String text) {
					return ISO.format(parse(text, locale, CoercingSerializeException::new));
				}
				throw new CoercingSerializeException("Not a date: " + value.getClass().getSimpleName());
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				if (!(input instanceof String text)) {
					throw CoercingParseValueException.newCoercingParseValueException()
						.message(message(String.valueOf(input), locale))
						.extensions(Map.of("code", CODE))
						.build();
				}
				return parse(text, locale, message -> CoercingParseValueException.newCoercingParseValueException()
					.message(message)
					.extensions(Map.of("code", CODE))
					.build());
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (!(input instanceof StringValue text)) {
					throw CoercingParseLiteralException.newCoercingParseLiteralException()
						.message(message(String.valueOf(input), locale))
						.extensions(Map.of("code", CODE))
						.build();
				}
				return parse(text.getValue(), locale, message -> CoercingParseLiteralException.newCoercingParseLiteralException()
					.message(message)
					.extensions(Map.of("code", CODE))
					.build());
			}

			@Override
			public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
				return StringValue.newStringValue(serialize(input, context, locale)).build();
			}
		})
		.build();

	private StrictDate() {
	}

	private static LocalDate parse(String text, Locale locale, java.util.function.Function<String, RuntimeException> refusal) {
		try {
			return LocalDate.parse(text, ISO);
		}
		catch (DateTimeException ex) {
			throw refusal.apply(message(text, locale));
		}
	}

	static String message(String text, Locale locale) {
		String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
		return Messages.render("error.invalidDate", List.of(shown), Messages.locale(Language.isFrench(locale)));
	}
}
