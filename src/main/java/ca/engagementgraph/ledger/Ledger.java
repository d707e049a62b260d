package ca.engagementgraph.ledger;

import java.util.Map;
import java.util.function.LongConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.stereotype.Component;

/**
 * The leverage ledger as the rest of the service sees it: facts about what was raised where, kept in the graph in
 * the same transaction as every change (MODEL.md, "The leverage ledger"), and rebuilt on demand.
 */
@Component
public class Ledger {

	private final Driver driver;
	private final ca.engagementgraph.database.TransactionLimits limits;

	public Ledger(Driver driver, ca.engagementgraph.database.TransactionLimits limits) {
		this.driver = driver;
		this.limits = limits;
	}

	/**
	 * For a batch of a bulk load, called inside its transaction: the ledger is not kept batch by batch but marked
	 * stale, and {@link #rebuild} must follow the load (a start-up finding it stale rebuilds it too). The mark is the
	 * transaction's metadata, which the ledger's listener reads before the commit.
	 */
	public static void defer(SimpleQueryRunner tx) {
		tx.run("CALL tx.setMetaData($metadata)", Map.of("metadata", LedgerState.DEFERRED)).consume();
	}

	/** Builds the ledger again from the whole graph, reporting records done; returns how many. */
	public long rebuild(LongConsumer progress) {
		return LedgerRebuild.run(driver, limits.forLoading(), progress);
	}
}
