package ca.engagementgraph.security;

import java.util.List;
import java.util.Locale;

import ca.engagementgraph.api.Language;
import ca.engagementgraph.loading.Messages;
import org.springframework.http.HttpStatus;

/**
 * Why a request was turned away before it reached the API, with the HTTP status it gets. The code travels in the
 * JSON body ({@code {"code": ..., "message": ...}}, the message in the client's language) and, for a refused
 * access token, in the {@code WWW-Authenticate} header, so a client (or an operator reading a proxy's log) can tell
 * an expired token from a wrong audience from an identity provider that is down.
 */
enum SignInRefusal {

	/** No credentials at all. */
	SIGN_IN_REQUIRED(HttpStatus.UNAUTHORIZED),
	/** Demo sign-in: wrong user name or password. */
	BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED),
	/** Malformed, or not signed by a key of the identity provider. */
	INVALID_TOKEN(HttpStatus.UNAUTHORIZED),
	TOKEN_EXPIRED(HttpStatus.UNAUTHORIZED),
	/** Issued for another application of the same identity provider. */
	WRONG_AUDIENCE(HttpStatus.UNAUTHORIZED),
	WRONG_ISSUER(HttpStatus.UNAUTHORIZED),
	/** The token may be good, but the identity provider's keys cannot be fetched to tell: not the client's fault. */
	IDENTITY_PROVIDER_UNREACHABLE(HttpStatus.SERVICE_UNAVAILABLE),
	/** Signed in, but with none of viewer, analyst, coordinator or admin: nothing is open to such a reader. */
	NO_ROLE(HttpStatus.FORBIDDEN),
	/** Signed in with a role, which does not open this endpoint (e.g. imports are for admins). */
	FORBIDDEN(HttpStatus.FORBIDDEN),
	/** Too many failed sign-ins for the user name or from the address: see {@link SignInThrottle}. */
	TOO_MANY_FAILED_SIGN_INS(HttpStatus.TOO_MANY_REQUESTS);

	private final HttpStatus status;

	SignInRefusal(HttpStatus status) {
		this.status = status;
	}

	HttpStatus status() {
		return status;
	}

	/** The sentence for a person, in English or French. */
	String message(Language language, Object... arguments) {
		Locale locale = Messages.locale(language == Language.FR);
		return Messages.render("signIn." + name(), List.of(arguments), locale);
	}
}
