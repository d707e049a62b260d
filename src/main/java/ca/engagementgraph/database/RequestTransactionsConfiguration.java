package ca.engagementgraph.database;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The API reads through Spring Data Neo4j's client; this one (in place of Spring Boot's, which backs off) bounds
 * each of its transactions by the request time limit. Loading and migrations use the driver directly, with their own.
 * The driver runs at most {@link TransactionLimits#connections()} transactions at once.
 */
@Configuration(proxyBeanMethods = false)
class RequestTransactionsConfiguration {

	/** The driver's connection pool holds as many connections as the service runs transactions at once. */
	@Bean
	org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer connectionPoolSize(TransactionLimits limits) {
		return builder -> builder.withMaxConnectionPoolSize(limits.connections());
	}

	@Bean
	Neo4jClient neo4jClient(Driver driver, DatabaseSelectionProvider databaseSelectionProvider, TransactionLimits limits) {
		return Neo4jClient.create(new RequestLimitedDriver(driver, limits.forRequests()), databaseSelectionProvider);
	}
}
