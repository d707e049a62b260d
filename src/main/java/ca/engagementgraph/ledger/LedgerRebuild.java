package ca.engagementgraph.ledger;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * Builds the whole ledger again from the graph: for a graph that predates it, after writes the ledger could not
 * see (an external database written by other tools), or on request ({@code ledger rebuild}). The old ledger is
 * dropped, then raisables and meetings are computed in batches, each batch its own transaction, the counters adding
 * up batch after batch. Loading work: no request timeout applies.
 */
final class LedgerRebuild {

	static final int BATCH = 2_000;

	private LedgerRebuild() {
	}

	/** @param limits the loading limits: a rebuild is loading work, not a request */
	static long run(Driver driver, TransactionConfig limits, LongConsumer progress) {
		try (var session = driver.session()) {
			session.run("""
					MATCH (n) WHERE n:__RaisableLedger OR n:__MeetingLedger OR n:__CountryLedger OR n:__ProjectLedger
					                OR n:__QuarterLedger OR n:__LedgerState
					CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
					""").consume();
			List<String> raisables = session.run("MATCH (x) WHERE x:Result OR x:Project RETURN elementId(x) AS id")
				.list(r -> r.get("id").asString());
			List<String> meetings = session.run("MATCH (e:Engagement) RETURN elementId(e) AS id")
				.list(r -> r.get("id").asString());
			long done = 0;
			for (int i = 0; i < raisables.size(); i += BATCH) {
				var scope = new LedgerScope();
				scope.recompute.addAll(raisables.subList(i, Math.min(raisables.size(), i + BATCH)));
				session.executeWrite(tx -> {
					LedgerMaintenance.apply(CypherRunner.of(tx), scope);
					return null;
				}, limits);
				progress.accept(done += scope.recompute.size());
			}
			for (int i = 0; i < meetings.size(); i += BATCH) {
				var scope = new LedgerScope();
				scope.meetings.addAll(meetings.subList(i, Math.min(meetings.size(), i + BATCH)));
				session.executeWrite(tx -> {
					LedgerMaintenance.apply(CypherRunner.of(tx), scope);
					return null;
				}, limits);
				progress.accept(done += scope.meetings.size());
			}
			LedgerState.markCurrent(session);
			return done;
		}
	}
}
