package ca.engagementgraph.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Brings the ledger up to date with one change, inside the change's own transaction. The rows hold the previous
 * facts, so the counters move by the difference between a row before and after: nothing is ever counted from
 * scratch during a write.
 */
final class LedgerMaintenance {

	private LedgerMaintenance() {
	}

	static void apply(CypherRunner cypher, LedgerScope scope) {
		if (scope.isEmpty()) {
			return;
		}
		expand(cypher, scope);
		updateRaisables(cypher, scope);
		updateMeetings(cypher, scope);
	}

	/** Turns changes to meetings, counterparts, units and projects into the raisables and meetings they affect. */
	private static void expand(CypherRunner cypher, LedgerScope scope) {
		for (var through : List.of(scope.improvedThrough, scope.worsenedThrough)) {
			if (!through.isEmpty()) {
				var meetings = strings(single(cypher.run(LedgerCypher.MEETINGS_THROUGH, Map.of("nodes", List.copyOf(through))),
						"meetings"));
				(through == scope.improvedThrough ? scope.improvedMeetings : scope.worsenedMeetings).addAll(meetings);
			}
		}
		scope.messagedProjects.removeAll(scope.deletedNodes);
		if (!scope.messagedProjects.isEmpty()) {
			scope.recompute.addAll(strings(single(cypher.run(LedgerCypher.RESULTS_OF_PROJECTS,
					Map.of("projects", List.copyOf(scope.messagedProjects))), "results")));
		}
		scope.moved.removeAll(scope.deletedNodes);
		if (!scope.moved.isEmpty()) {
			scope.recompute.addAll(scope.moved);
			scope.recompute.addAll(strings(single(cypher.run(LedgerCypher.RESULTS_OF_PROJECTS,
					Map.of("projects", List.copyOf(scope.moved))), "results")));
			scope.meetings.addAll(strings(single(cypher.run(LedgerCypher.MEETINGS_RAISING,
					Map.of("raisables", List.copyOf(scope.recompute))), "meetings")));
		}
		var changedMeetings = new LinkedHashSet<String>();
		changedMeetings.addAll(scope.improvedMeetings);
		changedMeetings.addAll(scope.worsenedMeetings);
		changedMeetings.removeAll(scope.deletedNodes);
		scope.meetings.addAll(changedMeetings);
		// A meeting created by the change holds only new raisings, each an improved pair already: nothing to ask.
		var raisingsToRead = new LinkedHashSet<String>(changedMeetings);
		raisingsToRead.removeIf(meeting -> scope.createdMeetings.contains(meeting) && !scope.worsenedMeetings.contains(meeting));
		if (!raisingsToRead.isEmpty()) {
			for (var row : cypher.run(LedgerCypher.RAISED_BY, Map.of("meetings", List.copyOf(raisingsToRead)))) {
				String meeting = (String) row.get("meeting");
				for (String raisable : strings(row.get("raisables"))) {
					if (scope.worsenedMeetings.contains(meeting)) {
						scope.recompute.add(raisable);
					}
					else {
						scope.improvedPairs.add(new LedgerScope.Pair(meeting, raisable));
					}
				}
			}
		}
		scope.recompute.removeAll(scope.deletedNodes);
		scope.improvedPairs.removeIf(pair -> scope.recompute.contains(pair.raisable())
				|| scope.deletedNodes.contains(pair.raisable()) || scope.deletedNodes.contains(pair.meeting()));
		scope.meetings.removeAll(scope.deletedNodes);
	}

