package ca.engagementgraph.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The benchmark's yardstick: for each analytical question, one hand-written Cypher statement computing the same
 * answer as the dashboard's document (same rows and fields, English texts, default variables), run through the
 * driver in a read transaction, its result fully consumed. GraphQL end to end is compared with it.
 */
final class RawCypher {

	private static final String OTTAWA = """
			EXISTS { MATCH (e)-[:WITH]->(m:Mission)-[:REPRESENTS]->(c), (m)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) }""";

	private static final String IN_COUNTRY = """
			(EXISTS { MATCH (e)-[:WITH]->(:Authority)-[:OF]->(c) } OR (e.setting = 'IN_COUNTRY' AND EXISTS { (e)-[:CONCERNS]->(c) }))""";

	private static final Map<String, String> QUERIES = Map.of(
			"unleveraged-results", """
					MATCH (c:Country {iso2: $country})
					CALL (c) {
					  MATCH (c)<-[:REPRESENTS]-(m:Mission)-[:LOCATED_IN]->(:Country {iso2: 'CA'})
					  MATCH (m)<-[:WITH]-(e:Engagement {status: 'HELD'})-[:RAISED]->(x)
					  RETURN collect(DISTINCT elementId(x)) AS raised
					}
					MATCH (c)<-[:IN]-(p:Project)<-[:OF]-(r:Result)
					WHERE NOT elementId(r) IN raised
					WITH r, p, elementId(p) IN raised AS mentioned ORDER BY r.achievedOn, r.code
					WITH collect({code: r.code, summary: r.summaryEn, achievedOn: r.achievedOn, type: r.type, project: p.code,
					              title: p.titleEn, days: duration.inDays(r.achievedOn, date($today)).days, mentioned: mentioned}) AS rows
					RETURN size(rows) AS totalCount, rows[0..50] AS page
					""",
			"missed-opportunities", """
					MATCH (c:Country {iso2: $country})
					CALL (c) {
					  MATCH (c)<-[:IN]-(:Project)<-[:OF]-(r:Result)
					  CALL (c, r) {
					    OPTIONAL MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'})
					    WITH e WHERE e IS NOT NULL
					    RETURN min(CASE WHEN %s THEN e.date END) AS firstOttawa, min(CASE WHEN %s THEN e.date END) AS firstInCountry
					  }
					  RETURN collect({result: r, achievedOn: r.achievedOn, firstOttawa: firstOttawa, firstInCountry: firstInCountry}) AS results
					}
					MATCH (meeting:Engagement {status: 'HELD'})-[:WITH]->(counterpart)
					WHERE meeting.date >= $from AND meeting.date <= $to
					  AND (EXISTS { MATCH (counterpart:Mission)-[:REPRESENTS]->(c), (counterpart)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) }
					       OR EXISTS { MATCH (counterpart:Authority)-[:OF]->(c) })
					WITH meeting, counterpart, counterpart:Mission AS ottawa, results
					WITH meeting, counterpart, ottawa, [x IN results WHERE x.achievedOn < meeting.date
					     AND coalesce(CASE WHEN ottawa THEN x.firstOttawa ELSE x.firstInCountry END, meeting.date) >= meeting.date | x.result] AS could
					WHERE size(could) > 0 AND NOT EXISTS { MATCH (meeting)-[:RAISED]->(r:Result) WHERE r IN could }
					RETURN meeting.code, meeting.date, meeting.kind, meeting.level,
					       [(meeting)-[a:ATTENDED_BY]->(x) | [a.lead, x.code]] AS attendance,
					       [(meeting)-[:RAISED]->(p:Project) | p.code] AS raisedProjects,
					       counterpart.code, counterpart.nameEn, [r IN could | [r.code, r.achievedOn]] AS could
					ORDER BY meeting.date, meeting.code
					""".formatted(OTTAWA.replace("(c)", "(:Country {iso2: $country})"),
					IN_COUNTRY.replace("(c)", "(:Country {iso2: $country})")),
			"project-coverage", """
					MATCH (c:Country {iso2: $country})<-[:IN]-(p:Project)
					OPTIONAL MATCH (p)<-[:OF]-(r:Result)
					CALL (c, r) {
					  OPTIONAL MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'})
					  RETURN count(e) > 0 AS anywhere, coalesce(max(%s), false) AS ottawa, coalesce(max(%s), false) AS inCountry,
					         collect(DISTINCT [(e)-[:ATTENDED_BY]->(x) | coalesce(x.code, '')]) AS present
					}
					WITH p, count(r) AS results, count(CASE WHEN anywhere THEN 1 END) AS anywhere,
					     count(CASE WHEN ottawa THEN 1 END) AS ottawa, count(CASE WHEN inCountry THEN 1 END) AS inCountry
					RETURN p.code, p.titleEn, results, anywhere, ottawa, inCountry, results - ottawa AS never
					ORDER BY p.code
					""".formatted(OTTAWA, IN_COUNTRY),
			"gap-by-country", """
					MATCH (c:Country) WHERE EXISTS { (c)<-[:IN]-(:Project) }
					MATCH (c)<-[:IN]-(:Project)<-[:OF]-(r:Result)
					CALL (c, r) {
					  OPTIONAL MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'})
					  RETURN count(e) > 0 AS anywhere, coalesce(max(%s), false) AS ottawa, coalesce(max(%s), false) AS inCountry
					}
					WITH c, count(r) AS results, count(CASE WHEN anywhere THEN 1 END) AS anywhere,
					     count(CASE WHEN ottawa THEN 1 END) AS ottawa, count(CASE WHEN inCountry THEN 1 END) AS inCountry
					RETURN c.iso2, c.nameEn, results, anywhere, ottawa, inCountry, results - ottawa AS never
					ORDER BY c.iso2
					""".formatted(OTTAWA, IN_COUNTRY),
			"dissemination-gaps", """
					MATCH (c:Country)<-[:IN]-(p:Project)<-[:OF]-(r:Result)
					WHERE NOT EXISTS {
					  MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'})-[:ATTENDED_BY]->(x)
					  WHERE x.code = $department OR EXISTS { (x)-[:PART_OF]->(:Department {code: $department}) }
					}
					WITH r, p, c ORDER BY r.code
					WITH collect({r: r, p: p.code, c: c}) AS rows
					RETURN size(rows) AS totalCount,
					       [x IN rows[0..100] | [x.r.code, x.r.summaryEn, x.r.achievedOn, x.p, x.c.iso2, x.c.nameEn,
					        COUNT { (x.r)<-[:RAISED]-(:Engagement {status: 'HELD'}) }]] AS page
					""",
			"td-timeline", """
					MATCH (c:Country {iso2: $country})
					CALL (c) {
					  MATCH (c)<-[:IN]-(:Project)<-[:OF]-(:Result)<-[:RAISED]-(e:Engagement {status: 'HELD'})
					  WITH DISTINCT c, e
					  RETURN collect({code: e.code, date: e.date, ottawa: %s}) AS meetings
					}
					CALL (c) {
					  MATCH (c)<-[:FOR]-(s:TdStat)
					  WITH s ORDER BY s.quarter
					  RETURN collect(s {.quarter, .requested, .issued, .medianDaysToIssue}) AS stats
					}
					RETURN c.iso2, stats, meetings
					""".formatted(OTTAWA),
			"briefing-pack", """
					MATCH (meeting:Engagement {code: $engagement})
					OPTIONAL MATCH (meeting)-[:WITH]->(counterpart)
					OPTIONAL MATCH (counterpart)-[:REPRESENTS|OF]->(c:Country)
					CALL (c, counterpart) {
					  MATCH (c)<-[:IN]-(p:Project)<-[:OF]-(r:Result)
					  WHERE NOT EXISTS { (r)<-[:RAISED]-(:Engagement {status: 'HELD'})-[:WITH]->(counterpart) }
					  WITH p, r ORDER BY r.achievedOn, r.code
					  RETURN collect([r.code, r.summaryEn, r.achievedOn, p.code, p.titleEn,
					         [(m:KeyMessage)-[:ABOUT]->(s) WHERE s = r OR s = p | [m.code, m.textEn, m.approvedOn]]]) AS results
					}
					CALL (c) {
					  MATCH (c)<-[:FOR]-(s:TdStat) WITH s ORDER BY s.quarter DESC LIMIT 8
					  RETURN collect(s {.quarter, .requested, .issued, .medianDaysToIssue}) AS trend
					}
					CALL (c) {
					  MATCH (c)<-[:CONCERNS]-(d:Decision) WITH d ORDER BY d.date DESC, d.code LIMIT 5
					  RETURN collect(d {.code, .date, .kind, .textEn}) AS decisions
					}
					CALL (c) {
					  MATCH (c)<-[:CONCERNS]-(:Engagement)<-[:FROM]-(a:Action {status: 'OPEN'})
					  WITH DISTINCT a ORDER BY a.due, a.code
					  RETURN collect(a {.code, .textEn, .due, assignedTo: [(a)-[:ASSIGNED_TO]->(d) | d.code]}) AS actions
					}
					RETURN meeting {.code, .date, .kind, .level, .summaryEn}, counterpart {.code, .nameEn}, c.iso2, c.nameEn,
					       results, trend, decisions, actions
					""",
			"program-profile", """
					MATCH (p:Project)-[:FUNDED_BY]->(:Envelope {code: $envelope})
					WITH collect(p) AS projects
					CALL (projects) {
					  MATCH (a:PriorityArea)
					  OPTIONAL MATCH (a)<-[:ADDRESSES]-(p:Project) WHERE p IN projects
					  WITH a, count(p) AS n, coalesce(sum(p.fundingCad), 0) AS f ORDER BY a.code
					  RETURN collect([a.code, a.nameEn, n, f]) AS byArea
					}
					CALL (projects) {
					  UNWIND projects AS p
					  MATCH (p)-[:IMPLEMENTED_BY]->(o:Organization)
					  WITH o, count(p) AS n, sum(p.fundingCad) AS f ORDER BY f DESC
					  RETURN collect([o.code, o.nameEn, n, f]) AS byPartner
					}
					CALL (projects) {
					  UNWIND projects AS p
					  OPTIONAL MATCH (p)-[:IN]->(:Country)<-[:OF]-(d:Designation)
					  WHERE (d.to IS NULL OR d.to >= date($today)) AND d.from <= date($today)
					  WITH p, coalesce(head(collect(d.status)), 'NONE') AS s
					  WITH s, count(p) AS n, sum(p.fundingCad) AS f
					  RETURN collect([s, n, f]) AS byDesignation
					}
					UNWIND projects AS p
					WITH byArea, byPartner, byDesignation, p.status AS status, p.fundingCad < 250000 AS small, count(p) AS n,
					     sum(p.fundingCad) AS f
					RETURN byArea, byPartner, byDesignation, collect([status, small, n, f]) AS byStatusAndSize
					""",
			"accountability-gaps", """
					CALL () {
					  MATCH (c:Country)<-[:OF]-(d:Designation)
					  WHERE (d.to IS NULL OR d.to >= date($today)) AND d.from <= date($today)
					    AND NOT EXISTS { (c)<-[:FOR]-(:EngagementPlan) }
					  RETURN collect(DISTINCT [c.iso2, c.nameEn]) AS withoutPlan
					}
					CALL () {
					  MATCH (plan:EngagementPlan) WHERE NOT EXISTS { (:Department)-[:HOLDS_ROLE {role: 'LEVERAGE'}]->(plan) }
					  RETURN collect([plan.code, [(plan)-[:FOR]->(c) | c.iso2]]) AS withoutLeverage
					}
					CALL () {
					  MATCH (c:Country)<-[:OF]-(d:Designation {status: 'PREVENTATIVE'})
					  WHERE (d.to IS NULL OR d.to >= date($today)) AND d.from <= date($today)
					    AND NOT EXISTS { (c)<-[:FOR]-(:TdStat) }
					  RETURN collect(DISTINCT [c.iso2, c.nameEn]) AS withoutTd
					}
					RETURN withoutPlan, withoutLeverage, withoutTd
					""");

	private final Driver driver;

	RawCypher(Driver driver) {
		this.driver = driver;
	}

	boolean covers(String document) {
		return QUERIES.containsKey(document);
	}

	/** Runs the question's Cypher with the document's variables; returns a rough size of the answer, -1 on error. */
	long run(String document, Map<String, Object> variables) {
		var parameters = new HashMap<String, Object>(variables);
		parameters.put("today", LocalDate.now().toString());
		for (String date : new String[] { "from", "to" }) {
			if (parameters.get(date) instanceof String text) {
				parameters.put(date, LocalDate.parse(text));
			}
		}
		try (var session = driver.session()) {
			return session.executeRead(tx -> tx.run(QUERIES.get(document), parameters).list(RawCypher::size).stream()
				.mapToLong(Long::longValue)
				.sum());
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private static long size(Record record) {
		long size = 0;
		for (Value value : record.values()) {
			size += value.toString().length();
		}
		return size;
	}
}
