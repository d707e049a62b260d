package ca.engagementgraph.bench;

import static ca.engagementgraph.model.DerivedConcepts.designationInForce;
import static ca.engagementgraph.model.DerivedConcepts.sizeClass;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import ca.engagementgraph.model.DerivedConcepts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The benchmark's yardstick: for each analytical question, one hand-written Cypher statement computing the same
 * answer as the dashboard's document (same rows and fields, English texts, default variables), run through the
 * driver in an auto-commit read transaction, its result fully consumed. GraphQL end to end is compared with it.
 * The leveraging questions answered from the leverage ledger are written against the ledger too (as anyone who
 * knows the model would), so the comparison measures the product's overhead, not the ledger's gain.
 */
final class RawCypher {

	/** Per result: raised at a HELD meeting at all, on the OTTAWA channel, on the IN_COUNTRY channel. */
	private static final String RAISED_FLAGS = """
			EXISTS { (r)<-[:RAISED]-(:Engagement {status: 'HELD'}) } AS anywhere,
			EXISTS { MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'})-[:WITH]->(m) WHERE m IN ottawa } AS inOttawa,
			EXISTS { MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'})
			         WHERE EXISTS { MATCH (e)-[:WITH]->(a) WHERE a IN authorities }
			            OR (e.setting = 'IN_COUNTRY' AND EXISTS { (e)-[:CONCERNS]->(c) }) } AS inCountry""";

	/** Per result: the departments present, themselves or through a unit, at a HELD meeting that raised it. */
	private static final String DEPARTMENTS_PRESENT = """
			[d IN ['CBSA', 'GAC', 'IRB', 'IRCC', 'PS'] WHERE EXISTS {
			   MATCH (r)<-[:RAISED]-(:Engagement {status: 'HELD'})-[:ATTENDED_BY]->(x)
			   WHERE x.code = d OR EXISTS { MATCH (x:Unit)-[:PART_OF]->(:Department {code: d}) } }] AS present""";

	/** The coverage counts of a group of results (a project's, a country's), from the flags and presence above. */
	private static final String COVERAGE_COUNTS = """
			count(r) AS results, count(CASE WHEN anywhere THEN r END) AS anywhere,
			count(CASE WHEN inOttawa THEN r END) AS ottawa, count(CASE WHEN inCountry THEN r END) AS inCountry,
			collect(present) AS presence""";

	/** The coverage columns as the dashboard's document returns them. */
	private static final String COVERAGE_COLUMNS = """
			results, anywhere, ottawa, inCountry, results - ottawa AS never,
			[d IN ['CBSA', 'GAC', 'IRB', 'IRCC', 'PS'] | [d, size([x IN presence WHERE d IN x])]] AS byDepartment""";

	/** The country's missions in Canada and its authorities, as lists {@code ottawa} and {@code authorities}. */
	private static final String COUNTERPARTS = """
			CALL (c) { OPTIONAL MATCH (c)<-[:REPRESENTS]-(m:Mission)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) RETURN collect(m) AS ottawa }
			CALL (c) { OPTIONAL MATCH (c)<-[:OF]-(a:Authority) RETURN collect(a) AS authorities }
			""";

	/**
	 * The headline from the leverage ledger, as one would write it by hand: the country's results whose first date
	 * of being raised on the channel (%1$s) is "never", oldest first, a page of {@code $first}, with the total from
	 * the country's counters. Like the API's statements, each walk of the ledger gives every property of the composite
	 * index it needs a predicate (existence at least): without one the index cannot serve and the label is scanned.
	 */
	private static final String UNLEVERAGED_PLAIN = """
			MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
			USING INDEX row:__RaisableLedger(country, kind, %1$s, achievedOn, key)
			WHERE row.%1$s = date('9999-12-31') AND row.achievedOn IS NOT NULL AND row.key IS NOT NULL
			WITH row ORDER BY row.country, row.kind, row.%1$s, row.achievedOn, row.key LIMIT $first
			MATCH (r:Result {code: row.key})
			MATCH (p:Project {code: row.project})
			OPTIONAL MATCH (mention:__RaisableLedger {id: 'Project:' + row.project + '@' + $country})
			WITH collect({code: r.code, summary: r.summaryEn, achievedOn: r.achievedOn, type: r.type, project: p.code,
			              title: p.titleEn, days: duration.inDays(row.achievedOn, $today).days,
			              mentioned: coalesce(mention.%1$s < date('9999-12-31'), false)}) AS page
			OPTIONAL MATCH (counter:__CountryLedger {country: $country})
			RETURN coalesce(counter.results, 0) - coalesce(counter.%1$s, 0) AS totalCount, page
			""";

