package ca.engagementgraph.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import ca.engagementgraph.EngagementGraphApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an external database, an outage never takes the service down: it starts without the database, says
 * "database unavailable" (health DOWN, GraphQL errors with a stable code) while it is away, and recovers by itself
 * when it returns, with no restart. The "external" database here is a real Neo4j reached over Bolt, stopped and
 * started again on the same port and store.
 */
@Tag("drill")
class DatabaseOutageTest {

	@TempDir
	Path folder;

	@Test
	void theServiceStartsWithoutItsDatabaseAndRidesOutAnOutage() throws Exception {
		int boltPort = freePort();
		String password = BoltPassword.generate();
		var database = new EmbeddedDatabaseProperties(true, folder.resolve("store"), boltPort, "64m", password);
		try (var service = new SpringApplicationBuilder(EngagementGraphApplication.class).run("--server.port=0",
				"--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort, "--engagement-graph.embedded.enabled=false",
				"--spring.neo4j.authentication.username=neo4j", "--spring.neo4j.authentication.password=" + password,
				"--logging.level.root=warn")) {
			int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
			var client = RestClient.builder().baseUrl("http://localhost:" + port)
				.defaultHeaders(h -> h.setBasicAuth("admin", "demo"))
				.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				})
				.build();

			// Started without its database: up, but honest about it.
			assertThat(health(client)).isEqualTo(503);
			assertThat(countries(client)).contains("DATABASE_UNAVAILABLE").doesNotContain("Exception");

			// The database arrives: the service migrates, seeds and answers, by itself.
			var first = EmbeddedDatabase.start(database);
			waitFor(() -> countries(client).contains("\"totalCount\":14") && health(client) == 200,
					"the service to notice the database");

			// Mid-run outage, then recovery with no restart.
			first.close();
			waitFor(() -> countries(client).contains("DATABASE_UNAVAILABLE"), "the outage to show");
			assertThat(health(client)).isEqualTo(503);
			try (var second = EmbeddedDatabase.start(database)) {
				waitFor(() -> countries(client).contains("\"totalCount\":14") && health(client) == 200,
						"the service to reconnect");
			}
		}
	}

	private static String countries(RestClient client) {
		return client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("query", "{ countries(first: 0) { totalCount } }")).retrieve().body(String.class);
	}

	private static int health(RestClient client) {
		return client.get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().value();
	}

	private static void waitFor(Supplier<Boolean> condition, String what) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos(); // a cap for a busy machine, not a speed target
		while (!condition.get()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Gave up waiting for " + what);
			}
			Thread.sleep(500);
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
