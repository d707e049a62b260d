package ca.engagementgraph.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A department's identity provider, as far as the service sees one: an OpenID discovery document and a key set on
 * a port of this machine, and tokens signed with its key. Its port is chosen at once; it listens only once started,
 * so the service can first meet it unreachable.
 */
final class LocalIdentityProvider implements AutoCloseable {

	static final String AUDIENCE = "engagement-graph";

	private final int port;
	private final RSAKey key;
	private final RSAKey stranger;
	private HttpServer server;

	LocalIdentityProvider() throws IOException, JOSEException {
		try (var socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		this.key = new RSAKeyGenerator(2048).keyID("key-1").generate();
		this.stranger = new RSAKeyGenerator(2048).keyID("key-1").generate(); // same key id, another key
	}

	String issuer() {
		return "http://127.0.0.1:" + port + "/realms/department";
	}

	synchronized void start() throws IOException {
		if (server != null) {
			return;
		}
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		server.createContext("/realms/department/.well-known/openid-configuration", exchange -> json(exchange,
				"{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + issuer() + "/keys\",\"authorization_endpoint\":\""
						+ issuer() + "/auth\",\"token_endpoint\":\"" + issuer() + "/token\","
						+ "\"id_token_signing_alg_values_supported\":[\"RS256\"],\"subject_types_supported\":[\"public\"]}"));
		server.createContext("/realms/department/keys", exchange -> json(exchange,
				new JWKSet(key.toPublicJWK()).toString()));
		server.start();
	}

	/** A token for this service, valid for an hour, with {@code claims} (e.g. roles, clearance) added. */
	String token(String subject, Map<String, Object> claims) {
		return sign(key, claims(subject, claims).build());
	}

	/** A token like {@link #token} with some standard claims replaced. */
	String token(String subject, Map<String, Object> claims, java.util.function.UnaryOperator<JWTClaimsSet.Builder> change) {
		return sign(key, change.apply(claims(subject, claims)).build());
	}

	/** A token that looks right but is signed by a key the identity provider never published. */
	String forged(String subject, Map<String, Object> claims) {
		return sign(stranger, claims(subject, claims).build());
	}

	private JWTClaimsSet.Builder claims(String subject, Map<String, Object> claims) {
		var builder = new JWTClaimsSet.Builder().issuer(issuer()).subject(subject).audience(AUDIENCE)
			.issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
		claims.forEach(builder::claim);
		return builder;
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void json(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	@Override
	public synchronized void close() {
		if (server != null) {
			server.stop(0);
		}
	}
}
