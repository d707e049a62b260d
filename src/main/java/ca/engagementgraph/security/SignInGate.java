package ca.engagementgraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands before sign-in: a request carrying credentials (Basic or Bearer) for a user name or from an address that
 * failed too often lately is refused with 429 and {@code Retry-After}, without its credentials being checked; a
 * request whose credentials are then refused (401) counts as a failure for both. See {@link SignInThrottle}.
 *
 * <p>The user of a bearer token is its {@code sub} claim as written, since a refused token cannot be trusted further;
 * the address is the client's as the servlet container sees it (behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so that it is the client's, not the proxy's).
 */
final class SignInGate extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The blanks between an Authorization header's scheme and its value, compiled once (it was on every request). */
	private static final Pattern SCHEME_AND_VALUE = Pattern.compile("\\s+");

	private final SignInThrottle throttle;
	private final SignInResponses responses;

	SignInGate(SignInThrottle throttle, SignInResponses responses) {
		this.throttle = throttle;
		this.responses = responses;
	}

	/** Who a request says it is, when it carries credentials at all. */
	record Credentials(@Nullable String user) {
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Credentials credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (credentials == null) {
			chain.doFilter(request, response);
			return;
		}
		String address = request.getRemoteAddr();
		var wait = throttle.waitBefore(credentials.user(), address);
		if (wait.isPresent()) {
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			responses.write(request, response, SignInRefusal.TOO_MANY_FAILED_SIGN_INS, seconds);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
			throttle.failed(credentials.user(), address);
		}
	}

	static @Nullable Credentials credentials(@Nullable String authorization) {
		if (authorization == null || authorization.isBlank()) {
			return null;
		}
		String[] parts = SCHEME_AND_VALUE.split(authorization.strip(), 2);
		String value = parts.length == 2 ? parts[1] : "";
		if (parts[0].equalsIgnoreCase("Basic")) {
			return new Credentials(basicUser(value));
		}
		if (parts[0].equalsIgnoreCase("Bearer")) {
			return new Credentials(tokenSubject(value));
		}
		return new Credentials(null); // another scheme: refused anyway, counted for the address
	}

	private static @Nullable String basicUser(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon > 0 ? decoded.substring(0, colon) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String tokenSubject(String token) {
		String[] parts = token.split("\\.");
		if (parts.length < 2) {
			return null;
		}
		try {
			JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
			JsonNode subject = claims.get("sub");
			return subject != null && subject.isString() ? subject.asString() : null;
		}
		catch (RuntimeException ex) {
			return null; // not a JWT: counted for the address only
		}
	}
}
