package ca.engagementgraph.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Starts Neo4j inside the process when no external database is configured, and hands its Bolt address
 * to Spring Boot's driver auto-configuration. Because the connection details depend on the database bean,
 * the driver is created after the database and closed before it. Neo4j starts in the background while the rest of
 * the context is built; {@link GraphStartup} waits for it before the first statement.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment,
			org.springframework.beans.factory.ObjectProvider<org.neo4j.graphdb.event.TransactionEventListener<?>> listeners,
			org.springframework.beans.factory.ObjectProvider<StoreTemplate> template) {
		return embeddedDatabase(properties, environment, listeners.orderedStream().toList(), template.getIfAvailable());
	}

	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment,
			java.util.List<org.neo4j.graphdb.event.TransactionEventListener<?>> listeners,
			@org.jspecify.annotations.Nullable StoreTemplate template) {
		// The demo generates a password (kept with the data, printed when ready) when BOLT_PASSWORD is not set;
		// elsewhere BOLT_PASSWORD is required. The listeners are registered as soon as Neo4j is up, before anything
		// writes (migrations, the seed, a Bolt client), so that they see every change.
		boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
		return EmbeddedDatabase.startInBackground(properties, demo, AllowedOrigins.from(environment)::allows,
				listeners, template);
	}

	/** How to reach the embedded database with a Bolt client, for the ready message. */
	/**
	 * The API's reads without the Bolt hop ({@link InProcessQueries}); {@code engagement-graph.embedded.in-process-reads:
	 * false} sends them through the driver, as with an external database.
	 */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "engagement-graph.embedded.in-process-reads",
			havingValue = "true", matchIfMissing = true)
	InProcessQueries inProcessQueries(EmbeddedDatabase database, TransactionLimits limits) {
		return new InProcessQueries(database, limits);
	}

	@Bean
	BoltAccess embeddedBoltAccess(EmbeddedDatabase database) {
		return new BoltAccess(database.boltUri(), EmbeddedDatabase.BOLT_USER, database.boltPassword());
	}

	@Bean
	Neo4jConnectionDetails embeddedDatabaseConnectionDetails(EmbeddedDatabase database) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return database.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return database.authToken(); // the service signs in like any other Bolt client
			}
		};
	}
}
