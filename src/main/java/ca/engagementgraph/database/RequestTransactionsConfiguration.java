package ca.engagementgraph.database;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * The API reads through Spring Data Neo4j's client; this one (in place of Spring Boot's, which backs off) bounds
 * each of its transactions by the request time limit. Writes run through {@link WriteTransactions}: Spring
 * transactions whose commits hand their bookmarks to the same bookmark manager as the client's reads, so a read
 * after a write sees it, on a cluster too. Migrations use the driver directly, with their own limit.
 * The driver runs at most {@link TransactionLimits#connections()} transactions at once.
 */
@Configuration(proxyBeanMethods = false)
class RequestTransactionsConfiguration {

	/**
	 * The driver's connection pool holds as many connections as the service runs transactions at once. The database
	 * is asked not to report names no node has yet (a designation's end date, the first accepted agenda item): expected
	 * in a young graph, and Spring Data Neo4j formats each report with the whole query on every request, logged or not
	 * (a few percent of the radar's CPU at scale L).
	 */
	@Bean
	org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer connectionPoolSize(TransactionLimits limits) {
		return builder -> builder.withMaxConnectionPoolSize(limits.connections())
			.withDisabledNotificationClassifications(java.util.Set.of(org.neo4j.driver.NotificationClassification.UNRECOGNIZED));
	}

	/**
	 * The one bookmark manager of the service: Spring Data Neo4j's client and transaction managers take it from the
	 * context, so every commit's bookmark reaches the reads that follow.
	 */
	@Bean
	Neo4jBookmarkManager bookmarkManager() {
		return Neo4jBookmarkManager.create();
	}

	/**
	 * Where writes run: with an external database, Spring transactions over two views of the driver, one stamping the
	 * request time limit on each transaction, one the loading limit; with the embedded one, transactions opened in
	 * the process under the same limits (no Bolt hop), unless {@code engagement-graph.embedded.in-process-writes} is
	 * false, which sends them through the driver as for an external database.
	 */
	@Bean
	WriteTransactions writeTransactions(Driver driver, TransactionLimits limits, DatabaseSelectionProvider databases,
			Neo4jBookmarkManager bookmarkManager, ObjectProvider<Neo4jProperties> neo4j,
			ObjectProvider<EmbeddedDatabase> embedded,
			@org.springframework.beans.factory.annotation.Value("${engagement-graph.embedded.in-process-writes:true}") boolean inProcess) {
		Duration retryFor = neo4j.getIfAvailable(Neo4jProperties::new).getMaxTransactionRetryTime();
		var requestDriver = new RequestLimitedDriver(driver, limits.forRequests());
		EmbeddedDatabase database = inProcess ? embedded.getIfAvailable() : null;
		return new WriteTransactions(
				database != null
						? WriteTransactions.Kind.embedded(database, limits.queryTimeout(),
								PlatformThreads.bounded("request-write", limits.connections()))
						: WriteTransactions.Kind.of(requestDriver, databases, bookmarkManager),
				database != null
						? WriteTransactions.Kind.embedded(database, limits.loadTimeout(), PlatformThreads.unbounded("load-write"))
						: WriteTransactions.Kind.of(new RequestLimitedDriver(driver, limits.forLoading()), databases, bookmarkManager),
				requestDriver, retryFor == null ? WriteTransactions.RETRY_FOR : retryFor);
	}

	/**
	 * The API's client: over the requests' view of the driver (the client's reads inside a request's write take
	 * part in its transaction), with the shared bookmark manager.
	 */
	@Bean
	Neo4jClient neo4jClient(WriteTransactions writes, DatabaseSelectionProvider databaseSelectionProvider,
			Neo4jBookmarkManager bookmarkManager) {
		return Neo4jClient.with(writes.requestDriver()).withDatabaseSelectionProvider(databaseSelectionProvider)
			.withNeo4jBookmarkManager(bookmarkManager).build();
	}
}
