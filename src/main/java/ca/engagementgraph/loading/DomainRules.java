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
 */
class DomainRules {

	/**
	 * A meeting with a mission must concern the country the mission represents. Each rule starts from index seeks
	 * on the keys written (one branch per side of the pattern, joined by UNION), never from a scan of every
	 * meeting: a large graph pays only for what the write touched.
	 */
	static final String MISSION_OF_MEETING_COUNTRY = """
			CALL () {
			  UNWIND $engagements AS key
			  MATCH (e:Engagement {code: key})-[:WITH]->(m:Mission)
			  RETURN e, m
			  UNION
			  UNWIND $missions AS key
			  MATCH (e:Engagement)-[:WITH]->(m:Mission {code: key})
			  RETURN e, m
			}
			WITH e, m WHERE NOT EXISTS { MATCH (m)-[:REPRESENTS]->(:Country)<-[:CONCERNS]-(e) }
			RETURN 'Engagement' AS label, e.code AS key, 'WITH' AS field, 'rule.missionNotOfCountry' AS code,
			       [m.code, [(m)-[:REPRESENTS]->(c) | c.iso2], [(e)-[:CONCERNS]->(c) | c.iso2]] AS args
			""";

	/** A meeting with an authority must concern the authority's country. */
	static final String AUTHORITY_OF_MEETING_COUNTRY = """
			CALL () {
			  UNWIND $engagements AS key
			  MATCH (e:Engagement {code: key})-[:WITH]->(a:Authority)
			  RETURN e, a
			  UNION
			  UNWIND $authorities AS key
			  MATCH (e:Engagement)-[:WITH]->(a:Authority {code: key})
			  RETURN e, a
			}
			WITH e, a WHERE NOT EXISTS { MATCH (a)-[:OF]->(:Country)<-[:CONCERNS]-(e) }
			RETURN 'Engagement' AS label, e.code AS key, 'WITH' AS field, 'rule.authorityNotOfCountry' AS code,
			       [a.code, [(a)-[:OF]->(c) | c.iso2], [(e)-[:CONCERNS]->(c) | c.iso2]] AS args
			""";

	/** A meeting cannot raise a result before the result was achieved. */
	static final String RAISED_AFTER_ACHIEVED = """
			CALL () {
			  UNWIND $engagements AS key
			  MATCH (e:Engagement {code: key})-[:RAISED]->(r:Result)
			  RETURN e, r
			  UNION
			  UNWIND $results AS key
			  MATCH (e:Engagement)-[:RAISED]->(r:Result {code: key})
			  RETURN e, r
			}
			WITH e, r WHERE r.achievedOn > e.date
			RETURN CASE WHEN e.code IN $engagements THEN 'Engagement' ELSE 'Result' END AS label,
			       CASE WHEN e.code IN $engagements THEN e.code ELSE r.code END AS key,
			       CASE WHEN e.code IN $engagements THEN 'RAISED' ELSE 'achievedOn' END AS field,
			       'rule.raisedBeforeAchieved' AS code, [r.code, toString(r.achievedOn), toString(e.date)] AS args
			""";

	/** Exactly one department or unit leads a meeting. */
	static final String ONE_LEAD = """
			MATCH (e:Engagement) WHERE e.code IN $engagements
			WITH e, COUNT { (e)-[:ATTENDED_BY {lead: true}]->() } AS leads
			WHERE leads <> 1
			RETURN 'Engagement' AS label, e.code AS key, 'ATTENDED_BY' AS field, 'rule.oneLead' AS code, [leads] AS args
			""";

	/** A department holds at most one role in a plan. */
	static final String ONE_ROLE_PER_DEPARTMENT = """
			MATCH (p:EngagementPlan)<-[r:HOLDS_ROLE]-(d:Department) WHERE p.code IN $plans
			WITH p, d, count(r) AS roles WHERE roles > 1
			RETURN 'EngagementPlan' AS label, p.code AS key, 'HOLDS_ROLE' AS field, 'rule.oneRolePerDepartment' AS code,
			       [d.code] AS args
			""";

	/** A meeting dated after today has not taken place: it cannot be HELD (it would count as raising its results). */
	static final String HELD_NOT_AFTER_TODAY = """
			MATCH (e:Engagement) WHERE e.code IN $engagements AND e.status = 'HELD' AND e.date > $today
			RETURN 'Engagement' AS label, e.code AS key, 'status' AS field, 'rule.heldInFuture' AS code,
			       [toString(e.date), toString($today)] AS args
			""";

	private static final List<String> RULES = List.of(MISSION_OF_MEETING_COUNTRY, AUTHORITY_OF_MEETING_COUNTRY,
			RAISED_AFTER_ACHIEVED, ONE_LEAD, ONE_ROLE_PER_DEPARTMENT, HELD_NOT_AFTER_TODAY);

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
	List<DataProblem> violations(SimpleQueryRunner tx, GraphData data) {
		Map<String, List<String>> touched = data.nodes().stream()
			.collect(Collectors.groupingBy(GraphData.NodeRow::label,
					Collectors.mapping(GraphData.NodeRow::key, Collectors.toList())));
		var parameters = Map.<String, Object>of("engagements", touched.getOrDefault("Engagement", List.of()),
				"missions", touched.getOrDefault("Mission", List.of()), "authorities",
				touched.getOrDefault("Authority", List.of()), "results", touched.getOrDefault("Result", List.of()),
				"plans", touched.getOrDefault("EngagementPlan", List.of()), "today", today);
		var origins = new HashMap<String, GraphData.Origin>();
		data.nodes().forEach(node -> origins.put(node.label() + ":" + node.key(), node.origin()));
		var problems = new ArrayList<DataProblem>();
		for (String rule : RULES) {
			for (var row : tx.run(rule, parameters).list()) {
				var origin = origins.getOrDefault(row.get("label").asString() + ":" + row.get("key").asString(),
						new GraphData.Origin(row.get("label").asString() + " " + row.get("key").asString(), 0, "record"));
				List<Object> args = row.get("args").asList(DomainRules::readable);
				problems.add(new DataProblem(origin.file(), origin.position(), origin.unit(), row.get("field").asString(),
						row.get("code").asString(), args));
			}
		}
		problems.addAll(Classifying.violations(tx, data, cleared));
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
