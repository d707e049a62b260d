package ca.engagementgraph.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph is prepared by a lifecycle bean, not while the application context is being built: migrations then
 * initializers run when it starts, which is before the web server opens its connector, so no request is served
 * before the graph is ready.
 */
@GraphIntegrationTest
class GraphStartupTest {

	@Autowired
	GraphStartup graph;

	@Autowired
	GraphSchemaMigrations migrations;

	@Test
	void buildingTheBeanDoesNoWorkStartingItMigratesThenRunsTheInitializersInOrder() {
		var calls = new ArrayList<String>();
		var factory = new StaticListableBeanFactory(Map.of("first", (GraphInitializer) () -> calls.add("first")));
		var startup = new GraphStartup(migrations, factory.getBeanProvider(GraphInitializer.class),
				factory.getBeanProvider(EmbeddedDatabase.class));

		assertThat(calls).as("nothing runs while the context is being built").isEmpty();
		assertThat(startup.ready()).isFalse();
		assertThat(startup.isRunning()).isFalse();

		startup.start();

		assertThat(calls).containsExactly("first");
		assertThat(startup.ready()).isTrue();
		assertThat(startup.isRunning()).isTrue();
		startup.stop();
	}

	@Test
	void theServiceGraphWasPreparedBeforeTheWebServerStarted() {
		assertThat(graph.isRunning()).isTrue();
		assertThat(graph.ready()).isTrue();
		// The web server's start-stop lifecycle runs at SMART_LIFECYCLE_PHASE - 1024; lower phases start before it.
		assertThat(graph.getPhase()).isLessThan(WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024);
		assertThat(graph.health().getStatus().getCode()).isEqualTo("UP");
	}
}
