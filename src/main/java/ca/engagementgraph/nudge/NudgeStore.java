package ca.engagementgraph.nudge;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The nudges kept until the daily digest has told them ({@code __NudgeEvent}, bookkeeping: never exported, searched,
 * audited or counted as data). Storing is keyed by the event's id, so a nudge stored twice (a check run again, a
 * retried transaction) is kept, and published, once.
 */
final class NudgeStore {

	private static final String EXISTING = """
			UNWIND $ids AS id
			MATCH (n:__NudgeEvent {id: id})
			RETURN n.id AS id
			""";

	private static final String CREATE = """
			UNWIND $events AS event
			CREATE (n:__NudgeEvent)
			SET n = event, n.digested = false
			""";

	private static final String UNDIGESTED = """
			MATCH (n:__NudgeEvent)
			WHERE n.digested = false AND n.occurredOn <= $today
			RETURN properties(n) AS event
			ORDER BY n.occurredOn, n.id
			""";

	private static final String MARK_DIGESTED = """
			UNWIND $ids AS id
			MATCH (n:__NudgeEvent {id: id})
			SET n.digested = true
			""";

	/** Told nudges are kept a while (a check run again within it cannot repeat them), then forgotten. */
	private static final String FORGET = """
			MATCH (n:__NudgeEvent)
			WHERE n.digested = true AND n.occurredOn < $before
			WITH n LIMIT 10000
			DELETE n
			""";

	private NudgeStore() {
	}

	/** Stores the events not already stored; returns those, which are the ones to publish. */
	static List<NudgeEvent> storeNew(SimpleQueryRunner tx, List<NudgeEvent> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		var existing = new HashSet<>(tx.run(EXISTING, Map.of("ids", events.stream().map(NudgeEvent::id).toList()))
			.list(row -> row.get("id").asString()));
		var fresh = events.stream().filter(event -> !existing.contains(event.id())).distinct().toList();
		if (!fresh.isEmpty()) {
			tx.run(CREATE, Map.of("events", fresh.stream().map(NudgeEvent::properties).toList())).consume();
		}
		return fresh;
	}

	static List<NudgeEvent> undigested(SimpleQueryRunner tx, LocalDate today) {
		return tx.run(UNDIGESTED, Map.of("today", today)).list(row -> NudgeEvent.of(row.get("event")));
	}

	static void markDigested(SimpleQueryRunner tx, List<NudgeEvent> events, LocalDate today) {
		tx.run(MARK_DIGESTED, Map.of("ids", events.stream().map(NudgeEvent::id).toList())).consume();
		tx.run(FORGET, Map.<String, Object>of("before", today.minusDays(90))).consume();
	}

	static List<String> strings(Value value) {
		return value.isNull() ? List.of() : value.asList(Value::asString);
	}
}
