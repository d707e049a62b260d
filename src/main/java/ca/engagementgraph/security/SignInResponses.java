package ca.engagementgraph.security;

import java.io.IOException;
import java.util.Set;

import ca.engagementgraph.api.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal of the sign-in gate, answered the same way: the status of its {@link SignInRefusal}, a JSON body
 * {@code {"code", "message"}} in the client's language, and for 401 a challenge saying how to sign in (with the code
 * for a refused token). Nothing is logged per request: a refused sign-in is the client's business, and the one
 * server-side cause, an unreachable identity provider, is reported by {@link IdentityProvider} once.
 */
final class SignInResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Set<String> ROLES = Set.of(Access.VIEWER, Access.ANALYST, Access.COORDINATOR, Access.ADMIN);

	/** Realm of the demo's HTTP Basic challenge; null when the service signs in with bearer tokens. */
	private final String basicRealm;

	SignInResponses(String basicRealm) {
		this.basicRealm = basicRealm;
	}

	/** A sign-in refused for a known reason, carried from the authentication manager to the entry point. */
	static final class Refused extends AuthenticationException {

		private final SignInRefusal refusal;

		Refused(SignInRefusal refusal, Throwable cause) {
			super(refusal.name(), cause);
			this.refusal = refusal;
		}

		SignInRefusal refusal() {
			return refusal;
		}
	}

	/**
	 * Checks bearer tokens with {@code provider}, turning each failure into its refusal: an unreachable identity
	 * provider is not the client's fault (503), and no failure becomes a 500 with a stack trace.
	 */
	static AuthenticationManager bearerTokens(JwtAuthenticationProvider provider) {
		return authentication -> {
			try {
				return provider.authenticate(authentication);
			}
			catch (AuthenticationServiceException ex) {
				throw new Refused(cause(ex, IdentityProvider.Unreachable.class) != null
						? SignInRefusal.IDENTITY_PROVIDER_UNREACHABLE : SignInRefusal.INVALID_TOKEN, ex);
			}
			catch (OAuth2AuthenticationException ex) {
				throw new Refused(tokenRefusal(ex), ex);
			}
		};
	}

	private static SignInRefusal tokenRefusal(Throwable ex) {
		JwtValidationException invalid = cause(ex, JwtValidationException.class);
		if (invalid != null) {
			for (var error : invalid.getErrors()) {
				for (var refusal : new SignInRefusal[] { SignInRefusal.TOKEN_EXPIRED, SignInRefusal.WRONG_ISSUER,
						SignInRefusal.WRONG_AUDIENCE }) {
					if (refusal.name().equals(error.getErrorCode())) {
						return refusal;
					}
				}
			}
		}
		return SignInRefusal.INVALID_TOKEN;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		SignInRefusal refusal = switch (ex) {
			case Refused refused -> refused.refusal();
			case BadCredentialsException bad -> SignInRefusal.BAD_CREDENTIALS;
			case OAuth2AuthenticationException token -> tokenRefusal(token);
			default -> SignInRefusal.SIGN_IN_REQUIRED;
		};
		write(request, response, refusal);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean hasRole = authentication != null && authentication.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(ROLES::contains);
		write(request, response, hasRole ? SignInRefusal.FORBIDDEN : SignInRefusal.NO_ROLE);
	}

	/** Writes {@code refusal}; {@code arguments} fill its message (e.g. the seconds to wait). */
	void write(HttpServletRequest request, HttpServletResponse response, SignInRefusal refusal, Object... arguments)
			throws IOException {
		Language language = Language.preferredBy(new ServletServerHttpRequest(request).getHeaders());
		String message = refusal.message(language, arguments);
		response.setStatus(refusal.status().value());
		if (refusal.status().value() == HttpServletResponse.SC_UNAUTHORIZED) {
			challenge(request, response, refusal);
		}
		if (refusal == SignInRefusal.IDENTITY_PROVIDER_UNREACHABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(IdentityProvider.RETRY_EVERY.toSeconds()));
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(java.util.Map.of("code", refusal.name(), "message", message)));
	}

	private void challenge(HttpServletRequest request, HttpServletResponse response, SignInRefusal refusal) {
		if (basicRealm != null) {
			// Scripts (the dashboard) ask for no challenge, so the browser shows no password prompt of its own.
			if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + basicRealm + "\"");
			}
			return;
		}
		if (refusal == SignInRefusal.SIGN_IN_REQUIRED) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			return;
		}
		// RFC 6750's error, its description in English (headers are not localized), and the code.
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\", error_description=\""
				+ refusal.message(Language.EN) + "\", code=\"" + refusal.name() + "\"");
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}
}
