package ca.engagementgraph.ledger;

import java.util.function.LongConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * The leverage ledger as the rest of the service sees it: facts about what was raised where, kept in the graph in
 * the same transaction as every change (MODEL.md, "The leverage ledger"), and rebuilt on demand.
 */
@Component
public class Ledger {

	private final Driver driver;
	private final ca.engagementgraph.database.TransactionLimits limits;

	Ledger(Driver driver, ca.engagementgraph.database.TransactionLimits limits) {
		this.driver = driver;
		this.limits = limits;
	}

	/**
	 * For the batches of a bulk load: the ledger is not kept batch by batch but marked stale, and {@link #rebuild}
	 * must follow the load (a start-up finding it stale rebuilds it too).
	 */
	public static TransactionConfig deferred(TransactionConfig limits) {
		var deferred = TransactionConfig.builder().withMetadata(LedgerState.DEFERRED);
		return (limits.timeout() == null ? deferred : deferred.withTimeout(limits.timeout())).build();
	}

	/** Builds the ledger again from the whole graph, reporting records done; returns how many. */
	public long rebuild(LongConsumer progress) {
		return LedgerRebuild.run(driver, limits.forLoading(), progress);
	}
}