	private static void updateRaisables(CypherRunner cypher, LedgerScope scope) {
		var rows = new LinkedHashMap<String, RaisableRow>();
		var identities = new LinkedHashSet<LedgerScope.Key>(scope.deletedRaisables);
		var improved = new LinkedHashSet<String>();
		scope.improvedPairs.forEach(pair -> improved.add(pair.raisable()));
		// The stored rows of the raisables read already (every country of each), which the write need not read again.
		var readAlready = new HashMap<String, Map<String, Object>>();
		var keysRead = new LinkedHashSet<LedgerScope.Key>();

		// Improving changes: fold the new raisings into what the rows held. A raisable without a row yet (or in a
		// country it was not in) is recomputed instead.
		if (!improved.isEmpty()) {
			var fresh = readRaisables(cypher, improved, false);
			keysRead.addAll(keysOf(fresh));
			identities.addAll(keysRead);
			readAlready.putAll(stored(cypher.run(LedgerCypher.ROWS_OF, Map.of("raisables", keyMaps(keysRead)))));
			var freshById = new HashMap<String, List<RaisableRow>>();
			for (var facts : fresh) {
				freshById.computeIfAbsent((String) facts.get("id"), id -> new ArrayList<>()).add(newRow(facts));
			}
			for (var entry : freshById.entrySet()) {
				boolean complete = entry.getValue().stream().allMatch(row -> row.country() != null && readAlready.containsKey(row.id()));
				if (!complete) {
					scope.recompute.add(entry.getKey());
					continue;
				}
				for (RaisableRow row : entry.getValue()) {
					row.foldStored(readAlready.get(row.id()));
					rows.put(row.id(), row);
				}
			}
			var raisedBy = new LinkedHashMap<String, List<String>>();
			scope.improvedPairs.stream()
				.filter(pair -> !scope.recompute.contains(pair.raisable()))
				.forEach(pair -> raisedBy.computeIfAbsent(pair.meeting(), meeting -> new ArrayList<>()).add(pair.raisable()));
			if (!raisedBy.isEmpty()) {
				var meetings = new ArrayList<Map<String, Object>>(raisedBy.size());
				raisedBy.forEach((meeting, raisables) -> meetings.add(Map.of("meeting", meeting, "raisables", raisables)));
				for (var raising : cypher.run(LedgerCypher.MEETING_RAISINGS, Map.of("meetings", meetings))) {
					RaisableRow row = rows.get(RaisableRow.id((String) raising.get("kind"), (String) raising.get("key"),
							(String) raising.get("country")));
					if (row != null) {
						@SuppressWarnings("unchecked")
						var contribution = (Map<String, Object>) raising.get("raising");
						row.fold(contribution);
					}
				}
			}
		}
		// Other changes: every raising again.
		if (!scope.recompute.isEmpty()) {
			var facts = readRaisables(cypher, scope.recompute, true);
			identities.addAll(keysOf(facts));
			for (var row : facts) {
				if (row.get("country") == null) {
					continue;
				}
				RaisableRow raisable = newRow(row);
				@SuppressWarnings("unchecked")
				var raisings = (List<Map<String, Object>>) row.get("raisings");
				raisings.forEach(raisable::fold);
				rows.put(raisable.id(), raisable);
			}
		}
		write(cypher, identities, rows, keysRead, readAlready, scope);
	}

