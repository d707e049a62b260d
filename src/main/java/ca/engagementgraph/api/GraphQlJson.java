package ca.engagementgraph.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL answers written to JSON straight from their tree. An answer is maps, lists, strings, numbers, booleans and
 * nulls, and nothing else once graphql-java has coerced every scalar; Jackson's data binding writes the same tree by
 * looking up a serializer for the runtime type of every value of every map (9-12 % of the service's CPU on the
 * coverage of all countries at scale L, 4,800 values). Anything else in an answer (an error's extension a library put
 * there) goes to data binding as before. Requests are read by data binding as before.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlJson {

	/** Replaces Spring Boot's handler, which writes through the MVC converters found for each response. */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper jsonMapper) {
		return new GraphQlHttpHandler(webGraphQlHandler, new AnswerConverter(jsonMapper));
	}

	static final class AnswerConverter extends JacksonJsonHttpMessageConverter {

		AnswerConverter(JsonMapper mapper) {
			super(mapper);
		}

		@Override
		protected void writeInternal(Object answer, ResolvableType type, HttpOutputMessage output,
				@Nullable Map<String, Object> hints) throws IOException {
			var charset = output.getHeaders().getContentType() == null ? null
					: output.getHeaders().getContentType().getCharset();
			if (!(answer instanceof Map<?, ?> tree) || (charset != null && !charset.equals(StandardCharsets.UTF_8))) {
				super.writeInternal(answer, type, output, hints);
				return;
			}
			try (JsonGenerator json = getMapper().createGenerator(StreamUtils.nonClosing(output.getBody()))) {
				writeTree(tree, json);
			}
		}
	}

	/** Writes {@code value}, a GraphQL answer or any part of one, to {@code json}. */
	static void writeTree(@Nullable Object value, JsonGenerator json) {
		switch (value) {
			case null -> json.writeNull();
			case String text -> json.writeString(text);
			case Map<?, ?> map -> {
				json.writeStartObject();
				for (var entry : map.entrySet()) {
					json.writeName(String.valueOf(entry.getKey()));
					writeTree(entry.getValue(), json);
				}
				json.writeEndObject();
			}
			case List<?> list -> {
				json.writeStartArray();
				for (Object element : list) {
					writeTree(element, json);
				}
				json.writeEndArray();
			}
			case Integer number -> json.writeNumber(number);
			case Long number -> json.writeNumber(number);
			case Double number -> json.writeNumber(number);
			case Boolean bool -> json.writeBoolean(bool);
			case BigDecimal number -> json.writeNumber(number);
			case BigInteger number -> json.writeNumber(number);
			case Float number -> json.writeNumber(number);
			case Short number -> json.writeNumber(number);
			default -> json.writePOJO(value);
		}
	}
}
