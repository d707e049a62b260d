package ca.engagementgraph.nudge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.database.WriteTransactions;
import ca.engagementgraph.model.DerivedConcepts;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds the results whose wait crossed the threshold since the last check (WAIT_CROSSED). A result never raised on a
 * channel of its country crosses the wait {@code W} on day {@code achievedOn + W}; a check on day {@code T} that last
 * covered day {@code S} looks at the results achieved in {@code (S - W, T - W]}, so each crossing day is looked at
 * exactly once whatever the schedule, restarts or missed runs: the last day covered is kept in the graph
 * ({@code __NudgeState}), written in the transaction that stores the nudges. A crossing is nudged when a PLANNED
 * meeting on that channel falls within the horizon ({@code [T, T + horizon]}); the soonest one is the chance named.
 *
 * <p>Answered from the leverage ledger, not by walking meetings and results: the planned meetings ahead are a seek on
 * {@code meeting_ledger_by_date} (country, status, date) per country, and for each the crossed results a seek on the
 * channel's "never raised" index (country, kind, fact = 9999-12-31, achievedOn) bounded by the crossed window.
 */
@Component
class WaitCheck {

	private static final Logger log = LoggerFactory.getLogger(WaitCheck.class);

	static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

	/** The day the last check covered; the first check ever covers only its own day (no backlog of old waits). */
	private static final String STATE = """
			MERGE (s:__NudgeState {id: 'waitCrossed'})
			ON CREATE SET s.checkedThrough = $yesterday
			RETURN s.checkedThrough AS checkedThrough
			""";

	private static final String SAVE_STATE = """
			MATCH (s:__NudgeState {id: 'waitCrossed'})
			SET s.checkedThrough = $today
			""";

	/**
	 * The (result, planned meeting, channel) triples to nudge. The "never raised" seek reads the Unclassified facts
	 * (a superset: a result raised only at Protected B meetings is unraised for readers without the clearance);
	 * {@code forCleared} then tells whether it is unraised for cleared readers too. The meeting's forums and attending
	 * departments are the ledger row's (MODEL.md, format 3), as the radar reads them.
	 */
	private static final String CROSSED = """
			MATCH (country:Country)
			WITH country.iso2 AS country
			MATCH (row:__MeetingLedger)
			WHERE row.country = country AND row.status = 'PLANNED' AND row.date >= $today AND row.date <= $horizonEnd
			  AND row.meeting IS NOT NULL
			WITH country, row, %s AS channels
			WITH country, row, 'OTTAWA' IN channels AS ottawa, 'IN_COUNTRY' IN channels AS inCountry,
			     CASE WHEN 'FORUM' IN channels THEN row.forums ELSE [] END AS forums
			WHERE ottawa OR inCountry OR size(forums) > 0
			CALL (country, ottawa, inCountry, forums) {
			  MATCH (x:__RaisableLedger)
			  WHERE ottawa AND x.country = country AND x.kind = 'Result' AND x.ottawaU = $never
			    AND x.achievedOn > $from AND x.achievedOn <= $through AND x.key IS NOT NULL
			  RETURN x, 'OTTAWA' AS channel, x.ottawa = $never AS forCleared
			  UNION
			  MATCH (x:__RaisableLedger)
			  WHERE inCountry AND x.country = country AND x.kind = 'Result' AND x.inCountryU = $never
			    AND x.achievedOn > $from AND x.achievedOn <= $through AND x.key IS NOT NULL
			  RETURN x, 'IN_COUNTRY' AS channel, x.inCountry = $never AS forCleared
			  UNION
			  MATCH (x:__RaisableLedger)
			  WHERE size(forums) > 0 AND x.country = country AND x.kind = 'Result'
			    AND x.achievedOn > $from AND x.achievedOn <= $through AND x.key IS NOT NULL
			    AND any(forum IN forums WHERE NOT forum IN coalesce(x.raisedWithU, []))
			  RETURN x, 'FORUM' AS channel, any(forum IN forums WHERE NOT forum IN coalesce(x.raisedWith, [])) AS forCleared
			}
			RETURN country, channel, x.key AS result, x.achievedOn AS achievedOn, row.meeting AS meeting, row.date AS meetingOn,
			       forCleared,
			       coalesce(x.classification, 'UNCLASSIFIED') = 'UNCLASSIFIED' AND coalesce(row.unclassified, false) AS forUncleared,
			       coalesce(row.departments, []) AS departments
			""".formatted(DerivedConcepts.ledgerMeetingChannels("row").indent(6).strip());

