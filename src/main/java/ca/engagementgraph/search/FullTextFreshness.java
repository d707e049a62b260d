package ca.engagementgraph.search;

import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.springframework.stereotype.Component;

/**
 * Whether the eventually consistent full-text index (V0020) may lag behind a commit a search must see. Asking the
 * index to apply what is pending ({@code db.index.fulltext.awaitEventuallyConsistentIndexRefresh}) refreshes its
 * Lucene reader even when nothing is pending (about 10-40 ms at scale L), so a search asks only when a write has
 * committed since the last time it was asked.
 *
 * <p>The embedded database calls this listener after each write's commit, whoever wrote (the service, a load, a
 * Bolt client), and before the write's caller gets its answer: a search started after a user's mutation answered
 * sees the count moved and waits for the index. On an external database no listener runs; searches always wait
 * ({@code SearchController} uses this only when its reads run in the embedded database's process).
 */
@Component
class FullTextFreshness extends TransactionEventListenerAdapter<Void> {

	private final AtomicLong commits = new AtomicLong();

	/** The count of commits up to which the index has been brought up to date. */
	private final AtomicLong appliedUpTo = new AtomicLong(-1);

	@Override
	public void afterCommit(TransactionData data, Void state, GraphDatabaseService database) {
		commits.incrementAndGet();
	}

	/** The commits so far, to hand to {@link #applied} once the index has applied everything up to here. */
	long commitsSoFar() {
		return commits.get();
	}

	/** Whether the index may miss a commit made before {@code commitsSoFar} was read. */
	boolean mayLag(long commitsSoFar) {
		return appliedUpTo.get() < commitsSoFar;
	}

	/** The index has applied every commit counted in {@code commitsSoFar}. */
	void applied(long commitsSoFar) {
		appliedUpTo.accumulateAndGet(commitsSoFar, Math::max);
	}
}
