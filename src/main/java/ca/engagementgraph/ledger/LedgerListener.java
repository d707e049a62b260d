package ca.engagementgraph.ledger;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

/**
 * Keeps the ledger exact on the embedded database whoever writes: the product's mutations, imports, the seed, a
 * restore, or any Bolt client. The database calls it with the change before the change commits, and what it writes
 * commits (or rolls back) with the change.
 */
final class LedgerListener extends TransactionEventListenerAdapter<Void> {

	@Override
	public Void beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
		if (LedgerState.DEFERRED.get("ledger").equals(data.metaData().get("ledger"))) {
			// A bulk load: one rebuild at its end is far cheaper than keeping up batch by batch. The batch has marked
			// the ledger stale itself (Ledger.defer), as it must on an external database, which has no listener.
			return null;
		}
		LedgerMaintenance.apply(CypherRunner.of(transaction), ChangeScope.of(data));
		return null;
	}
}
