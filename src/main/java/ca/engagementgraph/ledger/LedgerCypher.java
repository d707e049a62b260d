package ca.engagementgraph.ledger;

import java.util.List;

import ca.engagementgraph.model.ClassificationRule;

/**
 * The Cypher that keeps the leverage ledger, in one place. The channel rules are the product's own (MODEL.md,
 * section 7): a meeting is on the OTTAWA channel of country {@code c} when it was WITH one of c's missions located in
 * Canada; on its IN_COUNTRY channel when it was WITH one of c's authorities, or held in c (setting IN_COUNTRY and
 * CONCERNS c). A department attended a meeting itself or through one of its units. Only HELD meetings raise.
 *
 * <p>Every statement takes element ids or keys in lists and returns plain values (no nodes), so that it runs the same
 * inside the database's own commit hook and through the driver.
 */
final class LedgerCypher {

	private LedgerCypher() {
	}

	/** Whether meeting {@code e} is on country {@code c}'s OTTAWA channel. */
	static final String OTTAWA_CHANNEL = """
			EXISTS { MATCH (e)-[:WITH]->(m:Mission)-[:REPRESENTS]->(c) WHERE EXISTS { (m)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) } }""";

	/** Whether meeting {@code e} is on country {@code c}'s IN_COUNTRY channel. */
	static final String IN_COUNTRY_CHANNEL = """
			(EXISTS { (e)-[:WITH]->(:Authority)-[:OF]->(c) } OR (e.setting = 'IN_COUNTRY' AND EXISTS { (e)-[:CONCERNS]->(c) }))""";

	/** The departments that attended meeting {@code e}, themselves or through a unit (may repeat). */
	static final String DEPARTMENTS_PRESENT = """
			[(e)-[:ATTENDED_BY]->(d:Department) | d.code] + [(e)-[:ATTENDED_BY]->(:Unit)-[:PART_OF]->(d:Department) | d.code]""";

	/**
	 * Whether meeting {@code e} is Unclassified, so that readers without clearance see it: the product's one rule
	 * ({@link ClassificationRule#visibleTo}) for a reader without the clearance.
	 */
	static final String UNCLASSIFIED_MEETING = ClassificationRule.visibleTo("e", "Engagement").replace("$cleared", "false");

	/** What one HELD meeting {@code e} contributes to a raisable of country {@code c}. */
	static final String RAISING = """
			{date: e.date, ottawa: %s, inCountry: %s, departments: %s, unclassified: %s,
			 counterparts: [(e)-[:WITH]->(w) WHERE w.code IS NOT NULL | w.code]}"""
		.formatted(OTTAWA_CHANNEL, IN_COUNTRY_CHANNEL, DEPARTMENTS_PRESENT, UNCLASSIFIED_MEETING);

	/**
	 * What the radar ranks result {@code x} by (its priority date, {@link RaisableRow.Ranking}), as columns:
	 * {@code type}, and whether an approved key message is ABOUT it or its project ({@code keyMessage}), counting only
	 * Unclassified messages ({@code keyMessageU}). Null and false for a project.
	 */
	static final String RANKING = """
			CASE WHEN x:Result THEN x.type END AS type,
			       x:Result AND (EXISTS { MATCH (m:KeyMessage)-[:ABOUT]->(x) WHERE m.approvedOn IS NOT NULL }
			                     OR EXISTS { MATCH (m:KeyMessage)-[:ABOUT]->(:Project)<-[:OF]-(x) WHERE m.approvedOn IS NOT NULL }) AS keyMessage,
			       x:Result AND (EXISTS { MATCH (m:KeyMessage)-[:ABOUT]->(x) WHERE m.approvedOn IS NOT NULL AND %1$s }
			                     OR EXISTS { MATCH (m:KeyMessage)-[:ABOUT]->(:Project)<-[:OF]-(x) WHERE m.approvedOn IS NOT NULL AND %1$s }) AS keyMessageU"""
		.formatted(ClassificationRule.visibleTo("m", "KeyMessage").replace("$cleared", "false"));

