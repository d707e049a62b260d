package ca.engagementgraph.security;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import ca.engagementgraph.EngagementGraphApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in, for real: the service in its {@code prod} profile checks bearer tokens against a local
 * identity provider (an OpenID discovery document and a key set served on this machine, tokens signed with Nimbus).
 *
 * <p>Its own small application context, because the shared one runs the demo profile, whose sign-in is HTTP Basic:
 * the bearer-token path exists only outside it. It is kept cheap: no database at all (nothing listens on the Bolt
 * address it is given, so the service starts anyway and GraphQL answers DATABASE_UNAVAILABLE), since what is tested
 * here is who gets past the door, which the {@code viewer} query (answered without the database) shows.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionTokensTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String VIEWER_QUERY = "{ viewer { name roles protectedB } }";

	private static LocalIdentityProvider identityProvider;
	private static ConfigurableApplicationContext service;
	private static RestClient client;

	@BeforeAll
	static void startTheServiceWhileTheIdentityProviderIsDown(CapturedOutput output) throws Exception {
		identityProvider = new LocalIdentityProvider();
		service = new SpringApplicationBuilder(EngagementGraphApplication.class).run("--spring.profiles.active=prod",
				"--server.port=0", "--engagement-graph.embedded.enabled=false",
				"--spring.neo4j.uri=bolt://127.0.0.1:" + closedPort(),
				"--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identityProvider.issuer(),
				"--engagement-graph.security.audience=" + LocalIdentityProvider.AUDIENCE,
				"--logging.level.root=warn");
		client = RestClient.builder()
			.baseUrl("http://localhost:" + service.getEnvironment().getProperty("local.server.port"))
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
		waitFor(() -> output.getAll().contains(unreachableSentence()), "the startup warning");
	}

	@AfterAll
	static void stop() {
		if (service != null) {
			service.close();
		}
		if (identityProvider != null) {
			identityProvider.close();
		}
	}

	@AfterEach
	void forgetFailures() {
		service.getBean(SignInThrottle.class).forgetAll();
	}

	@Test
	@Order(1)
	void anUnreachableIdentityProviderIsReportedInOneSentenceAndEachRefusalSaysSo(CapturedOutput output) throws Exception {
		String token = identityProvider.token("jane", Map.of("roles", List.of("viewer")));
		for (int request = 0; request < 3; request++) {
			var refused = graphQl(token, VIEWER_QUERY);
			assertThat(refused.getStatusCode().value()).isEqualTo(503);
			assertThat(code(refused)).isEqualTo("IDENTITY_PROVIDER_UNREACHABLE");
			assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
		}
		var health = service.getBean(IdentityProvider.class).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("reason")).isEqualTo(unreachableSentence());
		assertThat(client.get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().value())
			.as("health, to anyone").isEqualTo(503);

		String all = output.getAll();
		assertThat(all.split(java.util.regex.Pattern.quote(unreachableSentence()), -1)).as("said once, not per request")
			.hasSize(2);
		assertThat(all).as("no stack trace per request").doesNotContain("\tat org.springframework.security",
				"JwtDecoderInitializationException", "AuthenticationServiceException", "Health check failed");

		// Back without a restart of the service.
		identityProvider.start();
		waitFor(() -> graphQl(token, VIEWER_QUERY).getStatusCode().value() == 200, "the identity provider to be used");
		assertThat(service.getBean(IdentityProvider.class).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	@Order(2)
	void aTokenForThisServiceWithARoleGetsInWithTheClearanceItCarries() throws Exception {
		identityProviderUp();
		JsonNode viewer = viewer(graphQl(identityProvider.token("jane", Map.of("roles", List.of("viewer"))), VIEWER_QUERY));
		assertThat(viewer.get("name").asString()).isEqualTo("jane");
		assertThat(viewer.get("protectedB").asBoolean()).isFalse();

		JsonNode analyst = viewer(graphQl(identityProvider.token("ana", Map.of("roles", "analyst", "clearance",
				"PROTECTED_B")), VIEWER_QUERY));
		assertThat(analyst.get("roles").toString()).isEqualTo("[\"VIEWER\",\"ANALYST\"]");
		assertThat(analyst.get("protectedB").asBoolean()).isTrue();
	}

	@Test
	@Order(3)
	void aTokenWithoutAKnownRoleGetsNothingWhateverItsOtherClaims() throws Exception {
		identityProviderUp();
		for (var claims : List.<Map<String, Object>>of(Map.of("roles", List.of("superuser"), "clearance", "PROTECTED_B"),
				Map.of("clearance", "PROTECTED_B"), Map.of("roles", List.of()), Map.of("roles", "root"))) {
			var refused = graphQl(identityProvider.token("eve", claims), VIEWER_QUERY);
			assertThat(refused.getStatusCode().value()).as("%s", claims).isEqualTo(403);
			assertThat(code(refused)).as("%s", claims).isEqualTo("NO_ROLE");
			assertThat(refused.getBody()).doesNotContain("\"data\"");
		}
		var upload = client.post().uri("/imports").header("Authorization", "Bearer "
				+ identityProvider.token("eve", Map.of("clearance", "PROTECTED_B"))).header("X-Requested-By", "test")
			.retrieve().toEntity(String.class);
		assertThat(upload.getStatusCode().value()).isEqualTo(403);
		assertThat(code(upload)).isEqualTo("NO_ROLE");
	}

	@Test
	@Order(4)
	void aRefusedTokenSaysWhyInItsCode() throws Exception {
		identityProviderUp();
		Map<String, Object> viewer = Map.of("roles", List.of("viewer"));
		assertRefused(identityProvider.token("jane", viewer, claims -> claims.audience("another-application")),
				"WRONG_AUDIENCE");
		assertRefused(identityProvider.token("jane", viewer, claims -> claims
			.issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
			.expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))), "TOKEN_EXPIRED");
		assertRefused(identityProvider.token("jane", viewer, claims -> claims.issuer("https://another.example/realm")),
				"WRONG_ISSUER");
		assertRefused(identityProvider.forged("jane", viewer), "INVALID_TOKEN");
		assertRefused("not-a-token", "INVALID_TOKEN");

		var none = graphQl(null, VIEWER_QUERY);
		assertThat(none.getStatusCode().value()).isEqualTo(401);
		assertThat(code(none)).isEqualTo("SIGN_IN_REQUIRED");
		assertThat(none.getHeaders().getFirst("WWW-Authenticate")).isEqualTo("Bearer");
	}

	@Test
	@Order(5)
	void failedTokensAreSlowedDownPerUserAndAddress() throws Exception {
		identityProviderUp();
		Map<String, Object> admin = Map.of("roles", List.of("admin"));
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(graphQl(identityProvider.forged("mallory", admin), VIEWER_QUERY).getStatusCode().value())
				.isEqualTo(401);
		}
		var slowed = graphQl(identityProvider.forged("mallory", admin), VIEWER_QUERY);
		assertThat(slowed.getStatusCode().value()).isEqualTo(429);
		assertThat(code(slowed)).isEqualTo("TOO_MANY_FAILED_SIGN_INS");
		assertThat(slowed.getHeaders().getFirst("Retry-After")).matches("\\d+");
		assertThat(graphQl(identityProvider.token("jane", Map.of("roles", "viewer")), VIEWER_QUERY).getStatusCode()
			.value()).as("another user from the same address").isEqualTo(200);
	}

	private void assertRefused(String token, String code) {
		var refused = graphQl(token, VIEWER_QUERY);
		assertThat(refused.getStatusCode().value()).as(code).isEqualTo(401);
		assertThat(code(refused)).isEqualTo(code);
		assertThat(refused.getHeaders().getFirst("WWW-Authenticate")).as(code)
			.startsWith("Bearer error=\"invalid_token\"")
			.contains("code=\"" + code + "\"");
	}

	private static void identityProviderUp() throws Exception {
		identityProvider.start();
		String token = identityProvider.token("probe", Map.of("roles", "viewer"));
		waitFor(() -> graphQl(token, VIEWER_QUERY).getStatusCode().value() == 200, "the identity provider to be used");
		service.getBean(SignInThrottle.class).forgetAll();
	}

	private static ResponseEntity<String> graphQl(String token, String document) {
		return client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> {
				if (token != null) {
					headers.setBearerAuth(token);
				}
			})
			.body(Map.of("query", document)).retrieve().toEntity(String.class);
	}

	private static JsonNode viewer(ResponseEntity<String> response) {
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
		return JSON.readTree(response.getBody()).get("data").get("viewer");
	}

	private static String code(ResponseEntity<String> response) {
		return JSON.readTree(response.getBody()).get("code").asString();
	}

	private static String unreachableSentence() {
		return "The identity provider at " + identityProvider.issuer() + " cannot be reached (Connection refused), so no "
				+ "access token can be checked and every signed-in request is refused until it answers.";
	}

	private static int closedPort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Gave up waiting for " + what);
			}
			Thread.sleep(200);
		}
	}
}
