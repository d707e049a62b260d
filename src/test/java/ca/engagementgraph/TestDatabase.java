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
 * itself. With {@code -Dengagement-graph.test.database=server-image} (the second Surefire run does this) the same
 * suite runs against the official Neo4j server image through Testcontainers, reached over Bolt like any
 * external server; where Docker is not available that run is skipped, not failed.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

	static final String SELECTOR = "engagement-graph.test.database";
	static final String SERVER_IMAGE = "server-image";
	static final String IMAGE = "neo4j:2026.08.1-community";

	private static Neo4jContainer server;

	static boolean serverImageRequested() {
		return SERVER_IMAGE.equals(System.getProperty(SELECTOR));
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!serverImageRequested()) {
			return ConditionEvaluationResult.enabled("runs on the embedded database");
		}
		return DockerClientFactory.instance().isDockerAvailable()
				? ConditionEvaluationResult.enabled("runs on " + IMAGE)
				: ConditionEvaluationResult.disabled("Docker is not available here: the " + IMAGE + " run is skipped");
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
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