	/**
	 * The headline's variants from the ledger: the country's results achieved by the date and not raised so by then
	 * (%1$s is the fact: the channel's, or the channel's with the department present), walked oldest first; the total
	 * counted from the same rows.
	 */
	private static final String UNLEVERAGED_BY = """
			CALL () {
			  MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
			  WHERE row.key IS NOT NULL AND row.achievedOn <= coalesce($asOf, date('9999-12-31')) AND %1$s > coalesce($asOf, date('9999-12-30'))
			  RETURN count(row) AS totalCount
			}
			CALL () {
			  MATCH (row:__RaisableLedger {country: $country, kind: 'Result'})
			  WHERE row.key IS NOT NULL AND row.achievedOn <= coalesce($asOf, date('9999-12-31')) AND %1$s > coalesce($asOf, date('9999-12-30'))
			  WITH row ORDER BY row.achievedOn, row.key LIMIT $first
			  MATCH (r:Result {code: row.key})
			  MATCH (p:Project {code: row.project})
			  OPTIONAL MATCH (mention:__RaisableLedger {id: 'Project:' + row.project + '@' + $country})
			  RETURN collect({code: r.code, summary: r.summaryEn, achievedOn: r.achievedOn, type: r.type, project: p.code,
			                  title: p.titleEn, days: duration.inDays(row.achievedOn, coalesce($asOf, $today)).days,
			                  mentioned: coalesce(%2$s <= coalesce($asOf, date('9999-12-30')), false)}) AS page
			}
			RETURN totalCount, page
			""";

	/** A coverage row's columns from a ledger counter ({@code counter}) and the department codes ({@code departments}). */
	private static final String LEDGER_COVERAGE_COLUMNS = """
			counter.results, counter.any, counter.ottawa, counter.inCountry, counter.results - counter.ottawa AS never,
			[d IN departments | [d, coalesce(counter['any_' + d], 0)]] AS byDepartment""";

	/** The scenarios that ask a dashboard document with other variables (the benchmark's variants). */
	private static final Map<String, String> VARIANTS = Map.of(
			"unleveraged-results:asOf", UNLEVERAGED_BY.formatted("row.ottawa", "mention.ottawa"),
			"unleveraged-results:attendedBy", UNLEVERAGED_BY.formatted(
					"coalesce(row['ottawa_' + $attendedBy], date('9999-12-31'))",
					"coalesce(mention['ottawa_' + $attendedBy], date('9999-12-31'))"),
			"unleveraged-results:channel/IN_COUNTRY", UNLEVERAGED_PLAIN.formatted("inCountry"),
			"unleveraged-results:channel/ANY", UNLEVERAGED_PLAIN.formatted("any"),
			"gap-by-country:one", """
					MATCH (d:Department) WITH d ORDER BY d.code WITH collect(d.code) AS departments
					MATCH (counter:__CountryLedger {country: $country})
					MATCH (c:Country {iso2: counter.country})
					RETURN c.iso2, c.nameEn, %1$s
					""".formatted(LEDGER_COVERAGE_COLUMNS));

