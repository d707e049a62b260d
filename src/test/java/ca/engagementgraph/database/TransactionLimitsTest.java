package ca.engagementgraph.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request is stopped when it runs past QUERY_TIMEOUT; loading is not bound by it. Both wait here on the same
 * locked record, so neither depends on how fast the machine is: the request gives up at its limit, the load waits
 * for as long as the lock is held and then writes.
 */
class TransactionLimitsTest {

	@TempDir
	Path home;

	@Test
	void aRequestWaitingPastQueryTimeoutIsStoppedWhileALoadWaitsAsLongAsItTakes() throws Exception {
		var limits = new TransactionLimits(Duration.ofMillis(1), Duration.ZERO, 0);
		try (var database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(true, home, 0, "16m", ""));
				var driver = GraphDatabase.driver(database.boltUri(), database.authToken())) {
			driver.executableQuery("CREATE (:Country {iso2: 'QM', nameEn: 'Marovia'})").execute();
			try (var holder = driver.session(); var lock = holder.beginTransaction()) {
				lock.run("MATCH (c:Country {iso2: 'QM'}) SET c.nameEn = 'Held'").consume();

				// The API's reads and writes go through the request-limited client.
				var requests = Neo4jClient.create(new RequestLimitedDriver(driver, limits.forRequests()));
				assertThatThrownBy(() -> requests.query("MATCH (c:Country {iso2: 'QM'}) SET c.nameEn = 'Request'").run())
					.satisfies(failure -> assertThat(DatabaseFailures.timedOut(failure)).as("stopped by QUERY_TIMEOUT: %s", failure).isTrue());

				// Writes run in Spring transactions (WriteTransactions), which carry the same limits.
				var writes = WriteTransactions.over(driver, limits);
				assertThatThrownBy(() -> writes.request(tx -> tx.run("MATCH (c:Country {iso2: 'QM'}) SET c.nameEn = 'Recorded'")
					.consume())).satisfies(failure -> assertThat(DatabaseFailures.timedOut(failure))
						.as("a recorded change stopped by QUERY_TIMEOUT").isTrue());

				var load = CompletableFuture.supplyAsync(() -> writes.loading(tx -> tx
					.run("MATCH (c:Country {iso2: 'QM'}) SET c.nameEn = 'Loaded' RETURN c.nameEn AS name")
					.single().get("name").asString()));
				Thread.sleep(500); // the load now waits on the lock, far past the request's limit
				assertThat(load).isNotDone();
				lock.commit();
				assertThat(load.get(60, TimeUnit.SECONDS)).isEqualTo("Loaded");
			}
		}
	}

	@Test
	void loadingSendsItsOwnLimitExplicitlyAndAStoppedLoadNamesTheLimitToChange() {
		assertThat(new TransactionLimits(Duration.ofSeconds(25), Duration.ZERO, 0).forLoading().timeout())
			.as("zero is sent explicitly: it lifts a server's default limit").isEqualTo(Duration.ZERO);
		assertThat(new TransactionLimits(Duration.ofSeconds(25), Duration.ofMinutes(30), 0).forLoading().timeout())
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(new TransactionLimits(Duration.ofSeconds(25), Duration.ZERO, 0).forRequests().timeout())
			.isEqualTo(Duration.ofSeconds(25));
		assertThat(new TransactionLimits(Duration.ofSeconds(25), Duration.ofMinutes(30), 0).loadStoppedRemedy())
			.contains("LOAD_TIMEOUT");
		assertThat(new TransactionLimits(Duration.ofSeconds(25), Duration.ZERO, 0).loadStoppedRemedy())
			.contains("db.transaction.timeout");
	}
}
