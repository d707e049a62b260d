package ca.engagementgraph.database;

import java.util.Optional;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.graphdb.Transaction;

/**
 * The embedded database's own transaction behind a query runner of {@link WriteTransactions}, when the work runs in
 * its process: for the few walks its API does several times faster than the Cypher runtime (a ledger rebuild's).
 */
public final class InProcessTransaction {

	private InProcessTransaction() {
	}

	/** The transaction {@code tx} runs its statements in, or empty when they go through the driver. */
	public static Optional<Transaction> of(SimpleQueryRunner tx) {
		return tx instanceof EmbeddedQueryRunner embedded ? Optional.of(embedded.transaction()) : Optional.empty();
	}
}
