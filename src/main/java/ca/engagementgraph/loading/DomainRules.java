package ca.engagementgraph.loading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * Rules that span several records, checked in the database on the state a write would leave, inside its
 * transaction and before it commits: a violation rolls the whole write back. Checking the resulting graph (not
 * the input alone) catches the same violation whether it comes from a spreadsheet, a mutation or a change to the
 * other side (a result's achievement date moved after a meeting that raised it).
 *
 * <p>Each statement starts from the nodes written, by the element ids the writer returned (no index seek on their
 * keys), never from a scan: a large graph pays only for what the write touched. The meetings written are walked once
 * for every rule about a meeting ({@link #MEETINGS_WRITTEN}); a rule's other side (a mission, an authority, a result
 * or a plan written) has a statement of its own, run only when the write holds such records. One statement per rule,
 * each seeking the meetings by key in a transaction that had just written them, was a third of a bulk load's time
 * (graph-schema/PERFORMANCE.md, 4.21).
 */
class DomainRules {

	/**
	 * Every rule about a meeting, for the meetings written, in one walk: its mission and authority represent a
	 * country it concerns, it raises no result before the result was achieved, exactly one department or unit leads
	 * it, and it is not HELD after today (a meeting that has not taken place would count as raising its results).
	 */
	static final String MEETINGS_WRITTEN = """
			UNWIND $engagements AS id
			MATCH (e:Engagement) WHERE elementId(e) = id
			""" + MeetingRules.BODY;

	/** The same rules over every meeting of the graph (after an offline load), the first {@code $limit} problems. */
	static final String EVERY_MEETING = """
			MATCH (e:Engagement)
			""" + MeetingRules.BODY + """
			LIMIT $limit
			""";

	/**
	 * The rule on a meeting held after today over every meeting (after an offline load whose stream checked the others,
	 * {@code transfer.MeetingRulesInMemory}): an index seek on the date.
	 */
	static final String EVERY_MEETING_HELD_IN_FUTURE = """
			MATCH (e:Engagement) WHERE e.date > $today AND e.status = 'HELD'
			RETURN 'Engagement' AS label, e.code AS key, 'status' AS field, 'rule.heldInFuture' AS code,
			       [toString(e.date), toString($today)] AS args
			LIMIT $limit
			""";

	/** A holder, so that the rules' walk is written once for both statements above. */
	private static final class MeetingRules {

		static final String BODY = """
			CALL (e) {
			  MATCH (e)-[:WITH]->(m:Mission)
			  WITH DISTINCT m WHERE NOT EXISTS { MATCH (m)-[:REPRESENTS]->(:Country)<-[:CONCERNS]-(e) }
			  RETURN 'WITH' AS field, 'rule.missionNotOfCountry' AS code,
			         [m.code, [(m)-[:REPRESENTS]->(c) | c.iso2], [(e)-[:CONCERNS]->(c) | c.iso2]] AS args
			  UNION ALL
			  MATCH (e)-[:WITH]->(a:Authority)
			  WITH DISTINCT a WHERE NOT EXISTS { MATCH (a)-[:OF]->(:Country)<-[:CONCERNS]-(e) }
			  RETURN 'WITH' AS field, 'rule.authorityNotOfCountry' AS code,
			         [a.code, [(a)-[:OF]->(c) | c.iso2], [(e)-[:CONCERNS]->(c) | c.iso2]] AS args
			  UNION ALL
			  MATCH (e)-[:RAISED]->(r:Result)
			  WITH DISTINCT r WHERE r.achievedOn > e.date
			  RETURN 'RAISED' AS field, 'rule.raisedBeforeAchieved' AS code,
			         [r.code, toString(r.achievedOn), toString(e.date)] AS args
			  UNION ALL
			  WITH COUNT { (e)-[:ATTENDED_BY {lead: true}]->() } AS leads WHERE leads <> 1
			  RETURN 'ATTENDED_BY' AS field, 'rule.oneLead' AS code, [leads] AS args
			  UNION ALL
			  WITH e WHERE e.status = 'HELD' AND e.date > $today
			  RETURN 'status' AS field, 'rule.heldInFuture' AS code, [toString(e.date), toString($today)] AS args
			}
			RETURN 'Engagement' AS label, e.code AS key, field, code, args
			""";
	}

	/** A mission written still represents a country that each meeting with it (not written here) concerns. */
	static final String MISSIONS_WRITTEN = """
			UNWIND $missions AS id
			MATCH (m:Mission) WHERE elementId(m) = id
			MATCH (e:Engagement)-[:WITH]->(m) WHERE NOT elementId(e) IN $engagements
			WITH DISTINCT e, m WHERE NOT EXISTS { MATCH (m)-[:REPRESENTS]->(:Country)<-[:CONCERNS]-(e) }
			RETURN 'Engagement' AS label, e.code AS key, 'WITH' AS field, 'rule.missionNotOfCountry' AS code,
			       [m.code, [(m)-[:REPRESENTS]->(c) | c.iso2], [(e)-[:CONCERNS]->(c) | c.iso2]] AS args
			""";

	/** An authority written still belongs to a country that each meeting with it (not written here) concerns. */
	static final String AUTHORITIES_WRITTEN = """
			UNWIND $authorities AS id
			MATCH (a:Authority) WHERE elementId(a) = id
			MATCH (e:Engagement)-[:WITH]->(a) WHERE NOT elementId(e) IN $engagements
			WITH DISTINCT e, a WHERE NOT EXISTS { MATCH (a)-[:OF]->(:Country)<-[:CONCERNS]-(e) }
			RETURN 'Engagement' AS label, e.code AS key, 'WITH' AS field, 'rule.authorityNotOfCountry' AS code,
			       [a.code, [(a)-[:OF]->(c) | c.iso2], [(e)-[:CONCERNS]->(c) | c.iso2]] AS args
			""";

	/** A result written was achieved no later than each meeting (not written here) that raised it. */
	static final String RESULTS_WRITTEN = """
			UNWIND $results AS id
			MATCH (r:Result) WHERE elementId(r) = id
			MATCH (e:Engagement)-[:RAISED]->(r) WHERE NOT elementId(e) IN $engagements
			WITH DISTINCT e, r WHERE r.achievedOn > e.date
			RETURN 'Result' AS label, r.code AS key, 'achievedOn' AS field, 'rule.raisedBeforeAchieved' AS code,
			       [r.code, toString(r.achievedOn), toString(e.date)] AS args
			""";

	/** The same rule over every plan of the graph (after an offline load). */
	static final String EVERY_PLAN = """
			MATCH (p:EngagementPlan)<-[r:HOLDS_ROLE]-(d:Department)
			WITH p, d, count(r) AS roles WHERE roles > 1
			RETURN 'EngagementPlan' AS label, p.code AS key, 'HOLDS_ROLE' AS field, 'rule.oneRolePerDepartment' AS code,
			       [d.code] AS args
			LIMIT $limit
			""";

	/** A department holds at most one role in a plan. */
	static final String PLANS_WRITTEN = """
			UNWIND $plans AS id
			MATCH (p:EngagementPlan)<-[r:HOLDS_ROLE]-(d:Department) WHERE elementId(p) = id
			WITH p, d, count(r) AS roles WHERE roles > 1
			RETURN 'EngagementPlan' AS label, p.code AS key, 'HOLDS_ROLE' AS field, 'rule.oneRolePerDepartment' AS code,
			       [d.code] AS args
			""";

	/**
	 * A statement, the label of the nodes written it starts from, and the parameter that hands it their element ids.
	 * Every statement gets every parameter ({@code $engagements} also tells the other sides which meetings to leave
	 * to {@link #MEETINGS_WRITTEN}).
	 */
	private record Rule(String label, String parameter, String statement) {
	}

	/** In the order the problems are listed. */
	private static final List<Rule> RULES = List.of(new Rule("Engagement", "engagements", MEETINGS_WRITTEN),
			new Rule("Mission", "missions", MISSIONS_WRITTEN), new Rule("Authority", "authorities", AUTHORITIES_WRITTEN),
			new Rule("Result", "results", RESULTS_WRITTEN), new Rule("EngagementPlan", "plans", PLANS_WRITTEN));

	private final LocalDate today;
	private final boolean cleared;

	/**
	 * @param today   the program's date ({@code api/Today}): no meeting after it can be HELD
	 * @param cleared whether the writer holds the Protected B clearance: one who does not may write no Protected B
	 *                record (see {@link Classifying#violations})
	 */
	DomainRules(LocalDate today, boolean cleared) {
		this.today = today;
		this.cleared = cleared;
	}

	/** The violations the written data leaves in the graph, located at the records they came from. */
	List<DataProblem> violations(SimpleQueryRunner tx, GraphData data, GraphDataWriter.WriteSummary written) {
		Map<String, List<GraphData.NodeRow>> byLabel = data.nodes().stream()
			.collect(Collectors.groupingBy(GraphData.NodeRow::label));
		var parameters = new HashMap<String, Object>(Map.of("today", today));
		RULES.forEach(rule -> parameters.put(rule.parameter(),
				written.idsOf(byLabel.getOrDefault(rule.label(), List.of()))));
		var origins = new HashMap<String, GraphData.Origin>();
		data.nodes().forEach(node -> origins.put(node.label() + ":" + node.key(), node.origin()));
		var problems = new ArrayList<DataProblem>();
		for (Rule rule : RULES) {
			if (!byLabel.containsKey(rule.label())) {
				continue;
			}
			for (var row : tx.run(rule.statement(), parameters).list()) {
				var origin = origins.getOrDefault(row.get("label").asString() + ":" + row.get("key").asString(),
						new GraphData.Origin(row.get("label").asString() + " " + row.get("key").asString(), 0, "record"));
				List<Object> args = row.get("args").asList(DomainRules::readable);
				problems.add(new DataProblem(origin.file(), origin.position(), origin.unit(), row.get("field").asString(),
						row.get("code").asString(), args));
			}
		}
		problems.addAll(Classifying.violations(tx, data, written, cleared));
		return problems;
	}

	/**
	 * Every rule over the whole graph: the meeting rules over every meeting and the plan rule over every plan (a
	 * rule's other side needs no statement of its own when every meeting is checked). At most {@code limit} problems,
	 * each located at its record by label and key.
	 */
	List<DataProblem> violationsEverywhere(SimpleQueryRunner tx, int limit) {
		return violationsEverywhere(tx, List.of(EVERY_MEETING, EVERY_PLAN), new ArrayList<>(), limit);
	}

	/**
	 * The same, but for the rules {@code transfer.MeetingRulesInMemory} checked already: added to {@code checked}, the problems
	 * it found.
	 */
	List<DataProblem> violationsEverywhereBut(SimpleQueryRunner tx, List<DataProblem> checked, int limit) {
		return violationsEverywhere(tx, List.of(EVERY_MEETING_HELD_IN_FUTURE, EVERY_PLAN), new ArrayList<>(checked), limit);
	}

	private List<DataProblem> violationsEverywhere(SimpleQueryRunner tx, List<String> statements,
			List<DataProblem> problems, int limit) {
		for (String statement : statements) {
			if (problems.size() >= limit) {
				break;
			}
			var parameters = Map.<String, Object>of("today", today, "limit", limit - problems.size());
			for (var row : tx.run(statement, parameters).list()) {
				problems.add(new DataProblem(row.get("label").asString() + " " + row.get("key").asString(), 0, "record",
						row.get("field").asString(), row.get("code").asString(), row.get("args").asList(DomainRules::readable)));
			}
		}
		return problems;
	}

	private static Object readable(Value value) {
		return switch (value.asObject()) {
			case List<?> list -> list.stream().map(String::valueOf).collect(Collectors.joining(", "));
			case Number number -> number.longValue();
			case Object other -> String.valueOf(other);
		};
	}
}
