package ca.engagementgraph.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.engagementgraph.model.GraphModel;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Keeps the ledger current with the service's own writes where no commit hook sees them: an external database or
 * cluster. What a write is about (the records it creates or updates) is read twice in its own transaction, before it
 * changes anything and after; everything it may have touched is then recomputed from all its raisings, which is exact
 * whatever the write did, and costs a few small walks per record. A meeting recorded new is the exception: it had
 * nothing to take back, so its raisings are folded into the rows, as the commit hook does.
 */
final class OwnWrites {

	/**
	 * Of the engagements a write is about, those already recorded (the others are new: they only add raisings) and the
	 * raisables they raised before the write (a raising removed must be taken back): one read, one round trip.
	 */
	private static final String MEETINGS_BEFORE = """
			UNWIND $meetings AS code
			MATCH (e:Engagement {code: code})
			OPTIONAL MATCH (e)-[:RAISED]->(x) WHERE x:Result OR x:Project
			RETURN collect(DISTINCT code) AS existing, collect(DISTINCT elementId(x)) AS raisables
			""";

	/** The results key messages are about, directly or through their project (the radar ranks them by it). */
	private static final String MESSAGED_RESULTS = """
			UNWIND $messages AS code
			MATCH (:KeyMessage {code: code})-[:ABOUT]->(x)
			CALL (x) {
			  MATCH (r:Result) WHERE r = x RETURN r
			  UNION
			  MATCH (x:Project)<-[:OF]-(r:Result) RETURN r
			}
			RETURN collect(DISTINCT elementId(r)) AS results
			""";

	/** The meetings follow-up actions come from (a briefing lists a meeting's open actions from its ledger row). */
	private static final String MEETINGS_OF_ACTIONS = """
			UNWIND $actions AS code
			MATCH (:Action {code: code})-[:FROM]->(e:Engagement)
			RETURN collect(DISTINCT elementId(e)) AS meetings
			""";

	private OwnWrites() {
	}

	/** What the write is about to change, read before it changes anything. */
	record Pending(List<Ledger.Subject> subjects, List<String> raisedBefore, Set<String> existingMeetings,
			List<String> meetingsOfActions) {
	}

	static Pending before(SimpleQueryRunner tx, List<Ledger.Subject> subjects) {
		var meetings = subjects.stream().filter(s -> s.label().equals("Engagement")).map(Ledger.Subject::key).toList();
		var raised = new ArrayList<String>();
		Set<String> existing = Set.of();
		if (!meetings.isEmpty()) {
			var before = tx.run(MEETINGS_BEFORE, Map.of("meetings", meetings)).single();
			existing = Set.copyOf(before.get("existing").asList(v -> v.asString()));
			raised.addAll(before.get("raisables").asList(v -> v.asString()));
		}
		raised.addAll(messagedResults(tx, subjects));
		return new Pending(List.copyOf(subjects), raised, existing, meetingsOfActions(tx, subjects));
	}

	private static List<String> messagedResults(SimpleQueryRunner tx, List<Ledger.Subject> subjects) {
		var messages = subjects.stream().filter(s -> s.label().equals("KeyMessage")).map(Ledger.Subject::key).toList();
		return messages.isEmpty() ? List.of()
				: tx.run(MESSAGED_RESULTS, Map.of("messages", messages)).single().get("results").asList(v -> v.asString());
	}

	/** The meetings the actions among the subjects come from: before the write, and after it (an action may move). */
	private static List<String> meetingsOfActions(SimpleQueryRunner tx, List<Ledger.Subject> subjects) {
		var actions = subjects.stream().filter(s -> s.label().equals("Action")).map(Ledger.Subject::key).toList();
		return actions.isEmpty() ? List.of()
				: tx.run(MEETINGS_OF_ACTIONS, Map.of("actions", actions)).single().get("meetings").asList(v -> v.asString());
	}

	static void after(SimpleQueryRunner tx, Pending pending) {
		var scope = new LedgerScope();
		scope.meetings.addAll(pending.meetingsOfActions());
		scope.meetings.addAll(meetingsOfActions(tx, pending.subjects()));
		scope.recompute.addAll(pending.raisedBefore());
		scope.recompute.addAll(messagedResults(tx, pending.subjects()));
		for (var subject : pending.subjects()) {
			String id = elementId(tx, subject);
			if (id == null) {
				continue;
			}
			switch (subject.label()) {
				// A new meeting only adds raisings: they are folded into the rows, as the commit hook does.
				case "Engagement" -> (pending.existingMeetings().contains(subject.key()) ? scope.worsenedMeetings
						: scope.improvedMeetings).add(id);
				case "Result", "Project" -> scope.moved.add(id);
				case "Mission", "Authority", "Organization", "Unit", "Department" -> scope.worsenedThrough.add(id);
				default -> {
					// Key messages rank results on the radar, actions count on their meetings' rows (both above);
					// decisions, plans, statistics: no leveraging fact depends on them.
				}
			}
		}
		LedgerMaintenance.apply(CypherRunner.of(tx), scope);
	}

	/** The record's element id, found by its business key (label and key property come from the model). */
	private static @Nullable String elementId(SimpleQueryRunner tx, Ledger.Subject subject) {
		var type = GraphModel.get().nodeType(subject.label()).orElse(null);
		if (type == null) {
			return null;
		}
		String cypher = "MATCH (n:`%s` {`%s`: $key}) RETURN elementId(n) AS id".formatted(type.label(), type.key());
		var rows = tx.run(cypher, Map.of("key", subject.key())).list();
		return rows.isEmpty() ? null : rows.getFirst().get("id").asString();
	}
}
