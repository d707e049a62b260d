package ca.engagementgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.language.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request to {@code /graphql} that is not a GraphQL request at all (not a POST, not JSON, a body that does not
 * parse, no {@code query}) is answered here, like any GraphQL error: a JSON body {@code {"errors": [{message,
 * extensions: {code}}]}} in the client's language, instead of the web framework's bare status. Runs after sign-in,
 * so it tells nothing to a caller who is not signed in.
 */
class RequestShape extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, "POST");
			refuse(request, response, 405, "METHOD_NOT_ALLOWED", "error.methodNotAllowed", request.getMethod());
			return;
		}
		MediaType type;
		try {
			type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
		}
		catch (RuntimeException ex) {
			type = null;
		}
		if (type == null || !(MediaType.APPLICATION_JSON.isCompatibleWith(type)
				|| type.getSubtype().equals("graphql+json") || type.getSubtype().equals("graphql-response+json"))) {
			refuse(request, response, 415, "UNSUPPORTED_MEDIA_TYPE", "error.notJson",
					request.getContentType() == null ? "-" : request.getContentType());
			return;
		}
		byte[] body = request.getInputStream().readAllBytes(); // at most the body limit: EndpointLimits ran first
		String problem = problemOf(body);
		if (problem != null) {
			refuse(request, response, 400, "MALFORMED_REQUEST", problem);
			return;
		}
		chain.doFilter(new EndpointLimits.BufferedBody(request, body), response);
	}

	/** What is wrong with the body, as a message key, or null when it is a GraphQL request. */
	static @Nullable String problemOf(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return "error.malformedJson";
		}
		if (root == null || !root.isObject()) {
			return "error.notAnObject";
		}
		JsonNode query = root.get("query");
		if (query == null || !query.isString() || query.asString().isBlank()) {
			return "error.noQuery";
		}
		JsonNode variables = root.get("variables");
		JsonNode operationName = root.get("operationName");
		JsonNode extensions = root.get("extensions");
		if ((variables != null && !variables.isNull() && !variables.isObject())
				|| (operationName != null && !operationName.isNull() && !operationName.isString())
				|| (extensions != null && !extensions.isNull() && !extensions.isObject())) {
			return "error.badMember";
		}
		return null;
	}

	private static HttpHeaders headers(HttpServletRequest request) {
		var headers = new HttpHeaders();
		var values = request.getHeaders(HttpHeaders.ACCEPT_LANGUAGE);
		while (values != null && values.hasMoreElements()) {
			headers.add(HttpHeaders.ACCEPT_LANGUAGE, values.nextElement());
		}
		return headers;
	}

	/** Answers the request with one error, its code and a sentence in the client's language. */
	static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String code,
			String messageKey, Object... args) throws IOException {
		refuse(response, status, code, messageKey, Language.preferredBy(headers(request)), args);
	}

	private static void refuse(HttpServletResponse response, int status, String code, String messageKey,
			Language language, Object... args) throws IOException {
		String message = Messages.render(messageKey, List.of(args), language.locale());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(JSON.writeValueAsString(Map.of("errors",
				List.of(Map.of("message", message, "extensions", Map.of("code", code))))));
	}
}
