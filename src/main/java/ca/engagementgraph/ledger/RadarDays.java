package ca.engagementgraph.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ca.engagementgraph.model.DerivedConcepts;

/**
 * The opportunity radar's day counts (MODEL.md, "The leverage ledger", format 4): for each country and day with
 * PLANNED meeting rows, and for all countries together (country {@link DerivedConcepts#RADAR_ALL_COUNTRIES}), how many radar entries those
 * meetings make by channel, by channel and attending department, and how many meet each forum, counting every meeting
 * or the Unclassified ones only ({@link DerivedConcepts#radarDayKey(boolean, String, String)}).
 *
 * <p>A change recounts the days it touched from the meeting rows, which hold few planned meetings each, under a lock on
 * the day; the all-countries day moves by the difference. The channels come from the ledger's one rule
 * ({@link DerivedConcepts#ledgerMeetingChannels}), applied in Cypher.
 */
final class RadarDays {

	static final String ALL_COUNTRIES = DerivedConcepts.RADAR_ALL_COUNTRIES;

	private RadarDays() {
	}

	/** What a planned meeting row brings its day: its channels by the one rule, departments, forums, clearance. */
	private static final String PLANNED = """
			{channels: %s, departments: coalesce(meeting.departments, []), unclassified: coalesce(meeting.unclassified, false),
			 forums: CASE WHEN meeting.concerns THEN coalesce(meeting.forums, []) ELSE [] END}"""
		.formatted(DerivedConcepts.ledgerMeetingChannels("meeting"));

	/**
	 * Locks the days given ({@code country}, {@code date}, sorted) and reads what each holds and its planned meeting rows
	 * as they are now.
	 */
	static final String LOCK_AND_READ = """
			UNWIND $days AS d
			MERGE (day:__RadarDay {id: d.country + '|' + toString(d.date)})
			SET day.`__lock` = true REMOVE day.`__lock`
			WITH d, day
			CALL (d) {
			  OPTIONAL MATCH (meeting:__MeetingLedger {country: d.country, status: 'PLANNED', date: d.date})
			  WHERE meeting.meeting IS NOT NULL
			  RETURN collect(CASE WHEN meeting IS NOT NULL THEN %s END) AS planned
			}
			RETURN d.country AS country, d.date AS date, properties(day) AS stored, planned
			""".formatted(PLANNED.indent(2).strip());

	/** Sets each day's counts (a day left without any is deleted). */
	static final String WRITE = """
			UNWIND $days AS d
			MATCH (day:__RadarDay {id: d.id})
			SET day = d.properties
			WITH day, d WHERE size(keys(d.properties)) <= 3
			DELETE day
			""";

	/** Moves the all-countries days by the differences, locked in date order. */
	static final String MOVE_ALL_COUNTRIES = """
			UNWIND $changes AS change
			MERGE (day:__RadarDay {id: '%1$s|' + toString(change.date)})
			ON CREATE SET day.country = '%1$s', day.date = change.date
			SET day.`__lock` = true REMOVE day.`__lock`
			FOREACH (name IN keys(change.deltas) | SET day[name] = coalesce(day[name], 0) + change.deltas[name])
			WITH day WHERE all(name IN keys(day) WHERE name IN ['id', 'country', 'date'] OR day[name] = 0)
			DELETE day
			""".formatted(ALL_COUNTRIES);

	/** Every country's days from scratch, for a rebuild: the planned meeting rows grouped by country and day. */
	static final String ALL_PLANNED = """
			MATCH (meeting:__MeetingLedger {status: 'PLANNED'})
			WHERE meeting.meeting IS NOT NULL AND meeting.country IS NOT NULL AND meeting.date IS NOT NULL
			RETURN meeting.country AS country, meeting.date AS date, collect(%s) AS planned
			""".formatted(PLANNED.indent(2).strip());

	static final String CREATE = "UNWIND $rows AS row CREATE (n:__RadarDay) SET n = row";

	/** A day: country and date. */
	record Day(String country, LocalDate date) {

		static final Comparator<Day> ORDER = Comparator.comparing(Day::date).thenComparing(Day::country);

		Map<String, Object> asMap() {
			return Map.of("country", country, "date", date);
		}
	}

