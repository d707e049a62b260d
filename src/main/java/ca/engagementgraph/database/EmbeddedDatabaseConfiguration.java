package ca.engagementgraph.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the process when no external database is configured, and hands its Bolt address
 * to Spring Boot's driver auto-configuration. Because the connection details depend on the database bean,
 * the driver is created after the database and closed before it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
		return EmbeddedDatabase.start(properties);
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
				return AuthTokens.none();
			}
		};
	}
}