	/**
	 * Writes the rows, deletes the raisables' rows not written (a country left, the raisable gone), moves counters.
	 * The stored rows of {@code keysRead} are {@code readAlready}; the others are read here.
	 */
	private static void write(CypherRunner cypher, Set<LedgerScope.Key> identities, Map<String, RaisableRow> rows,
			Set<LedgerScope.Key> keysRead, Map<String, Map<String, Object>> readAlready, LedgerScope scope) {
		if (identities.isEmpty()) {
			return;
		}
		var toRead = new LinkedHashSet<LedgerScope.Key>(identities);
		toRead.removeAll(keysRead);
		var before = new HashMap<String, Map<String, Object>>(readAlready);
		if (!toRead.isEmpty()) {
			before.putAll(stored(cypher.run(LedgerCypher.ROWS_OF, Map.of("raisables", keyMaps(toRead)))));
		}
		var after = new HashMap<String, Map<String, Object>>();
		rows.values().forEach(row -> after.put(row.id(), row.properties()));
		if (!rewrite(cypher, LedgerCypher.WRITE_ROWS, before, after)) {
			return;
		}

		var countries = new TreeMap<String, Map<String, Long>>();
		var projects = new TreeMap<List<String>, Map<String, Long>>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1)));
		var firstRaisings = new ArrayList<Map<String, Object>>();
		for (String id : changedIds(before, after)) {
			subtract(before.get(id), countries, projects);
			add(after.get(id), countries, projects);
			firstRaisingMoved(before.get(id), after.get(id)).ifPresent(firstRaisings::add);
		}
		if (!firstRaisings.isEmpty()) {
			var meetings = new LinkedHashSet<String>(strings(single(cypher.run(LedgerCypher.RAISED_ON,
					Map.of("changes", firstRaisings)), "meetings")));
			meetings.removeAll(scope.deletedNodes);
			scope.meetings.addAll(meetings);
		}
		var countryChanges = changes(countries, key -> Map.of("country", key));
		if (!countryChanges.isEmpty()) {
			cypher.run(LedgerCypher.COUNTRY_COUNTERS, Map.of("changes", countryChanges));
		}
		var projectChanges = changes(projects, key -> Map.of("project", key.get(0), "country", key.get(1)));
		if (!projectChanges.isEmpty()) {
			cypher.run(LedgerCypher.PROJECT_COUNTERS, Map.of("changes", projectChanges));
		}
	}

	/** The facts of a result row a meeting row's {@code firstRaiser} facts are worked out from. */
	private static final List<String> FIRST_RAISING_FACTS = List.of("key", "achievedOn", "classification", "ottawa", "ottawaU");

	/**
	 * When a result row's first Ottawa raisings, achievement or classification changed: the result and the days of
	 * its first Ottawa raisings before and after ({@code {key, dates}}), whose meetings must be looked at again.
	 */
	private static Optional<Map<String, Object>> firstRaisingMoved(Map<String, Object> before,
			Map<String, Object> after) {
		var row = after != null ? after : before;
		boolean unchanged = before != null && after != null
				&& FIRST_RAISING_FACTS.stream().allMatch(fact -> Objects.equals(before.get(fact), after.get(fact)));
		if (!"Result".equals(row.get("kind")) || unchanged) {
			return Optional.empty();
		}
		var dates = new TreeSet<LocalDate>();
		for (var side : Arrays.asList(before, after)) {
			if (side != null) {
				for (String fact : List.of("ottawa", "ottawaU")) {
					if (side.get(fact) instanceof LocalDate date && !date.equals(RaisableRow.NEVER)) {
						dates.add(date);
					}
				}
			}
		}
		if (dates.isEmpty() || row.get("key") == null) {
			return Optional.empty();
		}
		return Optional.of(Map.of("key", row.get("key"), "dates", List.copyOf(dates)));
	}

	private static void subtract(Map<String, Object> row, Map<String, Map<String, Long>> countries,
			Map<List<String>, Map<String, Long>> projects) {
		move(row, -1, countries, projects);
	}

	private static void add(Map<String, Object> row, Map<String, Map<String, Long>> countries,
			Map<List<String>, Map<String, Long>> projects) {
		move(row, 1, countries, projects);
	}

	private static void move(Map<String, Object> row, long sign, Map<String, Map<String, Long>> countries,
			Map<List<String>, Map<String, Long>> projects) {
		var counted = RaisableRow.counted(row);
		if (counted.isEmpty()) {
			return;
		}
		String country = (String) row.get("country");
		String project = (String) row.get("project");
		counted.forEach((name, n) -> {
			countries.computeIfAbsent(country, k -> new TreeMap<>()).merge(name, sign * n, Long::sum);
			if (project != null) {
				projects.computeIfAbsent(List.of(project, country), k -> new TreeMap<>()).merge(name, sign * n, Long::sum);
			}
		});
	}

	private static <K> List<Map<String, Object>> changes(Map<K, Map<String, Long>> deltas,
			java.util.function.Function<K, Map<String, Object>> identity) {
		var changes = new ArrayList<Map<String, Object>>();
		deltas.forEach((key, counts) -> {
			var nonZero = new TreeMap<String, Object>();
			counts.forEach((name, n) -> {
				if (n != 0) {
					nonZero.put(name, n);
				}
			});
			if (!nonZero.isEmpty()) {
				var change = new LinkedHashMap<String, Object>(identity.apply(key));
				change.put("deltas", nonZero);
				changes.add(change);
			}
		});
		return changes;
	}

	private static void updateMeetings(CypherRunner cypher, LedgerScope scope) {
		if (scope.meetings.isEmpty() && scope.deletedMeetings.isEmpty()) {
			return;
		}
		var after = new HashMap<String, Map<String, Object>>();
		var codes = new LinkedHashSet<String>(scope.deletedMeetings);
		if (!scope.meetings.isEmpty()) {
			var withoutRows = new LinkedHashSet<String>(scope.meetings);
			withoutRows.removeAll(scope.createdMeetings);
			for (var facts : cypher.run(LedgerCypher.MEETINGS, Map.of("ids", List.copyOf(scope.meetings)))) {
				String source = (String) facts.get("source");
				withoutRows.remove(source);
				var row = MeetingRow.properties(facts);
				after.put((String) row.get("id"), row);
				if (!scope.createdMeetings.contains(source)) {
					codes.add((String) row.get("meeting")); // a meeting created by the change has no stored row
				}
			}
			// A meeting no longer tied to any country still needs its old rows found, by its code: the rows above name
			// the others' codes, so only those meetings are asked for theirs (a statement of every recorded meeting's
			// write before).
			if (!withoutRows.isEmpty()) {
				codes.addAll(strings(single(cypher.run("""
						UNWIND $ids AS id MATCH (e:Engagement) WHERE elementId(e) = id RETURN collect(e.code) AS codes
						""", Map.of("ids", List.copyOf(withoutRows))), "codes")));
			}
		}
		var before = codes.isEmpty() ? new HashMap<String, Map<String, Object>>()
				: stored(cypher.run(LedgerCypher.MEETING_ROWS_OF, Map.of("meetings", List.copyOf(codes))));
		if (!rewrite(cypher, LedgerCypher.WRITE_MEETING_ROWS, before, after)) {
			return;
		}
		var quarters = new TreeMap<List<String>, Map<String, Long>>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1)));
		// The days (country, date) of the planned rows that changed, as they were and as they are.
		var plannedDays = new HashSet<RadarDays.Day>();
		for (String id : changedIds(before, after)) {
			for (var side : List.of(-1L, 1L)) {
				var row = side < 0 ? before.get(id) : after.get(id);
				MeetingRow.counted(row).forEach((name, n) -> quarters
					.computeIfAbsent(List.of((String) row.get("country"), (String) row.get("quarter")), k -> new TreeMap<>())
					.merge(name, side * n, Long::sum));
				if (row != null && "PLANNED".equals(row.get("status")) && row.get("date") != null) {
					plannedDays.add(new RadarDays.Day((String) row.get("country"), (LocalDate) row.get("date")));
				}
			}
		}
		var changes = changes(quarters, key -> Map.of("country", key.get(0), "quarter", key.get(1)));
		if (!changes.isEmpty()) {
			cypher.run(LedgerCypher.QUARTER_COUNTERS, Map.of("changes", changes));
		}
		RadarDays.recount(cypher, plannedDays);
	}

	/** The ids whose row a rewrite changed: new, deleted, or written with other properties. */
	private static Set<String> changedIds(Map<String, Map<String, Object>> before, Map<String, Map<String, Object>> after) {
		var ids = new HashSet<String>(before.keySet());
		ids.addAll(after.keySet());
		ids.removeIf(id -> before.get(id) != null && before.get(id).equals(after.get(id)));
		return ids;
	}

	/** The rows a {@code ..._ROWS_OF} statement read, by id. */
	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> stored(List<Map<String, Object>> found) {
		var rows = new HashMap<String, Map<String, Object>>();
		for (var row : found) {
			var stored = (Map<String, Object>) row.get("row");
			rows.put((String) stored.get("id"), stored);
		}
		return rows;
	}

	/**
	 * Writes the rows that changed and deletes those no longer there, by id in key order (so that concurrent writers
	 * lock in the same order); false when nothing changed.
	 */
	private static boolean rewrite(CypherRunner cypher, String statement, Map<String, Map<String, Object>> before,
			Map<String, Map<String, Object>> after) {
		var deleted = before.keySet().stream().filter(id -> !after.containsKey(id)).sorted().toList();
		var written = after.entrySet().stream()
			.filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
			.sorted(Map.Entry.comparingByKey())
			.map(Map.Entry::getValue)
			.toList();
		if (deleted.isEmpty() && written.isEmpty()) {
			return false;
		}
		cypher.run(statement, Map.of("rows", written, "deleted", deleted));
		return true;
	}

	private static List<Map<String, Object>> readRaisables(CypherRunner cypher, Set<String> ids, boolean withRaisings) {
		return cypher.run(LedgerCypher.RAISABLES, Map.of("ids", List.copyOf(ids), "withRaisings", withRaisings));
	}

	private static RaisableRow newRow(Map<String, Object> facts) {
		return new RaisableRow((String) facts.get("kind"), (String) facts.get("key"), (String) facts.get("country"),
				(String) facts.get("project"), (LocalDate) facts.get("achievedOn"),
				(String) facts.get("classification"), Boolean.TRUE.equals(facts.get("primary")), RaisableRow.Ranking.of(facts));
	}

	private static Set<LedgerScope.Key> keysOf(List<Map<String, Object>> facts) {
		var keys = new LinkedHashSet<LedgerScope.Key>();
		facts.forEach(row -> keys.add(new LedgerScope.Key((String) row.get("kind"), (String) row.get("key"))));
		return keys;
	}

	private static List<Map<String, Object>> keyMaps(Set<LedgerScope.Key> keys) {
		return keys.stream().map(key -> Map.<String, Object>of("kind", key.kind(), "key", key.key())).toList();
	}

	private static Object single(List<Map<String, Object>> rows, String column) {
		return rows.isEmpty() ? List.of() : rows.getFirst().get(column);
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object value) {
		return value == null ? List.of() : (List<String>) value;
	}
}
