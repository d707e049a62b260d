package ca.engagementgraph.api;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	/**
	 * Field names met so far, each encoded once: the schema's names and the dashboards' aliases, a few hundred. Past
	 * the bound (aliases are the client's to choose) a name is encoded where it is met.
	 */
	private static final int NAMES_KEPT = 4_096;

	private final Map<String, SerializableString> names = new ConcurrentHashMap<>();

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
		OutputStream body = StreamUtils.nonClosing(outputMessage.getBody());
		try (JsonGenerator json = defaultMapper.createGenerator(body,
				getJsonEncoding(outputMessage.getHeaders().getContentType()))) {
			value(json, answer, new IdentityHashMap<>());
		}
	}

	/**
	 * @param seen the names met in this answer, by identity: a name is the same string in every row (graphql-java's
	 * result key, from the parsed document), so a row's names are found without hashing or comparing them; the shared
	 * map's look-up per name was 4 % of the CPU of the coverage of all countries
	 */
	private void value(JsonGenerator json, @Nullable Object value, Map<String, SerializableString> seen) {
		switch (value) {
			case null -> json.writeNull();
			case String text -> json.writeString(text);
			case Map<?, ?> map -> {
				json.writeStartObject();
				for (var entry : map.entrySet()) {
					String key = String.valueOf(entry.getKey());
					SerializableString name = seen.get(key);
					if (name == null) {
						name = name(key);
						seen.put(key, name);
					}
					json.writeName(name);
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

	private SerializableString name(String name) {
		SerializableString known = names.get(name);
		if (known == null) {
			known = new SerializedString(name);
			if (names.size() < NAMES_KEPT) {
				names.put(name, known);
			}
		}
		return known;
	}
}