	/** The counts a day's planned meetings make. */
	@SuppressWarnings("unchecked")
	static Map<String, Long> counted(List<Map<String, Object>> planned) {
		var counts = new TreeMap<String, Long>();
		for (var meeting : planned) {
			var visibilities = Boolean.TRUE.equals(meeting.get("unclassified")) ? List.of(false, true) : List.of(false);
			var departments = ((List<String>) meeting.get("departments")).stream().distinct().toList();
			for (boolean unclassifiedOnly : visibilities) {
				for (String channel : (List<String>) meeting.get("channels")) {
					counts.merge(DerivedConcepts.radarDayKey(unclassifiedOnly, channel, null), 1L, Long::sum);
					for (String department : departments) {
						counts.merge(DerivedConcepts.radarDayKey(unclassifiedOnly, channel, department), 1L, Long::sum);
					}
				}
				for (String forum : ((List<String>) meeting.get("forums")).stream().distinct().toList()) {
					counts.merge(DerivedConcepts.radarDayForumKey(unclassifiedOnly, forum), 1L, Long::sum);
				}
			}
		}
		return counts;
	}

	/** A day node's properties: its identity and counts. */
	static Map<String, Object> properties(Day day, Map<String, Long> counts) {
		var properties = new LinkedHashMap<String, Object>();
		properties.put("id", day.country() + "|" + day.date());
		properties.put("country", day.country());
		properties.put("date", day.date());
		properties.putAll(counts);
		return properties;
	}

	/** Only the entry counts add up over countries; forums are a country's chances. */
	private static boolean summedOverCountries(String key) {
		return !key.contains("|forum|");
	}

	/** Recounts the days a change touched, in its transaction, and moves the all-countries days by the difference. */
	@SuppressWarnings("unchecked")
	static void recount(CypherRunner cypher, java.util.Set<Day> touched) {
		if (touched.isEmpty()) {
			return;
		}
		var days = touched.stream().sorted(Day.ORDER).map(Day::asMap).toList();
		var written = new ArrayList<Map<String, Object>>();
		var deltas = new TreeMap<LocalDate, Map<String, Long>>();
		for (var row : cypher.run(LOCK_AND_READ, Map.of("days", days))) {
			var day = new Day((String) row.get("country"), (LocalDate) row.get("date"));
			var stored = (Map<String, Object>) row.get("stored");
			var now = counted((List<Map<String, Object>>) row.get("planned"));
			var properties = properties(day, now);
			written.add(Map.of("id", properties.get("id"), "properties", properties));
			var change = deltas.computeIfAbsent(day.date(), date -> new TreeMap<>());
			stored.forEach((name, value) -> {
				if (value instanceof Number n && summedOverCountries(name)) {
					change.merge(name, -n.longValue(), Long::sum);
				}
			});
			now.forEach((name, n) -> {
				if (summedOverCountries(name)) {
					change.merge(name, n, Long::sum);
				}
			});
		}
		cypher.run(WRITE, Map.of("days", written));
		var changes = new ArrayList<Map<String, Object>>();
		deltas.forEach((date, change) -> {
			change.values().removeIf(n -> n == 0);
			if (!change.isEmpty()) {
				changes.add(Map.of("date", date, "deltas", change));
			}
		});
		if (!changes.isEmpty()) {
			cypher.run(MOVE_ALL_COUNTRIES, Map.of("changes", changes));
		}
	}

	/**
	 * Builds every day again from the meeting rows (a rebuild, or the upgrade of a format 3 ledger), in transactions of
	 * {@code batch} nodes; returns how many.
	 */
	static long rebuild(org.neo4j.driver.Session session, org.neo4j.driver.TransactionConfig writes, int batch) {
		session.run("MATCH (n:__RadarDay) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
		var nodes = fromScratch(session.executeRead(tx -> tx.run(ALL_PLANNED).list(r -> r.asMap())));
		for (int i = 0; i < nodes.size(); i += batch) {
			var rows = nodes.subList(i, Math.min(nodes.size(), i + batch));
			session.executeWrite(tx -> tx.run(CREATE, Map.of("rows", rows)).consume(), writes);
		}
		return nodes.size();
	}

	/** Every day node from scratch: each country's and all countries', as properties. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> fromScratch(List<Map<String, Object>> plannedByDay) {
		var nodes = new ArrayList<Map<String, Object>>();
		var allCountries = new TreeMap<LocalDate, Map<String, Long>>();
		for (var row : plannedByDay) {
			var day = new Day((String) row.get("country"), (LocalDate) row.get("date"));
			var counts = counted((List<Map<String, Object>>) row.get("planned"));
			if (counts.isEmpty()) {
				continue;
			}
			nodes.add(properties(day, counts));
			var sum = allCountries.computeIfAbsent(day.date(), date -> new HashMap<>());
			counts.forEach((name, n) -> {
				if (summedOverCountries(name)) {
					sum.merge(name, n, Long::sum);
				}
			});
		}
		allCountries.forEach((date, counts) -> nodes.add(properties(new Day(ALL_COUNTRIES, date), new TreeMap<>(counts))));
		return nodes;
	}
}
