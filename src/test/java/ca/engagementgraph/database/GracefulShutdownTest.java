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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ca.engagementgraph.EngagementGraphApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.Label;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the service (SIGTERM, as an orchestrator does) lets the request in flight finish, closes the embedded
 * database cleanly, and the next start needs no recovery: Neo4j's debug log shows none.
 *
 * <p>The request is provably in flight when the signal arrives: it is a change to a meeting whose lock the test holds
 * over Bolt, and the signal is sent only once the service's transaction is seen waiting for that lock. The lock is
 * released only once the service has stopped accepting requests, so the change can only complete during shutdown;
 * it must be answered and be in the store afterwards. No step depends on how fast the machine is.
 */
@Tag("drill")
class GracefulShutdownTest {

	private static final String MEETING = "QM-HOM-2024-03-13";

	private static final String BOLT_PASSWORD = "graceful-shutdown-drill";

	@TempDir
	Path folder;

	@Test
	void aStoppedServiceFinishesItsRequestsAndLeavesAStoreThatNeedsNoRecovery() throws Exception {
		Path store = folder.resolve("store");
		int port = freePort();
		int boltPort = freePort();
		Process service = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
				"--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
				EngagementGraphApplication.class.getName(), "--server.port=" + port,
				"--engagement-graph.embedded.data-dir=" + store, "--engagement-graph.embedded.bolt-port=" + boltPort,
				"--engagement-graph.embedded.bolt-password=" + BOLT_PASSWORD,
				// The change waits for the test's lock as long as this machine needs: no time limit may end it first.
				"--engagement-graph.database.query-timeout=1h", "--spring.lifecycle.timeout-per-shutdown-phase=1h",
				"--engagement-graph.limits.answer-time-budget=1h", "--spring.mvc.async.request-timeout=1h",
				"--engagement-graph.warm-up=false")
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("service.log").toFile())
			.start();
		try {
			// HTTP/1.1 as a browser's fetch over plain http is; the change has a client of its own, so its connection is
			// never one the health checks opened (Tomcat closes those that answer while it stops).
			var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
			var changeClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
				.build();
			String base = "http://localhost:" + port;
			// Started: however long that takes on this machine (a start that fails ends the process).
			while (status(http, base + "/actuator/health") != 200) {
				if (!service.isAlive()) {
					throw new AssertionError("The service stopped: " + Files.readString(folder.resolve("service.log")));
				}
				Thread.sleep(500);
			}
			String version = graphQl(http, base, "{ engagement(code: \"" + MEETING + "\") { version } }").body()
				.replaceAll("(?s).*\"version\":(\\d+).*", "$1");
			try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, AuthTokens.basic("neo4j", BOLT_PASSWORD));
					var holder = driver.session();
					var lock = holder.beginTransaction()) {
				lock.run("MATCH (e:Engagement {code: $code}) SET e.summaryFr = e.summaryFr", Map.of("code", MEETING)).consume();
				CompletableFuture<HttpResponse<String>> inFlight = graphQlAsync(changeClient, base, """
						mutation { updateEngagement(input: {code: "%s", version: %s, summaryEn: "Written while stopping"})
						  { errors { code } engagement { summary } } }""".formatted(MEETING, version));
				// In flight: the change's own transaction (its compare-and-set of the meeting's version) waits for the lock
				// this test holds; no other transaction of the service (a sampling read after the start) counts.
				while (!waitingForTheLock(driver)) {
					assertThat(inFlight).as("the change waits for the lock").isNotDone();
					Thread.sleep(100);
				}
				service.destroy(); // SIGTERM
				// Stopping: no new request is accepted any more.
				while (status(http, base + "/actuator/health") == 200) {
					Thread.sleep(100);
				}
				assertThat(inFlight).as("the change still waits").isNotDone();
				lock.rollback();

				var response = inFlight.get(5, TimeUnit.MINUTES);
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("\"errors\":[]", "Written while stopping")
					.doesNotContain("\"errors\":[{");
			}
			assertThat(service.waitFor(5, TimeUnit.MINUTES)).as("service stopped").isTrue();
		}
		catch (Exception | AssertionError failure) {
			service.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
			throw new AssertionError(failure + "\nThe service's log:\n" + Files.readString(folder.resolve("service.log")), failure);
		}
		finally {
			service.destroyForcibly();
		}
		var reopened = new DatabaseManagementServiceBuilder(store).build();
		try (var tx = reopened.database("neo4j").beginTx()) {
			assertThat(tx.findNode(Label.label("Engagement"), "code", MEETING).getProperty("summaryEn"))
				.as("the change answered during shutdown is in the store").isEqualTo("Written while stopping");
		}
		finally {
			reopened.shutdown();
		}
		String debugLog = Files.readString(store.resolve("logs/debug.log"));
		assertThat(debugLog).as("no recovery on restart").doesNotContain("o.n.k.r.Recovery");
	}

	private static boolean waitingForTheLock(Driver driver) {
		return driver.executableQuery("""
				SHOW TRANSACTIONS YIELD currentQuery, status
				WHERE status STARTS WITH 'Blocked' AND currentQuery CONTAINS 'n.version'
				RETURN count(*) AS waiting""").execute().records().getFirst().get("waiting").asLong() > 0;
	}

	private static HttpResponse<String> graphQl(HttpClient http, String base, String document) throws Exception {
		return graphQlAsync(http, base, document).get(5, TimeUnit.MINUTES);
	}

	private static CompletableFuture<HttpResponse<String>> graphQlAsync(HttpClient http, String base, String document) {
		String body = "{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
		return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static int status(HttpClient http, String url) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.discarding()).statusCode();
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