	private final WriteTransactions writes;
	private final NudgeProperties properties;
	private final Nudges nudges;
	private final Clock clock;

	WaitCheck(WriteTransactions writes, NudgeProperties properties, Nudges nudges, NudgeClock clock) {
		this.writes = writes;
		this.properties = properties;
		this.nudges = nudges;
		this.clock = clock.clock();
	}

	@Scheduled(cron = "${engagement-graph.nudge.check-cron:0 0 6 * * *}", zone = NudgeClock.ZONE)
	void checkOnSchedule() {
		try {
			check(LocalDate.now(clock));
		}
		catch (RuntimeException ex) { // a database outage, say: the next check covers the days this one missed
			log.warn("The nudge's wait check could not run this time: {}", ex.getMessage());
		}
	}

	/** Checks the crossings up to {@code today}, stores and publishes the new nudges, and returns them. */
	List<NudgeEvent> check(LocalDate today) {
		List<NudgeEvent> fresh = writes.request(tx -> {
			LocalDate checkedThrough = tx.run(STATE, Map.of("yesterday", today.minusDays(1))).single()
				.get("checkedThrough").asLocalDate();
			if (!checkedThrough.isBefore(today)) {
				return List.<NudgeEvent>of(); // this day is covered already
			}
			var events = crossed(tx, today, checkedThrough);
			var stored = NudgeStore.storeNew(tx, events);
			tx.run(SAVE_STATE, Map.of("today", today)).consume();
			return stored;
		});
		nudges.publish(fresh);
		return fresh;
	}

	private List<NudgeEvent> crossed(SimpleQueryRunner tx, LocalDate today, LocalDate checkedThrough) {
		int wait = properties.waitDays();
		var rows = tx.run(CROSSED, Map.of("today", today, "horizonEnd", today.plusDays(properties.horizonDays()),
				"never", NEVER, "from", checkedThrough.minusDays(wait), "through", today.minusDays(wait))).list();
		// Per (result, country, channel): the soonest chance each audience may be told of.
		var byCrossing = new LinkedHashMap<String, List<Record>>();
		for (Record row : rows) {
			byCrossing.computeIfAbsent(row.get("result").asString() + "@" + row.get("country").asString() + ":"
					+ row.get("channel").asString(), key -> new ArrayList<>()).add(row);
		}
		Comparator<Record> soonest = Comparator.<Record, LocalDate>comparing(row -> row.get("meetingOn").asLocalDate())
			.thenComparing(row -> row.get("meeting").asString());
		var events = new ArrayList<NudgeEvent>();
		for (List<Record> chances : byCrossing.values()) {
			var forCleared = chances.stream().filter(row -> row.get("forCleared").asBoolean()).min(soonest);
			var forUncleared = chances.stream().filter(row -> row.get("forUncleared").asBoolean()).min(soonest);
			if (forCleared.isPresent() && forUncleared.isPresent() && forCleared.get() == forUncleared.get()) {
				events.add(event(forCleared.get(), today, true, true));
				continue;
			}
			forCleared.ifPresent(row -> events.add(event(row, today, true, false)));
			forUncleared.ifPresent(row -> events.add(event(row, today, false, true)));
		}
		return events;
	}

	private static NudgeEvent event(Record row, LocalDate today, boolean forCleared, boolean forUncleared) {
		String result = row.get("result").asString();
		String country = row.get("country").asString();
		String channel = row.get("channel").asString();
		String meeting = row.get("meeting").asString();
		return new NudgeEvent(NudgeEvent.waitId(result, country, channel, meeting), NudgeKind.WAIT_CROSSED, today,
				country, channel, result, meeting, row.get("meetingOn").asLocalDate(),
				(int) ChronoUnit.DAYS.between(row.get("achievedOn").asLocalDate(), today), List.of(), List.of(),
				NudgeStore.strings(row.get("departments")).stream().distinct().sorted().toList(), forCleared, forUncleared);
	}
}
