package ca.engagementgraph.database;

import java.time.Duration;

import org.neo4j.driver.TransactionConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the service lets a transaction run, by kind of work. Each transaction carries its limit itself (the
 * driver sends it with the transaction), so the limits hold the same on the embedded database and on an external
 * server, whatever that server's own default ({@code db.transaction.timeout}).
 *
 * <p>A request is something a person waits for: it is stopped after {@code queryTimeout} and answered
 * {@code QUERY_TIMEOUT}. Loading (the seed, imports, restores) is work a person starts and lets run: it has its own
 * limit, none by default, because a large file on a slow machine must still load; a request limit could only turn a
 * load that would succeed into one that never can.
 *
 * @param queryTimeout how long one transaction of a request may run (under the 30 s HTTP request timeout, so a slow
 *                     query ends with a clear error rather than a dropped request); {@code QUERY_TIMEOUT}
 * @param loadTimeout  how long one loading transaction may run; zero (the default) for no limit; {@code LOAD_TIMEOUT}
 * @param concurrentTransactions how many transactions the service runs on the database at once (the driver's
 *                     connection pool); more wait their turn. Zero (the default) means twice the processors, at least
 *                     four: on two cores, 16 dashboard clients answered 2.3 times more requests per minute with four
 *                     than with the driver's default of 100, which had every query compete for the same two cores.
 *                     {@code DATABASE_CONNECTIONS}
 */
@ConfigurationProperties("engagement-graph.database")
public record TransactionLimits(@DefaultValue("25s") Duration queryTimeout, @DefaultValue("0s") Duration loadTimeout,
		@DefaultValue("0") int concurrentTransactions) {

	/** The connection pool's size: {@link #concurrentTransactions}, or twice the processors (at least four). */
	public int connections() {
		return concurrentTransactions > 0 ? concurrentTransactions
				: Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
	}

	/** The configuration every transaction of a request carries. */
	public TransactionConfig forRequests() {
		return TransactionConfig.builder().withTimeout(queryTimeout).build();
	}

	/**
	 * The configuration every loading transaction carries. No limit is sent as an explicit zero, which also lifts an
	 * external server's default limit for this transaction.
	 */
	public TransactionConfig forLoading() {
		return TransactionConfig.builder().withTimeout(loadTimeout).build();
	}

	/** What to tell the person whose load was stopped by a time limit: which limit, and what to change. */
	public String loadStoppedRemedy() {
		return loadTimeout.isZero()
				? "The database's own transaction time limit stopped it (db.transaction.timeout on an external server): raise that limit, or split the data into smaller files."
				: "It ran past LOAD_TIMEOUT (" + loadTimeout.toSeconds() + " s): raise LOAD_TIMEOUT, or set it to 0 for no limit.";
	}
}
