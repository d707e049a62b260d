package ca.engagementgraph.security;

import java.util.Map;
import java.util.UUID;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's sign-in (HTTP Basic) says why it refuses, slows down guessing per user and per address, and the
 * health endpoint tells its details to administrators only. (Bearer tokens: {@link ProductionTokensTest}.)
 */
@GraphIntegrationTest
class DemoSignInTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	SignInThrottle throttle;

	@AfterEach
	void forgetFailures() {
		throttle.forgetAll(); // the failures made here must not slow down the tests after this one
	}

	@Test
	void healthDetailsAreForAdministratorsOnly() {
		for (String reader : new String[] { null, "viewer", "analyst", "coordinator" }) {
			JsonNode health = JSON.readTree(get("/actuator/health", reader).getBody());
			assertThat(health.propertyNames()).as("health as %s", reader).doesNotContain("components", "details");
			assertThat(health.get("status").asString()).isEqualTo("UP");
		}
		JsonNode admin = JSON.readTree(get("/actuator/health", "admin").getBody());
		assertThat(admin.get("components").propertyNames()).contains("graph");
		assertThat(get("/actuator/health/graph", null).getStatusCode().value()).as("nor one component's").isEqualTo(404);
	}

	@Test
	void aRefusedSignInSaysWhyInTheClientsLanguage() {
		var missing = post(null, null, Map.of());
		assertThat(missing.getStatusCode().value()).isEqualTo(401);
		assertThat(code(missing)).isEqualTo("SIGN_IN_REQUIRED");
		assertThat(missing.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic realm=");

		var wrong = post("admin", "not-the-password", Map.of("Accept-Language", "fr-CA"));
		assertThat(wrong.getStatusCode().value()).isEqualTo(401);
		assertThat(code(wrong)).isEqualTo("BAD_CREDENTIALS");
		assertThat(JSON.readTree(wrong.getBody()).get("message").asString()).contains("mot de passe");

		var fromTheDashboard = post("admin", "not-the-password", Map.of("X-Requested-With", "XMLHttpRequest"));
		assertThat(fromTheDashboard.getHeaders().get("WWW-Authenticate")).as("no browser password prompt").isNull();
		assertThat(code(fromTheDashboard)).isEqualTo("BAD_CREDENTIALS");
	}

	@Test
	void failedSignInsForOneUserAreSlowedDownWhileOthersSignInAsUsual() {
		String guessed = "intruder-" + UUID.randomUUID();
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(post(guessed, "guess-" + attempt, Map.of()).getStatusCode().value()).as("attempt %d", attempt)
				.isEqualTo(401);
		}
		var slowed = post(guessed, "guess-6", Map.of());
		assertThat(slowed.getStatusCode().value()).isEqualTo(429);
		assertThat(code(slowed)).isEqualTo("TOO_MANY_FAILED_SIGN_INS");
		assertThat(Long.parseLong(slowed.getHeaders().getFirst("Retry-After"))).isBetween(1L, 15 * 60L);

		assertThat(post("analyst", "demo", Map.of()).getStatusCode().value()).as("another user, same address")
			.isEqualTo(200);
	}

	@Test
	void failedSignInsFromOneAddressAreSlowedDownWhateverTheUserName() {
		for (int attempt = 1; attempt <= 20; attempt++) {
			assertThat(post("someone-" + attempt + "-" + UUID.randomUUID(), "guess", Map.of()).getStatusCode().value())
				.as("attempt %d", attempt).isEqualTo(401);
		}
		var slowed = post("viewer", "demo", Map.of());
		assertThat(slowed.getStatusCode().value()).as("even a right password waits: it is not checked").isEqualTo(429);
		assertThat(slowed.getHeaders().getFirst("Retry-After")).isNotBlank();

		throttle.forgetAll(); // the window has passed (the unit test SignInThrottleTest moves the clock instead)
		assertThat(post("viewer", "demo", Map.of()).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void theServiceUpgradesNoWebSocketForAPageOfAnotherOrigin() throws Exception {
		try (var http = java.net.http.HttpClient.newHttpClient()) {
			for (String path : new String[] { "/graphql", "/", "/graphiql" }) {
				var handshake = http.newWebSocketBuilder()
					.header("Origin", "https://attacker.example")
					.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:demo".getBytes()))
					.buildAsync(java.net.URI.create("ws://localhost:" + port + path), new java.net.http.WebSocket.Listener() {
					});
				org.assertj.core.api.Assertions.assertThatThrownBy(() -> handshake.get(30, java.util.concurrent.TimeUnit.SECONDS))
					.as(path)
					.hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class);
			}
		}
	}

	private ResponseEntity<String> post(String user, String password, Map<String, String> headers) {
		return client().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.headers(h -> {
				if (user != null) {
					h.setBasicAuth(user, password);
				}
				headers.forEach(h::set);
			})
			.body(Map.of("query", "{ viewer { name } }")).retrieve().toEntity(String.class);
	}

	private ResponseEntity<String> get(String path, String user) {
		return client().get().uri(path).headers(h -> {
			if (user != null) {
				h.setBasicAuth(user, "demo");
			}
		}).retrieve().toEntity(String.class);
	}

	private RestClient client() {
		return RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	private static String code(ResponseEntity<String> response) {
		return JSON.readTree(response.getBody()).get("code").asString();
	}
}
