package ca.engagementgraph.nudge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.database.WriteTransactions;
import ca.engagementgraph.recording.MeetingHeld;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * AGENDA_MISSED: once a planned meeting's change to HELD is committed, the results accepted onto its agenda
 * ({@code ON_AGENDA}) that it did not raise. Read after the commit, from the meeting as recorded.
 */
@Component
class AgendaWatch {

	private static final Logger log = LoggerFactory.getLogger(AgendaWatch.class);

	private static final String MISSED = """
			MATCH (e:Engagement {code: $meeting})
			WHERE e.status = 'HELD'
			MATCH (e)-[:ON_AGENDA]->(r:Result)
			WHERE NOT EXISTS { (e)-[:RAISED]->(r) }
			WITH e, r ORDER BY r.code
			WITH e, collect(r) AS missed
			WITH e, missed,
			     coalesce(COLLECT { MATCH (e)-[:WITH]->()-[:REPRESENTS|OF]->(c:Country) RETURN c.iso2 ORDER BY c.iso2 LIMIT 1 }[0],
			              COLLECT { MATCH (e)-[:CONCERNS]->(c:Country) RETURN c.iso2 ORDER BY c.iso2 LIMIT 1 }[0]) AS country
			RETURN e.date AS date, country,
			       [r IN missed | r.code] AS missed,
			       [r IN missed WHERE %s | r.code] AS missedUnclassified,
			       %s AS meetingUnclassified,
			       [(e)-[:ATTENDED_BY]->(d:Department) | d.code] + [(e)-[:ATTENDED_BY]->(:Unit)-[:PART_OF]->(d:Department) | d.code] AS departments
			""".formatted(ca.engagementgraph.api.read.Visibility.of("r").replace("$cleared", "false"),
			ca.engagementgraph.api.read.Visibility.of("e").replace("$cleared", "false"));

	private final WriteTransactions writes;
	private final Nudges nudges;
	private final NudgeClock clock;

	AgendaWatch(WriteTransactions writes, Nudges nudges, NudgeClock clock) {
		this.writes = writes;
		this.nudges = nudges;
		this.clock = clock;
	}

	@TransactionalEventListener
	void meetingHeld(MeetingHeld held) {
		try {
			nudges.publish(missed(held.meeting(), LocalDate.now(clock.clock())));
		}
		catch (RuntimeException ex) { // the meeting is recorded; only the nudge is lost
			log.warn("The agenda of meeting {} could not be checked for missed results: {}", held.meeting(), ex.getMessage());
		}
	}

	/** Stores the nudge about the held meeting, if it missed part of its agenda; returns it if it is new. */
	List<NudgeEvent> missed(String meeting, LocalDate today) {
		return writes.request(tx -> {
			var rows = tx.run(MISSED, Map.of("meeting", meeting)).list();
			if (rows.isEmpty() || rows.getFirst().get("country").isNull()) {
				return List.<NudgeEvent>of();
			}
			var row = rows.getFirst();
			var missedUnclassified = NudgeStore.strings(row.get("missedUnclassified"));
			boolean forUncleared = row.get("meetingUnclassified").asBoolean(false) && !missedUnclassified.isEmpty();
			var event = new NudgeEvent(NudgeEvent.agendaId(meeting), NudgeKind.AGENDA_MISSED, today,
					row.get("country").asString(), null, null, meeting, row.get("date").asLocalDate(), null,
					NudgeStore.strings(row.get("missed")), missedUnclassified,
					NudgeStore.strings(row.get("departments")).stream().distinct().sorted().toList(), true, forUncleared);
			return NudgeStore.storeNew(tx, List.of(event));
		});
	}
}