	/**
	 * The raisables (results and projects) given by element id, one row per country they belong to (a result: its
	 * projects' countries; a project: its own), with their identity and, when {@code $withRaisings}, every HELD
	 * meeting that raised them. A raisable that belongs to no country comes back once with a null country.
	 */
	static final String RAISABLES = """
			UNWIND $ids AS id
			MATCH (x) WHERE elementId(x) = id AND (x:Result OR x:Project)
			CALL (x) {
			  OPTIONAL MATCH (x)-[:OF]->(project:Project)-[:IN]->(c:Country) WHERE x:Result
			  RETURN project, c
			  UNION
			  OPTIONAL MATCH (x)-[:IN]->(c:Country) WHERE x:Project
			  RETURN x AS project, c
			}
			WITH x, c, min(project.code) AS project
			WITH x, collect(CASE WHEN c IS NOT NULL THEN {country: c, project: project} END) AS memberships
			WITH x, CASE WHEN size(memberships) = 0 THEN [null] ELSE memberships END AS memberships
			UNWIND memberships AS membership
			WITH x, membership.country AS c, membership.project AS project,
			     reduce(first = null, m IN memberships | CASE WHEN first IS NULL OR m.country.iso2 < first THEN m.country.iso2 ELSE first END) AS primaryCountry
			CALL (x, c) {
			  OPTIONAL MATCH (x)<-[:RAISED]-(e:Engagement {status: 'HELD'}) WHERE $withRaisings AND c IS NOT NULL
			  RETURN collect(CASE WHEN e IS NOT NULL THEN %s END) AS raisings
			}
			RETURN elementId(x) AS id, CASE WHEN x:Result THEN 'Result' ELSE 'Project' END AS kind, x.code AS key,
			       c.iso2 AS country, project, coalesce(x.achievedOn, x.start) AS achievedOn,
			       coalesce(x.classification, 'UNCLASSIFIED') AS classification, c.iso2 = primaryCountry AS primary, raisings,
			       %s
			""".formatted(RAISING, RANKING);

	/**
	 * For meetings (element ids), each with raisables it raised ({@code {meeting, raisables}}), where the meeting is
	 * HELD: what the meeting contributes to each raisable in each of the raisable's countries. The contribution depends
	 * on the meeting and the country only, so it is worked out once per meeting and country, not once per raisable (a
	 * meeting raising ten results of one country: once, not ten times).
	 */
	static final String MEETING_RAISINGS = """
			UNWIND $meetings AS raised
			MATCH (e:Engagement {status: 'HELD'}) WHERE elementId(e) = raised.meeting
			UNWIND raised.raisables AS id
			MATCH (e)-[:RAISED]->(x) WHERE elementId(x) = id
			CALL (x) {
			  MATCH (x)-[:OF]->(:Project)-[:IN]->(c:Country) WHERE x:Result
			  RETURN c
			  UNION
			  MATCH (x)-[:IN]->(c:Country) WHERE x:Project
			  RETURN c
			}
			WITH e, c, collect({id: id, kind: CASE WHEN x:Result THEN 'Result' ELSE 'Project' END, key: x.code}) AS raisables
			WITH c, raisables, %s AS raising
			UNWIND raisables AS raisable
			RETURN raisable.id AS id, raisable.kind AS kind, raisable.key AS key, c.iso2 AS country, raising
			""".formatted(RAISING);

	/** The ledger rows held today for raisables, by kind and key. */
	static final String ROWS_OF = """
			UNWIND $raisables AS raisable
			MATCH (row:__RaisableLedger {kind: raisable.kind, key: raisable.key})
			RETURN properties(row) AS row
			""";

	/** Writes rows (their full set of properties) and deletes others, by id. */
	static final String WRITE_ROWS = """
			CALL () {
			  UNWIND $deleted AS id
			  MATCH (row:__RaisableLedger {id: id})
			  DELETE row
			}
			UNWIND $rows AS properties
			MERGE (row:__RaisableLedger {id: properties.id})
			SET row = properties
			""";