	private static final Map<String, String> QUERIES = Map.of(
			"unleveraged-results", UNLEVERAGED_PLAIN.formatted("ottawa"),
			// Missed opportunities, the TD timeline and the briefing's results read the leverage ledger, as the API does.
			"missed-opportunities", """
					MATCH (meeting:__MeetingLedger {country: $country, status: 'HELD'})
					WHERE meeting.date IS NOT NULL AND meeting.meeting IS NOT NULL AND meeting.date >= $from AND meeting.date <= $to
					UNWIND meeting.channels AS channel
					WITH meeting, channel, CASE channel WHEN 'OTTAWA' THEN 'ottawa' ELSE 'inCountry' END AS fact
					WHERE EXISTS {
					    MATCH (w:__RaisableLedger {country: $country, kind: 'Result'})
					    WHERE w.key IS NOT NULL AND w.achievedOn < meeting.date AND w[fact] >= meeting.date
					  }
					  AND NOT EXISTS {
					    MATCH (:Engagement {code: meeting.meeting})-[:RAISED]->(r:Result)
					    MATCH (w:__RaisableLedger {id: 'Result:' + r.code + '@' + $country})
					    WHERE w.achievedOn < meeting.date AND w[fact] >= meeting.date
					  }
					WITH meeting, channel, fact ORDER BY meeting.date, meeting.meeting + '|' + channel
					WITH collect([meeting, channel, fact]) AS rows
					UNWIND rows[0..20] AS row
					WITH size(rows) AS totalCount, row[0] AS meeting, row[1] AS channel, row[2] AS fact
					MATCH (e:Engagement {code: meeting.meeting})
					CALL (e, channel) {
					  OPTIONAL MATCH (e)-[:WITH]->(x)
					  WHERE (channel = 'OTTAWA' AND x:Mission AND EXISTS { (x)-[:REPRESENTS]->(:Country {iso2: $country}) })
					     OR (channel = 'IN_COUNTRY' AND x:Authority AND EXISTS { (x)-[:OF]->(:Country {iso2: $country}) })
					  RETURN x ORDER BY x.code LIMIT 1
					}
					CALL (meeting, fact) {
					  MATCH (w:__RaisableLedger {country: $country, kind: 'Result'})
					  WHERE w.key IS NOT NULL AND w.achievedOn < meeting.date AND w[fact] >= meeting.date
					  RETURN count(w) AS waiting
					}
					CALL (meeting, fact) {
					  MATCH (w:__RaisableLedger {country: $country, kind: 'Result'})
					  WHERE w.key IS NOT NULL AND w.achievedOn < meeting.date AND w[fact] >= meeting.date
					  WITH w ORDER BY w.achievedOn, w.key LIMIT 5
					  RETURN collect([w.key, w.achievedOn]) AS could
					}
					RETURN totalCount, e.code, e.date, e.kind, e.level, [(e)-[a:ATTENDED_BY]->(p) | [a.lead, p.code]] AS attendance,
					       [(e)-[:RAISED]->(p:Project) | p.code] AS raisedProjects, channel, x.code, x.nameEn, waiting, could
					""",
			"project-coverage", """
					MATCH (d:Department) WITH d ORDER BY d.code WITH collect(d.code) AS departments
					MATCH (counter:__ProjectLedger {country: $country}) WHERE counter.projects > 0
					MATCH (p:Project {code: counter.project})
					RETURN p.code, p.titleEn, %1$s
					ORDER BY p.code
					""".formatted(LEDGER_COVERAGE_COLUMNS),
			"gap-by-country", """
					MATCH (d:Department) WITH d ORDER BY d.code WITH collect(d.code) AS departments
					MATCH (counter:__CountryLedger) WHERE counter.projects > 0
					MATCH (c:Country {iso2: counter.country})
					RETURN c.iso2, c.nameEn, %1$s
					ORDER BY c.iso2
					""".formatted(LEDGER_COVERAGE_COLUMNS),
			"dissemination-gaps", """
					CALL () {
					  MATCH (row:__RaisableLedger {kind: 'Result'})
					  WHERE coalesce(row['any_' + $department], date('9999-12-31')) = date('9999-12-31')
					  RETURN count(row) AS totalCount
					}
					CALL () {
					  MATCH (row:__RaisableLedger {kind: 'Result'})
					  WHERE coalesce(row['any_' + $department], date('9999-12-31')) = date('9999-12-31')
					  WITH row ORDER BY row.key LIMIT 100
					  MATCH (r:Result {code: row.key}), (c:Country {iso2: row.country})
					  RETURN collect([r.code, r.summaryEn, r.achievedOn, row.project, c.iso2, c.nameEn,
					                  COUNT { (r)<-[:RAISED]-(:Engagement {status: 'HELD'}) }]) AS page
					}
					RETURN totalCount, page
					""",
			"td-timeline", """
					MATCH (c:Country {iso2: $country})
					CALL (c) {
					  MATCH (c)<-[:FOR]-(s:TdStat)
					  WITH s ORDER BY s.quarter
					  RETURN collect(s {.quarter, .requested, .issued, .medianDaysToIssue}) AS stats
					}
					CALL () {
					  MATCH (q:__QuarterLedger {country: $country}) WHERE q.quarter IS NOT NULL AND q.raising > 0
					  CALL (q) {
					    MATCH (m:__MeetingLedger {country: $country, quarter: q.quarter})
					    WHERE m.date IS NOT NULL AND m.meeting IS NOT NULL AND m.status = 'HELD' AND m.citations > 0
					    WITH m ORDER BY m.date, m.meeting LIMIT 5
					    RETURN collect(m.meeting) AS meetings
					  }
					  WITH q, meetings ORDER BY q.quarter
					  RETURN collect([q.quarter, q.raising, q.citations, meetings]) AS quarters
					}
					CALL () {
					  MATCH (m:__MeetingLedger {country: $country, status: 'HELD'})
					  WHERE m.date IS NOT NULL AND m.meeting IS NOT NULL AND m.citations > 0 AND 'OTTAWA' IN m.channels
					  WITH m ORDER BY m.date, m.meeting LIMIT 1
					  MATCH (e:Engagement {code: m.meeting})
					  RETURN collect([e.code, e.date]) AS first
					}
					RETURN c.iso2, stats, quarters, first
					""",
			"briefing-pack", """
					MATCH (meeting:Engagement {code: $engagement})
					OPTIONAL MATCH (meeting)-[:WITH]->(counterpart)
					OPTIONAL MATCH (counterpart)-[:REPRESENTS|OF]->(own:Country)
					WITH meeting, counterpart, coalesce(own, head([(meeting)-[:CONCERNS]->(x:Country) | x])) AS c
					CALL (c, counterpart) {
					  MATCH (row:__RaisableLedger {country: c.iso2, kind: 'Result'})
					  WHERE row.key IS NOT NULL AND NOT coalesce(counterpart.code, '') IN row.raisedWith
					  WITH row ORDER BY row.achievedOn, row.key LIMIT 20
					  MATCH (r:Result {code: row.key})
					  OPTIONAL MATCH (p:Project {code: row.project})
					  RETURN collect([r.code, r.summaryEn, r.achievedOn, p.code, p.titleEn,
					         [(r)<-[:ABOUT]-(m:KeyMessage) | [m.code, m.textEn, m.approvedOn]]
					         + [(p)<-[:ABOUT]-(m:KeyMessage) | [m.code, m.textEn, m.approvedOn]]]) AS results
					}
					CALL (c, counterpart) {
					  MATCH (row:__RaisableLedger {country: c.iso2, kind: 'Result'})
					  WHERE row.key IS NOT NULL AND NOT coalesce(counterpart.code, '') IN row.raisedWith
					  RETURN count(row) AS resultsInAll
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
					CALL (meeting) {
					  OPTIONAL MATCH (meeting)-[:ON_AGENDA]->(r:Result)-[:OF]->(p:Project)
					  WITH r, p ORDER BY r.code
					  RETURN collect([r.code, r.summaryEn, r.achievedOn, p.code, p.titleEn,
					         [(r)<-[:ABOUT]-(m:KeyMessage) | [m.code, m.textEn, m.approvedOn]]
					         + [(p)<-[:ABOUT]-(m:KeyMessage) | [m.code, m.textEn, m.approvedOn]]]) AS agenda
					}
					RETURN meeting {.code, .date, .kind, .level, .summaryEn}, counterpart {.code, .nameEn}, c.iso2, c.nameEn,
					       results, resultsInAll, agenda, trend, decisions, actions
					""",
			// The country profile as the API answers it: each nested list a page at most (meetings newest first),
			// the held meetings counted per quarter.
			"country-profile", """
					MATCH (c:Country) WHERE c.iso2 = $code OR c.iso3 = $code
					CALL (c) { OPTIONAL MATCH (c)<-[:REPRESENTS]-(m:Mission) WITH m ORDER BY m.code
					  RETURN collect(m {.code, .nameEn, .kind, .city, inCanada: EXISTS { (m)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) },
					                    locatedIn: [(m)-[:LOCATED_IN]->(x) | x.iso2]}) AS missions }
					CALL (c) { OPTIONAL MATCH (c)<-[:LOCATED_IN]-(m:Mission) WITH m ORDER BY m.code
					  RETURN collect(m {.code, .nameEn, represents: [(m)-[:REPRESENTS]->(x) | x.iso2]}) AS hosted }
					CALL (c) { OPTIONAL MATCH (c)<-[:OF]-(a:Authority) WITH a ORDER BY a.code RETURN collect(a {.code, .nameEn, .kind}) AS authorities }
					CALL (c) {
					  OPTIONAL MATCH (c)<-[:IN]-(p:Project) WITH p ORDER BY p.code LIMIT 100
					  RETURN collect(p {.code, .titleEn, .status, .fundingCad, partners: [(p)-[:IMPLEMENTED_BY]->(o) | [o.code, o.nameEn]],
					                    results: [(p)<-[:OF]-(r:Result) | [r.code, r.summaryEn, r.achievedOn, r.type]]}) AS projects
					}
					CALL (c) {
					  OPTIONAL MATCH (c)<-[:CONCERNS]-(e:Engagement) WITH e ORDER BY e.date DESC, e.code LIMIT 100
					  RETURN collect(e {.code, .date, .status, .kind, .setting}) AS engagements
					}
					CALL (c) {
					  OPTIONAL MATCH (c)<-[:CONCERNS]-(e:Engagement {status: 'HELD'})
					  WITH toString(e.date.year) + '-Q' + toString((e.date.month + 2) / 3) AS quarter,
					       count(CASE WHEN e.setting = 'OTTAWA' THEN 1 END) AS ottawa, count(CASE WHEN e.setting <> 'OTTAWA' THEN 1 END) AS elsewhere
					  WITH quarter, ottawa, elsewhere ORDER BY quarter
					  RETURN collect([quarter, ottawa, elsewhere]) AS perQuarter
					}
					RETURN c.iso2, c.iso3, c.nameEn, c.nameFr, c.region, missions, hosted, authorities, projects, engagements, perQuarter,
					       [(c)-[:SOURCED_FROM]->(s) | [s.code, s.titleEn]] AS sources
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
					  WHERE %1$s
					  WITH p, coalesce(head(collect(d.status)), 'NONE') AS s
					  WITH s, count(p) AS n, sum(p.fundingCad) AS f
					  RETURN collect([s, n, f]) AS byDesignation
					}
					UNWIND projects AS p
					WITH byArea, byPartner, byDesignation, p.status AS status, %2$s = 'SMALL' AS small, count(p) AS n,
					     sum(p.fundingCad) AS f
					RETURN byArea, byPartner, byDesignation, collect([status, small, n, f]) AS byStatusAndSize
					""".formatted(designationInForce("d"), sizeClass("p")),
			"accountability-gaps", """
					CALL () {
					  MATCH (c:Country)<-[:OF]-(d:Designation)
					  WHERE %1$s
					    AND NOT EXISTS { (c)<-[:FOR]-(:EngagementPlan) }
					  WITH DISTINCT c ORDER BY c.iso2
					  RETURN collect([c.iso2, c.nameEn, COLLECT {
					    MATCH (c)<-[:OF]-(x:Designation) RETURN [x.status, x.from] ORDER BY x.from DESC, x.code
					  }]) AS withoutPlan
					}
					CALL () {
					  MATCH (plan:EngagementPlan) WHERE NOT EXISTS { (:Department)-[:HOLDS_ROLE {role: 'LEVERAGE'}]->(plan) }
					  WITH plan ORDER BY plan.code
					  RETURN collect([plan.code, plan.approvedOn, [(plan)-[:FOR]->(c) | c.iso2], COLLECT {
					    MATCH (plan)<-[h:HOLDS_ROLE]-(d:Department) RETURN [h.role, d.code] ORDER BY d.code
					  }]) AS withoutLeverage
					}
					CALL () {
					  MATCH (c:Country)<-[:OF]-(d:Designation {status: 'PREVENTATIVE'})
					  WHERE %1$s
					    AND NOT EXISTS { (c)<-[:FOR]-(:TdStat) }
					  RETURN collect(DISTINCT [c.iso2, c.nameEn]) AS withoutTd
					}
					RETURN withoutPlan, withoutLeverage, withoutTd
					""".formatted(designationInForce("d")));

