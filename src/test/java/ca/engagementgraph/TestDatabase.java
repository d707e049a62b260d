package ca.engagementgraph;

import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

/**
 * Which real database the integration suite runs against. By default the embedded Neo4j the service starts
 * itself. With {@code -Dengagement-graph.test.database=standalone} (a Surefire run of {@code ./mvnw verify} does this)
 * the same suite runs against a Neo4j server in a separate process on its own Bolt port ({@link StandaloneNeo4j}),
 * reached through {@code NEO4J_URI} like any external server, and the outage drill stops and starts it. With
 * {@code server-image} it runs against the official Neo4j server image through Testcontainers; where Docker is not
 * available that run is skipped, not failed.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

	static final String SELECTOR = "engagement-graph.test.database";
	static final String SERVER_IMAGE = "server-image";
	static final String STANDALONE = "standalone";
	static final String IMAGE = "neo4j:2026.08.1-community";

	private static Neo4jContainer server;
	private static StandaloneNeo4j standalone;

	static boolean serverImageRequested() {
		return SERVER_IMAGE.equals(System.getProperty(SELECTOR));
	}

	/**
	 * After a test wrote over Bolt: an external database has no commit hook keeping the leverage ledger, so the test
	 * does what the README tells anyone writing to one with another tool, a ledger rebuild. The embedded database's
	 * hook has kept it already.
	 */
	public static void ledgerFollowsBoltWrites(ca.engagementgraph.ledger.Ledger ledger) {
		if (standaloneRequested() || serverImageRequested()) {
			ledger.rebuild(done -> {
			});
		}
	}

	public static boolean standaloneRequested() {
		return STANDALONE.equals(System.getProperty(SELECTOR));
	}

	/** The standalone server of this run (started with the first test context), for the drills that stop it. */
	public static synchronized StandaloneNeo4j standalone() {
		if (standalone == null) {
			int port;
			try (var socket = new java.net.ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			standalone = new StandaloneNeo4j(java.nio.file.Path.of("target", "standalone-neo4j", java.util.UUID.randomUUID().toString())
				.toAbsolutePath(), port, java.util.UUID.randomUUID().toString());
			standalone.start();
			// Stopped at the end of the run, whatever its outcome (and the server stops by itself if this JVM dies).
			Runtime.getRuntime().addShutdownHook(new Thread(standalone::stop, "standalone-neo4j-stop"));
		}
		return standalone;
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!serverImageRequested()) {
			return ConditionEvaluationResult.enabled(standaloneRequested() ? "runs on a standalone Neo4j process" : "runs on the embedded database");
		}
		return DockerClientFactory.instance().isDockerAvailable()
				? ConditionEvaluationResult.enabled("runs on " + IMAGE)
				: ConditionEvaluationResult.disabled("Docker is not available here: the " + IMAGE + " run is skipped");
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (standaloneRequested()) {
			var server = standalone();
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("neo4j-standalone", Map.of(
					"engagement-graph.embedded.enabled", "false",
					"spring.neo4j.uri", System.getProperty("engagement-graph.test.scheme", "neo4j") + "://127.0.0.1:" + server.port(),
					"spring.neo4j.authentication.username", StandaloneNeo4j.USER,
					"spring.neo4j.authentication.password", server.password(),
					// Two processes share two cores here, and the drill restarts the server under load: a slow answer
					// is not a wrong one, so no request is cut short by the clock in this run.
					"engagement-graph.database.query-timeout", "150s",
					"spring.mvc.async.request-timeout", "180s")));
			return;
		}
		if (!serverImageRequested()) {
			return;
		}
		Neo4jContainer container = startedServer();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("neo4j-server-image", Map.of(
				"engagement-graph.embedded.enabled", "false",
				"spring.neo4j.uri", container.getBoltUrl(),
				"spring.neo4j.authentication.username", "neo4j",
				"spring.neo4j.authentication.password", container.getAdminPassword())));
	}

	private static synchronized Neo4jContainer startedServer() {
		if (server == null) {
			server = new Neo4jContainer(IMAGE).withRandomPassword();
			server.start(); // stopped by Testcontainers' reaper when the test JVM exits
		}
		return server;
	}
}