	/**
	 * Adds deltas to the coverage counters of countries and of projects (per country). Each counter node is locked
	 * before it is read (a write that sets and removes a marker), so concurrent writers add up instead of overwriting
	 * each other; callers send changes sorted by key, so two writers lock in the same order.
	 */
	static final String COUNTRY_COUNTERS = """
			UNWIND $changes AS change
			MERGE (counter:__CountryLedger {country: change.country})
			SET counter.`__lock` = true REMOVE counter.`__lock`
			FOREACH (name IN keys(change.deltas) | SET counter[name] = coalesce(counter[name], 0) + change.deltas[name])
			WITH counter WHERE all(name IN keys(counter) WHERE name IN ['country', 'project', 'quarter'] OR counter[name] = 0)
			DELETE counter
			""";

	static final String PROJECT_COUNTERS = """
			UNWIND $changes AS change
			MERGE (counter:__ProjectLedger {project: change.project, country: change.country})
			SET counter.`__lock` = true REMOVE counter.`__lock`
			FOREACH (name IN keys(change.deltas) | SET counter[name] = coalesce(counter[name], 0) + change.deltas[name])
			WITH counter WHERE all(name IN keys(counter) WHERE name IN ['country', 'project', 'quarter'] OR counter[name] = 0)
			DELETE counter
			""";

	/** The element ids of the raisables (results and projects) meetings raised, by meeting element id. */
	static final String RAISED_BY = """
			UNWIND $meetings AS id
			MATCH (e:Engagement)-[:RAISED]->(x) WHERE elementId(e) = id AND (x:Result OR x:Project)
			RETURN id AS meeting, collect(elementId(x)) AS raisables
			""";

	/**
	 * The element ids of the meetings WITH any of these counterparts, or attended by any of these units or
	 * departments (a department also through its units).
	 */
	static final String MEETINGS_THROUGH = """
			UNWIND $nodes AS id
			MATCH (n) WHERE elementId(n) = id
			CALL (n) {
			  MATCH (n)<-[:WITH|ATTENDED_BY]-(e:Engagement) RETURN e
			  UNION
			  MATCH (n:Department)<-[:PART_OF]-(:Unit)<-[:ATTENDED_BY]-(e:Engagement) RETURN e
			}
			RETURN collect(DISTINCT elementId(e)) AS meetings
			""";

	/** The element ids of the results of projects (a project's country changed: its results' rows change too). */
	static final String RESULTS_OF_PROJECTS = """
			UNWIND $projects AS id
			MATCH (p:Project)<-[:OF]-(r:Result) WHERE elementId(p) = id
			RETURN collect(DISTINCT elementId(r)) AS results
			""";

	/** The element ids of the meetings that raised these raisables. */
	static final String MEETINGS_RAISING = """
			UNWIND $raisables AS id
			MATCH (x)<-[:RAISED]-(e:Engagement) WHERE elementId(x) = id
			RETURN collect(DISTINCT elementId(e)) AS meetings
			""";

	/** How many follow-up actions from meeting {@code e} are still open (whatever they say, whoever may read them). */
	static final String OPEN_ACTIONS = "COUNT { (e)<-[:FROM]-(:Action {status: 'OPEN'}) }";

