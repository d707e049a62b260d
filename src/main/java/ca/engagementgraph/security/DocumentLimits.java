package ca.engagementgraph.security;

import java.util.HashMap;
import java.util.Map;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.language.Messages;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.SelectionSet;
import graphql.parser.ParserOptions;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.List;

/**
 * Refuses documents built to exhaust the server before anything runs: too many aliases, too many directives, the
 * same field repeated over and over in one selection. Depth and cost are measured on the operation ({@link QueryCost});
 * tokens and document size are capped by the parser options set here.
 */
final class DocumentLimits {

	static final int MAX_ALIASES = 30;
	static final int MAX_DIRECTIVES = 20;
	static final int MAX_REPEATS_OF_A_FIELD = 5;
	static final int MAX_TOKENS = 15_000;
	static final int MAX_CHARACTERS = 100_000;

	private DocumentLimits() {
	}

	/**
	 * Caps the tokens and characters of every document graphql-java parses from now on (its default options, which
	 * the service's GraphQL engine reads): called before the engine takes its first request.
	 */
	static void capTheParser() {
		ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(MAX_TOKENS).maxCharacters(MAX_CHARACTERS)
				.maxWhitespaceTokens(MAX_TOKENS * 10)));
	}

	static void check(Document document, java.util.Locale locale) {
		int[] aliases = { 0 };
		int[] directives = { 0 };
		new NodeTraverser().preOrder(new NodeVisitorStub() {
			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases[0]++;
				}
				return TraversalControl.CONTINUE;
			}

			@Override
			public TraversalControl visitDirective(Directive directive, TraverserContext<Node> context) {
				directives[0]++;
				return TraversalControl.CONTINUE;
			}

			@Override
			public TraversalControl visitSelectionSet(SelectionSet selectionSet, TraverserContext<Node> context) {
				Map<String, Integer> repeats = new HashMap<>();
				for (var selection : selectionSet.getSelections()) {
					if (selection instanceof Field field) {
						String name = field.getResultKey();
						if (repeats.merge(name, 1, Integer::sum) > MAX_REPEATS_OF_A_FIELD) {
							throw refused(locale, "FIELD_REPEATED", "error.fieldRepeated", name, MAX_REPEATS_OF_A_FIELD);
						}
					}
				}
				return TraversalControl.CONTINUE;
			}
		}, document);
		if (aliases[0] > MAX_ALIASES) {
			throw refused(locale, "TOO_MANY_ALIASES", "error.tooManyAliases", aliases[0], MAX_ALIASES);
		}
		if (directives[0] > MAX_DIRECTIVES) {
			throw refused(locale, "TOO_MANY_DIRECTIVES", "error.tooManyDirectives", directives[0], MAX_DIRECTIVES);
		}
	}

	/** A refusal of the whole document, with its code and a sentence in the client's language. */
	static AbortExecutionException refused(java.util.Locale locale, String code, String messageKey, Object... args) {
		String message = Messages.render(messageKey, List.of(args), Messages.locale(Language.isFrench(locale)));
		GraphQLError error = GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code)).build();
		return new AbortExecutionException(List.of(error));
	}
}
