package ca.engagementgraph.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Starts Neo4j inside the process when no external database is configured, and hands its Bolt address
 * to Spring Boot's driver auto-configuration. Because the connection details depend on the database bean,
 * the driver is created after the database and closed before it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	/** Passwords an operator must not keep outside the demo: the defaults people try first. */
	static final java.util.Set<String> DEFAULT_PASSWORDS = java.util.Set.of("neo4j", "demo", "password", "changeme");

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment,
			org.springframework.beans.factory.ObjectProvider<org.neo4j.graphdb.event.TransactionEventListener<?>> listeners) {
		EmbeddedDatabase database = embeddedDatabase(properties, environment);
		// Registered before anything writes (migrations, the seed), so that they see every change.
		listeners.orderedStream().forEach(database::listen);
		return database;
	}

	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties, Environment environment) {
		boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
		if (demo) {
			// The demo's Bolt port stays open on 127.0.0.1, for exploring with Neo4j Browser or cypher-shell.
			properties = properties.withBoltPassword("");
		}
		else if (properties.boltPassword().isBlank() || DEFAULT_PASSWORDS.contains(properties.boltPassword())) {
			throw new EmbeddedDatabaseUnavailableException(
					"Outside the demo profile the embedded database's Bolt port needs a password of your own.",
					"Set BOLT_PASSWORD (not a default such as neo4j or demo), or use an external database with NEO4J_URI.",
					null);
		}
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
				return database.boltPassword() == null ? AuthTokens.none()
						: AuthTokens.basic(EmbeddedDatabase.BOLT_USER, database.boltPassword());
			}
		};
	}
}