	/**
	 * Meetings by element id ({@code source}), one row per country whose channel they are on (a mission of it in Canada,
	 * an authority of it) or whose results or projects they raised, with what the meeting is to that country. The citations are
	 * counted from the meeting's side, a list of the countries of what it raised: as {@code COUNT} with the country bound,
	 * the planner started from the country (1,700 projects of the busiest, 124,000 reads for one recorded meeting).
	 */
	static final String MEETINGS = """
			UNWIND $ids AS id
			MATCH (e:Engagement) WHERE elementId(e) = id
			CALL (e) {
			  MATCH (e)-[:WITH]->(:Mission)-[:REPRESENTS]->(c:Country) RETURN c
			  UNION
			  MATCH (e)-[:WITH]->(:Authority)-[:OF]->(c:Country) RETURN c
			  UNION
			  MATCH (e)-[:RAISED]->(:Result)-[:OF]->(:Project)-[:IN]->(c:Country) RETURN c
			  UNION
			  MATCH (e)-[:RAISED]->(:Project)-[:IN]->(c:Country) RETURN c
			  UNION
			  MATCH (e)-[:CONCERNS]->(c:Country) RETURN c
			}
			RETURN id AS source, e.code AS meeting, c.iso2 AS country, e.date AS date, e.status AS status,
			       e.setting AS setting, EXISTS { (e)-[:CONCERNS]->(c) } AS concerns,
			       %s AS unclassified,
			       [channel IN [CASE WHEN %s THEN 'OTTAWA' END,
			                    CASE WHEN EXISTS { (e)-[:WITH]->(:Authority)-[:OF]->(c) } THEN 'IN_COUNTRY' END]
			        WHERE channel IS NOT NULL] AS channels,
			       size([x IN [(e)-[:RAISED]->(:Result)-[:OF]->(:Project)-[:IN]->(k:Country) | k] WHERE x = c]) AS citations,
			       %s AS departments,
			       [(e)-[:WITH]->(o:Organization) WHERE o.code IS NOT NULL | o.code] AS forums,
			       %s AS openActions,
			       %s AS firstRaiser,
			       %s AS firstRaiserU
			""".formatted(UNCLASSIFIED_MEETING, OTTAWA_CHANNEL, DEPARTMENTS_PRESENT, OPEN_ACTIONS, firstRaiser("ottawa", false),
			firstRaiser("ottawaU", true));

	/**
	 * Whether meeting {@code e} raised a result of country {@code c} on the day that result was first raised in Ottawa
	 * ({@code fact}: {@code ottawa}, or {@code ottawaU} counting only Unclassified meetings, and then only Unclassified
	 * results), the result achieved before that day: it took a waiting result, so it missed nothing. Read from the
	 * result rows, which the same transaction has brought up to date before the meeting rows
	 * ({@link MeetingRow#properties} keeps it for held Ottawa meetings only).
	 */
	private static String firstRaiser(String fact, boolean unclassifiedResults) {
		return """
				EXISTS { MATCH (e)-[:RAISED]->(r:Result)
				         MATCH (x:__RaisableLedger {id: 'Result:' + r.code + '@' + c.iso2})
				         WHERE x.%s = e.date AND x.achievedOn < e.date%s }""".formatted(fact,
				unclassifiedResults ? " AND x.classification = 'UNCLASSIFIED'" : "");
	}

	/**
	 * The element ids of the HELD meetings that raised a result on one of some dates ({@code $changes}:
	 * {@code {key, dates}}): when a result's first Ottawa raising or its achievement moves, these are the meetings
	 * whose {@code firstRaiser} facts may change with it.
	 */
	static final String RAISED_ON = """
			UNWIND $changes AS change
			MATCH (:Result {code: change.key})<-[:RAISED]-(e:Engagement {status: 'HELD'})
			WHERE e.date IN change.dates
			RETURN collect(DISTINCT elementId(e)) AS meetings
			""";

	/** The meeting rows held today, by meeting code. */
	static final String MEETING_ROWS_OF = """
			UNWIND $meetings AS meeting
			MATCH (row:__MeetingLedger {meeting: meeting})
			RETURN properties(row) AS row
			""";

	static final String WRITE_MEETING_ROWS = """
			CALL () {
			  UNWIND $deleted AS id
			  MATCH (row:__MeetingLedger {id: id})
			  DELETE row
			}
			UNWIND $rows AS properties
			MERGE (row:__MeetingLedger {id: properties.id})
			SET row = properties
			""";

	static final String QUARTER_COUNTERS = """
			UNWIND $changes AS change
			MERGE (counter:__QuarterLedger {country: change.country, quarter: change.quarter})
			SET counter.`__lock` = true REMOVE counter.`__lock`
			FOREACH (name IN keys(change.deltas) | SET counter[name] = coalesce(counter[name], 0) + change.deltas[name])
			WITH counter WHERE all(name IN keys(counter) WHERE name IN ['country', 'project', 'quarter'] OR counter[name] = 0)
			DELETE counter
			""";

