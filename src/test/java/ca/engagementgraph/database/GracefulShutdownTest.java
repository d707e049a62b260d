package ca.engagementgraph.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ca.engagementgraph.EngagementGraphApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the service (SIGTERM, as an orchestrator does) lets the request in flight finish, closes the embedded
 * database cleanly, and the next start needs no recovery: Neo4j's debug log shows none.
 */
@Tag("drill")
class GracefulShutdownTest {

	@TempDir
	Path folder;

	@Test
	void aStoppedServiceFinishesItsRequestsAndLeavesAStoreThatNeedsNoRecovery() throws Exception {
		Path store = folder.resolve("store");
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process service = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				EngagementGraphApplication.class.getName(), "--server.port=" + port,
				"--engagement-graph.embedded.data-dir=" + store, "--engagement-graph.embedded.bolt-port=0")
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("service.log").toFile())
			.start();
		try {
			var http = HttpClient.newHttpClient();
			String base = "http://localhost:" + port;
			long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
			while (status(http, base + "/actuator/health") != 200) {
				if (!service.isAlive()) {
					throw new AssertionError("The service stopped: " + Files.readString(folder.resolve("service.log")));
				}
				assertThat(System.nanoTime()).as("service ready in time").isLessThan(deadline);
				Thread.sleep(500);
			}
			String query = "{\"query\":\"{ a: neighbourhood(key: \\\"CBSA\\\", depth: 3, limit: 500) { truncated } "
					+ "b: leveragingCoverage(by: PROJECT) { results } }\"}";
			CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
				.POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
			Thread.sleep(50);
			service.destroy(); // SIGTERM
			var response = inFlight.get(60, TimeUnit.SECONDS);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("\"truncated\"").doesNotContain("\"errors\"");
			assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("service stopped").isTrue();
		}
		finally {
			service.destroyForcibly();
		}
		var reopened = new DatabaseManagementServiceBuilder(store).build();
		reopened.shutdown();
		String debugLog = Files.readString(store.resolve("logs/debug.log"));
		assertThat(debugLog).as("no recovery on restart").doesNotContain("o.n.k.r.Recovery");
	}

	private static int status(HttpClient http, String url) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}
}