	private final Driver driver;

	RawCypher(Driver driver) {
		this.driver = driver;
	}

	boolean covers(String document) {
		return QUERIES.containsKey(document) || VARIANTS.keySet().stream().anyMatch(key -> key.startsWith(document));
	}

	/** The statement of a scenario; a variant on the channel has one per channel, as a hand-written query would. */
	private static String statement(String document, Map<String, Object> variables) {
		String query = QUERIES.get(document);
		if (query != null) {
			return query;
		}
		String variant = VARIANTS.get(document);
		return variant != null ? variant : VARIANTS.get(document + "/" + variables.get("channel"));
	}

	/** Runs the question's Cypher with the document's variables; returns a rough size of the answer, -1 on error. */
	long run(String document, Map<String, Object> variables) {
		var parameters = new HashMap<String, Object>(variables);
		parameters.putAll(DerivedConcepts.standingParameters(LocalDate.now()));
		parameters.putIfAbsent("asOf", null);
		for (String date : new String[] { "from", "to", "asOf" }) {
			if (parameters.get(date) instanceof String text) {
				parameters.put(date, LocalDate.parse(text));
			}
		}
		// An auto-commit transaction: a failure is counted as such, not retried by the driver for half a minute.
		try (var session = driver.session(org.neo4j.driver.SessionConfig.builder()
			.withDefaultAccessMode(org.neo4j.driver.AccessMode.READ)
			.build())) {
			return session.run(statement(document, variables), parameters).list(RawCypher::size).stream()
				.mapToLong(Long::longValue)
				.sum();
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
