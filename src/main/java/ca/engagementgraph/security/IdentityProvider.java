package ca.engagementgraph.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/**
 * The department's identity provider, as this service sees it: where its signing keys are (from its OpenID
 * discovery document at the issuer, or a JWK set URI), which tokens it accepts (signed by those keys, issued by
 * that issuer, for this service's audience, in date), and whether it can be reached at all.
 *
 * <p>An identity provider that cannot be reached does not stop the service: startup says so in one warning, the
 * health endpoint reports this component DOWN with the reason, and every request with a token is refused with
 * {@link SignInRefusal#IDENTITY_PROVIDER_UNREACHABLE} at once (no stack trace, no waiting on the network per request:
 * the provider is asked again at most every {@link #RETRY_EVERY}), until it answers.
 */
final class IdentityProvider implements JwtDecoder, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(IdentityProvider.class);

	static final Duration RETRY_EVERY = Duration.ofSeconds(5);
	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
	static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	/** The validators' error codes: the {@link SignInRefusal} a failed check becomes. */
	static final String EXPIRED = SignInRefusal.TOKEN_EXPIRED.name();
	static final String WRONG_ISSUER = SignInRefusal.WRONG_ISSUER.name();
	static final String WRONG_AUDIENCE = SignInRefusal.WRONG_AUDIENCE.name();

	private final String location;
	private final Supplier<JwtDecoder> connect;
	private final Clock clock;

	private volatile JwtDecoder decoder;
	private volatile String unreachable;
	private volatile Instant lastAttempt = Instant.MIN;

	IdentityProvider(String location, Supplier<JwtDecoder> connect, Clock clock) {
		this.location = location;
		this.connect = connect;
		this.clock = clock;
	}

	/**
	 * Trusts the tokens of {@code issuer} (its discovery document gives the keys) or, when only {@code jwkSetUri} is
	 * given, those signed by that key set; for {@code audiences}.
	 */
	static IdentityProvider of(String issuer, String jwkSetUri, List<String> audiences) {
		var http = new SimpleClientHttpRequestFactory();
		http.setConnectTimeout(CONNECT_TIMEOUT);
		http.setReadTimeout(READ_TIMEOUT);
		var rest = new RestTemplate(http);
		boolean byIssuer = issuer != null && !issuer.isBlank();
		String location = byIssuer ? issuer : jwkSetUri;
		return new IdentityProvider(location, () -> {
			var builder = byIssuer ? NimbusJwtDecoder.withIssuerLocation(issuer) : NimbusJwtDecoder.withJwkSetUri(jwkSetUri);
			NimbusJwtDecoder decoder = builder.restOperations(rest).build();
			decoder.setJwtValidator(validator(byIssuer ? issuer : null, audiences));
			return decoder;
		}, Clock.systemUTC());
	}

	/** In date, from the issuer (when known), and for one of {@code audiences}; each failure with its own code. */
	static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
		var checks = new java.util.ArrayList<OAuth2TokenValidator<Jwt>>();
		checks.add(coded(EXPIRED, new JwtTimestampValidator()));
		if (issuer != null) {
			checks.add(coded(WRONG_ISSUER, new JwtIssuerValidator(issuer)));
		}
		checks.add(coded(WRONG_AUDIENCE, new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				audience -> audience != null && audience.stream().anyMatch(audiences::contains))));
		return new DelegatingOAuth2TokenValidator<>(checks);
	}

	private static OAuth2TokenValidator<Jwt> coded(String code, OAuth2TokenValidator<Jwt> check) {
		return jwt -> {
			OAuth2TokenValidatorResult result = check.validate(jwt);
			return result.hasErrors() ? OAuth2TokenValidatorResult.failure(new OAuth2Error(code,
					result.getErrors().iterator().next().getDescription(), null)) : result;
		};
	}

	/** Asks the identity provider once, at startup, so an operator learns at once when it cannot be reached. */
	void checkAtStartup() {
		Thread.ofVirtual().name("identity-provider-check").start(() -> {
			try {
				decoder();
				log.info("The identity provider at {} answers; its tokens are accepted", location);
			}
			catch (Unreachable ex) {
				// The warning was logged where the failure was noticed.
			}
		});
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		JwtDecoder current = decoder();
		try {
			return current.decode(token);
		}
		catch (BadJwtException ex) {
			throw ex; // the provider answered; the token is wrong
		}
		catch (RuntimeException ex) {
			if (remote(ex)) { // its key set could not be fetched
				throw unreachable(ex);
			}
			throw ex instanceof JwtException jwt ? jwt : new BadJwtException(ex.getMessage(), ex);
		}
	}

	@Override
	public Health health() {
		try {
			decoder();
			return Health.up().withDetail("location", location).build();
		}
		catch (Unreachable ex) {
			return Health.down().withDetail("reason", ex.getMessage()).build();
		}
	}

	/** The decoder, set up from the provider's discovery document; asked again at most every RETRY_EVERY. */
	private JwtDecoder decoder() {
		JwtDecoder ready = decoder;
		if (ready != null) {
			return ready;
		}
		synchronized (this) {
			if (decoder != null) {
				return decoder;
			}
			Instant now = clock.instant();
			if (unreachable != null && now.isBefore(lastAttempt.plus(RETRY_EVERY))) {
				throw new Unreachable(unreachable, null);
			}
			lastAttempt = now;
			try {
				decoder = connect.get();
				if (unreachable != null) {
					log.info("The identity provider at {} answers again; its tokens are accepted", location);
				}
				unreachable = null;
				return decoder;
			}
			catch (RuntimeException ex) {
				throw unreachable(ex);
			}
		}
	}

	private Unreachable unreachable(RuntimeException cause) {
		String sentence = "The identity provider at " + location + " cannot be reached (" + reason(cause)
				+ "), so no access token can be checked and every signed-in request is refused until it answers.";
		if (!sentence.equals(unreachable)) {
			log.warn(sentence); // once per change of reason, never per request, never with a stack trace
		}
		unreachable = sentence;
		lastAttempt = clock.instant();
		return new Unreachable(sentence, cause);
	}

	private static boolean remote(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException || cause instanceof RestClientException
					|| cause instanceof com.nimbusds.jose.KeySourceException) {
				return true;
			}
		}
		return false;
	}

	private static String reason(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return message.replaceAll("[\\r\\n]+", " ");
	}

	/** The identity provider's address, for messages. */
	String location() {
		return location;
	}

	/** No token can be checked: the identity provider (its discovery document or its keys) did not answer. */
	static final class Unreachable extends JwtException {

		Unreachable(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