	/** Format 5, in place: each meeting row counts the open follow-up actions from its meeting (none: no property). */
	static final String UPGRADE_OPEN_ACTIONS = """
			MATCH (:Action {status: 'OPEN'})-[:FROM]->(e:Engagement)
			WITH DISTINCT e
			MATCH (row:__MeetingLedger {meeting: e.code})
			SET row.openActions = %s
			""".formatted(OPEN_ACTIONS);

	/** Format 5, in place: the dated rows' counters of each country and project ({@link RaisableRow#counted}). */
	static final String UPGRADE_DATED_COUNTERS = """
			MATCH (row:__RaisableLedger {kind: 'Result'})
			WHERE row.key IS NOT NULL AND row.achievedOn IS NOT NULL
			WITH row.country AS country, row.project AS project, count(*) AS dated,
			     count(CASE WHEN row.ottawa < date('9999-12-31') THEN 1 END) AS ottawa,
			     count(CASE WHEN row.inCountry < date('9999-12-31') THEN 1 END) AS inCountry
			CALL (country, project, dated, ottawa, inCountry) {
			  MATCH (counter:__ProjectLedger {country: country, project: project})
			  SET counter.dated = dated, counter.dated_ottawa = CASE WHEN ottawa > 0 THEN ottawa END,
			      counter.dated_inCountry = CASE WHEN inCountry > 0 THEN inCountry END
			}
			WITH country, sum(dated) AS dated, sum(ottawa) AS ottawa, sum(inCountry) AS inCountry
			MATCH (counter:__CountryLedger {country: country})
			SET counter.dated = dated, counter.dated_ottawa = CASE WHEN ottawa > 0 THEN ottawa END,
			    counter.dated_inCountry = CASE WHEN inCountry > 0 THEN inCountry END
			""";

	/**
	 * Format 6, in place: the meeting rows of the held Ottawa meetings that first raised a waiting result
	 * ({@link MeetingRow#properties}), from the result rows' first Ottawa raisings, then their quarter counters.
	 */
	static final List<String> UPGRADE_FIRST_RAISERS = List.of("""
			MATCH (x:__RaisableLedger {kind: 'Result'})
			WHERE x.key IS NOT NULL AND x.ottawa < date('9999-12-31') AND x.achievedOn < x.ottawa
			MATCH (:Result {code: x.key})<-[:RAISED]-(e:Engagement {status: 'HELD', date: x.ottawa})
			MATCH (row:__MeetingLedger {id: e.code + '@' + x.country})
			WHERE 'OTTAWA' IN row.channels
			SET row.firstRaiser = true
			""", """
			MATCH (x:__RaisableLedger {kind: 'Result', classification: 'UNCLASSIFIED'})
			WHERE x.key IS NOT NULL AND x.ottawaU < date('9999-12-31') AND x.achievedOn < x.ottawaU
			MATCH (:Result {code: x.key})<-[:RAISED]-(e:Engagement {status: 'HELD', date: x.ottawaU})
			MATCH (row:__MeetingLedger {id: e.code + '@' + x.country})
			WHERE 'OTTAWA' IN row.channels AND row.unclassified
			SET row.firstRaiserU = true
			""", """
			MATCH (row:__MeetingLedger {status: 'HELD'})
			WHERE (row.firstRaiser OR row.firstRaiserU) AND row.quarter IS NOT NULL
			WITH row.country AS country, row.quarter AS quarter, count(CASE WHEN row.firstRaiser THEN 1 END) AS firstRaisers,
			     count(CASE WHEN row.firstRaiserU THEN 1 END) AS firstRaisersU
			MATCH (counter:__QuarterLedger {country: country, quarter: quarter})
			SET counter.firstRaisers = CASE WHEN firstRaisers > 0 THEN firstRaisers END,
			    counter.firstRaisersU = CASE WHEN firstRaisersU > 0 THEN firstRaisersU END
			""");
}
