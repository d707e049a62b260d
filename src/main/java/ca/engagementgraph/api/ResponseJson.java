package ca.engagementgraph.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a GraphQL answer goes out over HTTP: Spring Boot's JSON mapper reads the request as before, and the answer, a
 * tree of maps, lists, strings, numbers and booleans once graphql-java has completed it, is written by walking that
 * tree straight onto Jackson's generator.
 *
 * <p>Why: written as any map, every value asks Jackson which serializer its class takes and every field name is
 * encoded again, and on the coverage of all countries (200 rows, 82 KB) that was a seventh of the service's CPU at
 * scale L, half of it in the serializer lookups (graph-schema/PERFORMANCE.md). Anything else met in the tree (an
 * extension's value) is handed to the mapper, so the JSON is the same as Jackson's own.
 */
final class ResponseJson extends JacksonJsonHttpMessageConverter {

	ResponseJson(JsonMapper mapper) {
		super(mapper);
	}

	/** Spring for GraphQL's HTTP handler with this converter, in place of Spring Boot's (through MVC's converters). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // as Spring Boot's GraphQL over MVC
	static class OverHttp {

		@Bean
		GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper mapper) {
			return new GraphQlHttpHandler(handler, new ResponseJson(mapper));
		}
	}

	@Override
	protected void writeInternal(Object answer, ResolvableType type, HttpOutputMessage outputMessage,
			@Nullable Map<String, Object> hints) throws IOException, HttpMessageNotWritableException {
		if (!(answer instanceof Map<?, ?>)) {
			super.writeInternal(answer, type, outputMessage, hints);
			return;
		}
		// The whole answer is written to memory first, then sent with its length in one write: streamed, it went out
		// in chunks (the servlet's buffer is 8 KB), each framed, flushed by its own system call and parsed by the
		// client; a dashboard's answers are small enough to hold, and the tree they come from is held already.
		var buffered = new ByteArrayOutputStream(BUFFER_SIZE);
		try (JsonGenerator json = defaultMapper.createGenerator(buffered,
				getJsonEncoding(outputMessage.getHeaders().getContentType()))) {
			value(json, answer, new IdentityHashMap<>());
		}
		outputMessage.getHeaders().setContentLength(buffered.size());
		OutputStream body = StreamUtils.nonClosing(outputMessage.getBody());
		buffered.writeTo(body);
	}

	/** The buffer's first size: most answers fit, the largest grow it a few times. */
	private static final int BUFFER_SIZE = 16 * 1024;

	/**
	 * @param seen the field names met in this answer, each encoded once, by identity: a name is the same string in
	 * every row (graphql-java's result key, from the parsed document), so a row's names are found without hashing or
	 * comparing them (a map shared by all answers, asked once per name, was 4 % of the CPU of the coverage of all
	 * countries); an answer holds as many names as its document asks, whatever aliases the client chose
	 */
	private void value(JsonGenerator json, @Nullable Object value, Map<String, SerializableString> seen) {
		switch (value) {
			case null -> json.writeNull();
			case String text -> json.writeString(text);
			case Map<?, ?> map -> {
				json.writeStartObject();
				for (var entry : map.entrySet()) {
					String key = String.valueOf(entry.getKey());
					json.writeName(seen.computeIfAbsent(key, SerializedString::new));
					value(json, entry.getValue(), seen);
				}
				json.writeEndObject();
			}
			case List<?> list -> {
				json.writeStartArray();
				for (Object item : list) {
					value(json, item, seen);
				}
				json.writeEndArray();
			}
			case Boolean flag -> json.writeBoolean(flag);
			case Integer number -> json.writeNumber(number);
			case Long number -> json.writeNumber(number);
			case Double number -> json.writeNumber(number);
			case Float number -> json.writeNumber(number);
			case BigDecimal number -> json.writeNumber(number);
			case BigInteger number -> json.writeNumber(number);
			case Short number -> json.writeNumber(number);
			default -> defaultMapper.writeValue(json, value);
		}
	}
}
