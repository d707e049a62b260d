package ca.engagementgraph.leverage;

import static ca.engagementgraph.model.DerivedConcepts.ON_CHANNEL;
import static ca.engagementgraph.model.DerivedConcepts.ON_IN_COUNTRY_CHANNEL;
import static ca.engagementgraph.model.DerivedConcepts.ON_OTTAWA_CHANNEL;
import static ca.engagementgraph.model.DerivedConcepts.designationInForce;
import static ca.engagementgraph.model.DerivedConcepts.sizeClass;

/**
 * The Cypher that answers the program's leveraging questions (DOMAIN.md, "The questions it must answer"), one
 * constant per question, each headed by the question in plain words.
 *
 * <p>Shared definitions, written once and used by the questions below. In them {@code e} is a meeting record and
 * {@code c} the country whose results are at stake. Only HELD meetings ever count as having raised anything.
 *
 * <p>Every meeting, result, key message and action a question uses is tested with {@code visible(x)} (written out by
 * the read support, {@code classification/Visibility}): for a reader without the Protected B clearance a Protected B
 * meeting does not exist, so it raises nothing, is no missed opportunity and counts nowhere.
 */
final class LeverageQueries {

	private LeverageQueries() {
	}

	/** The meeting was attended by department {@code $attendedBy}, itself or through one of its units. */
	static final String ATTENDED_BY_DEPARTMENT = """
			($attendedBy IS NULL
			 OR EXISTS { MATCH (e)-[:ATTENDED_BY]->(:Department {code: $attendedBy}) }
			 OR EXISTS { MATCH (e)-[:ATTENDED_BY]->(:Unit)-[:PART_OF]->(:Department {code: $attendedBy}) })""";

	/**
	 * Question 1. Which results of this country's projects were never raised on the channel (at a HELD meeting,
	 * attended by the given department if one is named, as things stood on {@code $asOf})? For each: its project,
	 * how many days it has waited since it was achieved, and whether the project itself was mentioned on that
	 * channel although this result never was.
	 *
	 * <p>Each result is checked on its own (does a meeting on the channel exist that raised it?), which stops at the
	 * first such meeting and costs nothing for a result never raised; collecting first everything the channel ever
	 * raised cost as many rows as the country had meetings times what each raised (see graph-schema/PERFORMANCE.md).
	 */
	static final String UNLEVERAGED_RESULTS = """
			MATCH (c:Country {iso2: $country})<-[:IN]-(project:Project)
			WITH c, project, EXISTS {
			  MATCH (project)<-[:RAISED]-(e:Engagement {status: 'HELD'})
			  WHERE ($asOf IS NULL OR e.date <= $asOf) AND visible(e:Engagement) AND %1$s AND %2$s
			} AS projectMentioned
			MATCH (project)<-[:OF]-(result:Result)
			WHERE ($asOf IS NULL OR result.achievedOn <= $asOf) AND visible(result:Result)
			  AND NOT EXISTS {
			    MATCH (result)<-[:RAISED]-(e:Engagement {status: 'HELD'})
			    WHERE ($asOf IS NULL OR e.date <= $asOf) AND visible(e:Engagement) AND %1$s AND %2$s
			  }
			WITH {result: result, project: project, projectMentioned: projectMentioned,
			      daysSinceAchieved: duration.inDays(result.achievedOn, coalesce($asOf, $today)).days} AS node,
			     CASE $sort WHEN 'CODE' THEN result.code ELSE result.achievedOn END AS sortValue,
			     result.code AS key
			""".formatted(ATTENDED_BY_DEPARTMENT, ON_CHANNEL);

	/**
	 * Question 2. Per country (or per project): how many results exist, and how many were raised anywhere, with
	 * the country's mission in Canada, in the country, and at meetings each department attended?
	 * Countries are those receiving projects, or the one asked for.
	 */
	static final String LEVERAGING_COVERAGE = """
			CALL () {
			  MATCH (d:Department)
			  WITH d ORDER BY d.code
			  RETURN collect(d) AS departments
			}
			MATCH (c:Country)
			WHERE CASE WHEN $country IS NULL THEN EXISTS { MATCH (c)<-[:IN]-(:Project) } ELSE c.iso2 = $country END
			OPTIONAL MATCH (c)<-[:IN]-(p:Project)
			OPTIONAL MATCH (p)<-[:OF]-(r:Result) WHERE visible(r:Result)
			WITH departments, c, p, r,
			     EXISTS { MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'}) WHERE visible(e:Engagement) } AS anywhere,
			     EXISTS { MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'}) WHERE visible(e:Engagement) AND %s } AS inOttawa,
			     EXISTS { MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'}) WHERE visible(e:Engagement) AND %s } AS inTheCountry,
			     [d IN departments WHERE EXISTS {
			        MATCH (r)<-[:RAISED]-(e:Engagement {status: 'HELD'})-[:ATTENDED_BY]->(x)
			        WHERE (x = d OR EXISTS { MATCH (x:Unit)-[:PART_OF]->(d) }) AND visible(e:Engagement) } | d.code] AS presentAtRaising
			WITH departments, c, CASE WHEN $by = 'PROJECT' THEN p END AS project, r, anywhere, inOttawa, inTheCountry,
			     presentAtRaising
			WHERE $by = 'COUNTRY' OR project IS NOT NULL
			WITH departments, c, project, count(r) AS results,
			     count(CASE WHEN anywhere THEN r END) AS raisedAnywhere,
			     count(CASE WHEN inOttawa THEN r END) AS raisedInOttawa,
			     count(CASE WHEN inTheCountry THEN r END) AS raisedInCountry,
			     collect(CASE WHEN r IS NOT NULL THEN presentAtRaising END) AS presence
			RETURN c AS country, project, results, raisedAnywhere, raisedInOttawa, raisedInCountry,
			       [d IN departments | {department: d, raised: size([codes IN presence WHERE d.code IN codes])}] AS byDepartment
			ORDER BY c.iso2, project.code
			""".formatted(ON_OTTAWA_CHANNEL, ON_IN_COUNTRY_CHANNEL);

	/**
	 * Question 3. At which HELD meetings with this country's mission in Canada (OTTAWA) or with its authorities
	 * (IN_COUNTRY), between the dates, did results exist (achieved before the meeting) that had not yet been raised
	 * on that channel, and yet none of them was raised? With the results that could have been (ordered by the
	 * caller: an ORDER BY inside this subquery trips a planner fault in Neo4j 2026.08 on some plans).
	 *
	 * <p>"Not yet raised on that channel before the meeting" is read from each result's first raising date on each
	 * channel, computed once per result, instead of a search of the result's raisings for every meeting; the
	 * meetings are found from the country's own counterparts (its missions in Canada and its authorities), and the
	 * channels are those counterparts (the same definitions as {@code DerivedConcepts.ON_OTTAWA_CHANNEL} and
	 * {@code ON_IN_COUNTRY_CHANNEL}).
	 */
	static final String MISSED_OPPORTUNITIES = """
			MATCH (c:Country {iso2: $country})
			CALL (c) {
			  OPTIONAL MATCH (c)<-[:REPRESENTS]-(m:Mission)-[:LOCATED_IN]->(:Country {iso2: 'CA'})
			  RETURN collect(m) AS ottawaMissions
			}
			CALL (c) {
			  OPTIONAL MATCH (c)<-[:OF]-(a:Authority)
			  RETURN collect(a) AS authorities
			}
			CALL (c, ottawaMissions, authorities) {
			  MATCH (c)<-[:IN]-(:Project)<-[:OF]-(result:Result)
			  WHERE visible(result:Result)
			  CALL (c, result, ottawaMissions, authorities) {
			    OPTIONAL MATCH (result)<-[:RAISED]-(e:Engagement {status: 'HELD'})
			    WHERE visible(e:Engagement)
			    WITH e, [(e)-[:WITH]->(x) | x] AS counterparts
			    RETURN min(CASE WHEN any(x IN counterparts WHERE x IN ottawaMissions) THEN e.date END) AS firstOttawa,
			           min(CASE WHEN any(x IN counterparts WHERE x IN authorities)
			                      OR (e.setting = 'IN_COUNTRY' AND EXISTS { (e)-[:CONCERNS]->(c) }) THEN e.date END) AS firstInCountry
			  }
			  RETURN collect({result: result, achievedOn: result.achievedOn, firstOttawa: firstOttawa,
			                  firstInCountry: firstInCountry}) AS results
			}
			CALL (ottawaMissions, authorities) {
			  UNWIND ottawaMissions + authorities AS counterpart
			  MATCH (counterpart)<-[:WITH]-(meeting:Engagement {status: 'HELD'})
			  WHERE ($from IS NULL OR meeting.date >= $from) AND ($to IS NULL OR meeting.date <= $to) AND visible(meeting:Engagement)
			  RETURN counterpart, meeting
			}
			WITH results, meeting, counterpart, CASE WHEN counterpart:Mission THEN 'OTTAWA' ELSE 'IN_COUNTRY' END AS channel
			WITH meeting, counterpart, channel,
			     [x IN results WHERE x.achievedOn < meeting.date
			        AND coalesce(CASE channel WHEN 'OTTAWA' THEN x.firstOttawa ELSE x.firstInCountry END, meeting.date) >= meeting.date
			      | x.result] AS couldHaveRaised
			WHERE size(couldHaveRaised) > 0 AND none(raised IN [(meeting)-[:RAISED]->(r:Result) | r] WHERE raised IN couldHaveRaised)
			RETURN meeting, counterpart, channel, couldHaveRaised
			ORDER BY meeting.date, meeting.code
			""";

	/**
	 * The meeting {@code $engagement} a briefing is for, its counterpart and the country {@code c} it is about (the
	 * country a mission or authority counterpart belongs to, else the first country it concerns), one row per way the
	 * counterpart's country was found: the briefing's statements take the first.
	 */
	private static final String BRIEFED_MEETING = """
			MATCH (meeting:Engagement {code: $engagement})
			WHERE visible(meeting:Engagement)
			OPTIONAL MATCH (meeting)-[:WITH]->(counterpart)
			OPTIONAL MATCH (counterpart)-[:REPRESENTS|OF]->(counterpartCountry:Country)
			WHERE counterpart:Mission OR counterpart:Authority
			CALL (meeting) {
			  OPTIONAL MATCH (meeting)-[:CONCERNS]->(concerned:Country)
			  WITH concerned ORDER BY concerned.iso2
			  RETURN head(collect(concerned)) AS firstConcerned
			}
			WITH meeting, counterpart, coalesce(counterpartCountry, firstConcerned) AS c
			""";

	/**
	 * An open action {@code action} from meeting {@code e} is one of the country {@code country}'s: from a meeting
	 * about it alone, or from a meeting about several whose text names it. Both readers' visibility tests included.
	 * The API's two reads of open actions ask it; {@link #BRIEFING_OPEN_ACTIONS}, the from-scratch form the ledger's
	 * test holds them to, keeps its own text.
	 */
	static String openActionOf(String country) {
		return """
				(e)-[:CONCERNS]->(%1$s) AND visible(e:Engagement) AND visible(action:Action)
				  AND (COUNT { (e)-[:CONCERNS]->(:Country) } = 1
				       OR action.textEn CONTAINS %1$s.nameEn OR action.textFr CONTAINS %1$s.nameFr)""".formatted(country);
	}

	/**
	 * Question 4, the briefing pack for a planned meeting. The meeting, its counterpart and the country it is
	 * about (the country a mission or authority counterpart belongs to, else the first country it concerns).
	 */
	static final String BRIEFING_MEETING = """
			%s
			LIMIT 1
			RETURN meeting, counterpart, c AS country
			""".formatted(BRIEFED_MEETING.stripTrailing());

	/**
	 * Question 4: the results of the country never raised at a HELD meeting with this very counterpart, each with
	 * the approved key messages about it or its project, oldest result first.
	 */
	static final String BRIEFING_RESULTS = """
			MATCH (c:Country {iso2: $country})<-[:IN]-(project:Project)<-[:OF]-(result:Result)
			WHERE visible(result:Result) AND NOT EXISTS {
			  MATCH (result)<-[:RAISED]-(e:Engagement {status: 'HELD'})-[:WITH]->(counterpart)
			  WHERE counterpart.code = $counterpart AND visible(e:Engagement)
			}
			CALL (result, project) {
			  UNWIND [(result)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) | m]
			       + [(project)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) | m] AS message
			  WITH DISTINCT message ORDER BY message.approvedOn DESC, message.code
			  RETURN collect(message) AS keyMessages
			}
			RETURN result, project, keyMessages
			ORDER BY result.achievedOn, result.code
			""";

	/**
	 * Question 4 as the briefing pack reads it, in one statement: the meeting, its counterpart and country as
	 * {@link #BRIEFING_MEETING} finds them, and each section the client asked ({@code $asks}) as that section's own
	 * statement reads it: the first page of results to raise from the ledger (one row more than the page, to tell
	 * whether more follow; the walk's order and limit in a subquery of their own, where the index gives the order) and
	 * their count from the country's counters, the agenda, the TD trend, the latest decisions and the open actions.
	 * Sections run only for a planned meeting with a country; {@code BriefingPack.PACK} lists what it answers.
	 * Each section seeks from the country's node or key as its own statement does: the decisions from their few nodes
	 * (160 at scale L), never by a walk of the country's relationships (172,406 for the busiest). The open actions are
	 * projected one row each: a subquery inside a list comprehension there made Neo4j 2026.08's planner fail on the
	 * results' walk ("insertCachedProperties": the walk's cached properties), on the test graph and not at L.
	 */
	static final String BRIEFING_PACK = """
			%3$s
			LIMIT 1
			WITH meeting, counterpart, c,
			     CASE WHEN meeting.status = 'PLANNED' THEN c.iso2 END AS country,
			     CASE WHEN counterpart:Mission OR counterpart:Authority OR counterpart:Organization
			          THEN counterpart.code ELSE '' END AS counterpartCode
			CALL (country, counterpartCode) {
			  UNWIND CASE WHEN $asks.resultsToRaise AND country IS NOT NULL THEN [country] ELSE [] END AS x
			  CALL (x, counterpartCode) {
			    MATCH (row:__RaisableLedger {country: x, kind: 'Result'})
			    USING INDEX row:__RaisableLedger(country, kind, achievedOn, key)
			    WHERE row.key IS NOT NULL AND row.achievedOn IS NOT NULL
			      AND NOT counterpartCode IN CASE WHEN $cleared THEN row.raisedWith ELSE row.raisedWithU END
			      AND ($cleared OR row.classification = 'UNCLASSIFIED')
			    WITH row ORDER BY row.country, row.kind, row.achievedOn, row.key LIMIT $firstResults + 1
			    RETURN row.key AS key, row.achievedOn AS achievedOn, row.project AS projectCode
			  }
			  MATCH (result:Result {code: key})
			  OPTIONAL MATCH (project:Project {code: projectCode})
			  %1$s
			  WITH key, achievedOn, result, project, keyMessages ORDER BY achievedOn, key
			  RETURN collect(%2$s) AS results
			}
			CALL (country, counterpartCode) {
			  OPTIONAL MATCH (counter:__CountryLedger {country: country})
			  RETURN CASE WHEN $cleared THEN coalesce(counter.results, 0) - coalesce(counter['with_' + counterpartCode], 0)
			              ELSE coalesce(counter.resultsU, 0) - coalesce(counter['withU_' + counterpartCode], 0) END AS resultsInAll
			}
			CALL (meeting) {
			  UNWIND CASE WHEN $asks.agenda THEN [meeting] ELSE [] END AS m
			  MATCH (m)-[:ON_AGENDA]->(result:Result)
			  WHERE visible(result:Result)
			  MATCH (result)-[:OF]->(project:Project)
			  %1$s
			  WITH result, project, keyMessages ORDER BY result.code
			  RETURN collect(%2$s) AS agenda
			}
			CALL (c, country) {
			  UNWIND CASE WHEN $asks.tdTrend AND country IS NOT NULL THEN [c] ELSE [] END AS x
			  MATCH (x)<-[:FOR]-(stat:TdStat)
			  WHERE visible(stat:TdStat)
			  WITH stat ORDER BY stat.quarter DESC LIMIT 8
			  WITH stat ORDER BY stat.quarter
			  RETURN collect(stat {.version, .code, .quarter, .requested, .issued, .medianDaysToIssue}) AS tdTrend
			}
			CALL (c, country) {
			  UNWIND CASE WHEN $asks.latestDecisions AND country IS NOT NULL THEN [country] ELSE [] END AS x
			  MATCH (:Country {iso2: x})<-[:CONCERNS]-(decision:Decision)
			  WHERE visible(decision:Decision)
			  WITH decision ORDER BY decision.date DESC, decision.code LIMIT 5
			  RETURN collect(decision {.version, .code, .date, .kind, .textEn, .textFr}) AS latestDecisions
			}
			CALL (c, country) {
			  UNWIND CASE WHEN $asks.openActions AND country IS NOT NULL THEN [c] ELSE [] END AS concerned
			  MATCH (meetingRow:__MeetingLedger)
			  USING INDEX meetingRow:__MeetingLedger(country, openActions)
			  WHERE meetingRow.country = concerned.iso2 AND meetingRow.openActions > 0 AND meetingRow.concerns
			  MATCH (e:Engagement {code: meetingRow.meeting})<-[:FROM]-(action:Action {status: 'OPEN'})
			  WHERE %4$s
			  WITH DISTINCT action ORDER BY action.due, action.code
			  WITH collect(action) AS actions
			  CALL (actions) {
			    UNWIND actions[0..$firstActions] AS a
			    RETURN collect(a {.version, .code, .textEn, .textFr, .due, .status,
			                      assignedTo: COLLECT {
			                        MATCH (a)-[:ASSIGNED_TO]->(d:Department) WHERE visible(d:Department)
			                        RETURN d {.code, .nameEn, .nameFr} ORDER BY d.code
			                      }}) AS openActions
			  }
			  RETURN size(actions) AS openActionCount, openActions
			}
			RETURN meeting.status AS status, {
			  engagement: meeting {.version, .code, .date, .status, .kind, .setting, .level, .summaryEn, .summaryFr},
			  counterpart: CASE WHEN counterpart IS NOT NULL THEN counterpart {.code, .nameEn, .nameFr,
			    __typename: head([label IN labels(counterpart) WHERE label IN ['Mission', 'Authority', 'Organization']])} END,
			  country: c {.iso2, .iso3, .nameEn, .nameFr, .region},
			  resultsToRaise: {totalCount: resultsInAll, nodes: results[0..$firstResults],
			                   pageInfo: {hasNextPage: size(results) > $firstResults, hasPreviousPage: false}},
			  agenda: agenda, tdTrend: tdTrend, latestDecisions: latestDecisions,
			  openActionCount: openActionCount, openActions: openActions
			} AS briefing
			""".formatted("""
			CALL (result, project) {
			    UNWIND [(result)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) | m]
			         + [(project)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) | m] AS message
			    WITH DISTINCT message ORDER BY message.approvedOn DESC, message.code
			    RETURN collect(message {.version, .code, .textEn, .textFr, .approvedOn}) AS keyMessages
			  }""", """
			{result: result {.version, .code, .summaryEn, .summaryFr, .achievedOn},
			                     project: project {.version, .code, .titleEn, .titleFr}, keyMessages: keyMessages}""",
			BRIEFED_MEETING.stripTrailing(), openActionOf("concerned"));

	/** Question 4: the travel-document trend of the country, its last eight quarters, oldest first. */
	static final String BRIEFING_TD_TREND = """
			MATCH (:Country {iso2: $country})<-[:FOR]-(stat:TdStat)
			WHERE visible(stat:TdStat)
			WITH stat ORDER BY stat.quarter DESC LIMIT 8
			RETURN stat ORDER BY stat.quarter
			""";

	/** Question 4: the latest decisions about the country, newest first. */
	static final String BRIEFING_DECISIONS = """
			MATCH (:Country {iso2: $country})<-[:CONCERNS]-(decision:Decision)
			WHERE visible(decision:Decision)
			RETURN decision ORDER BY decision.date DESC, decision.code LIMIT 5
			""";

	/**
	 * Question 4: follow-up actions still open from meetings about the country, soonest due first. An action has no
	 * country of its own: from a meeting about this country alone it is the country's; from a meeting about several
	 * (a working group, a multilateral forum) only when its text names this country, or a country's pack would list
	 * the other countries' actions (and the program-wide ones) agreed at the same table. Walked from every open action
	 * of the program to its meeting and the meeting's countries: the from-scratch form, which the ledger's test holds
	 * {@link LedgerQuestions#BRIEFING_OPEN_ACTIONS} (what the API asks) to. How many there are ({@code total}) and the
	 * first {@code $first} of them ({@code actions}).
	 */
	static final String BRIEFING_OPEN_ACTIONS = """
			MATCH (action:Action {status: 'OPEN'})-[:FROM]->(e:Engagement)-[:CONCERNS]->(c:Country {iso2: $country})
			USING INDEX action:Action(status)
			WHERE visible(e:Engagement) AND visible(action:Action)
			  AND (COUNT { (e)-[:CONCERNS]->(:Country) } = 1
			       OR action.textEn CONTAINS c.nameEn OR action.textFr CONTAINS c.nameFr)
			WITH DISTINCT action ORDER BY action.due, action.code
			WITH collect(action) AS actions
			RETURN size(actions) AS total, actions[0..$first] AS actions
			""";

	/**
	 * Question 5. Which results were never raised at any HELD meeting the department attended (itself or through
	 * a unit)? For each, how many HELD meetings raised it without that department.
	 */
	static final String DISSEMINATION_GAPS = """
			MATCH (c:Country)<-[:IN]-(project:Project)<-[:OF]-(result:Result)
			WHERE ($country IS NULL OR c.iso2 = $country) AND visible(result:Result)
			  AND NOT EXISTS {
			    MATCH (result)<-[:RAISED]-(e:Engagement {status: 'HELD'})
			    WHERE visible(e:Engagement) AND %s
			  }
			WITH {result: result, project: project, country: c,
			      raisedWithoutDepartment: COUNT { MATCH (result)<-[:RAISED]-(e:Engagement {status: 'HELD'}) WHERE visible(e:Engagement) }} AS node,
			     CASE $sort WHEN 'ACHIEVED_ON' THEN result.achievedOn ELSE result.code END AS sortValue,
			     result.code AS key
			""".formatted(ATTENDED_BY_DEPARTMENT);

	/**
	 * Question 6. Who is accountable for leveraging? Designated countries (designation in force) with no engagement
	 * plan; plans where no department holds the LEVERAGE role; preventative countries with no TD statistics.
	 */
	static final String ACCOUNTABILITY_GAPS = """
			CALL () {
			  MATCH (c:Country)<-[:OF]-(d:Designation)
			  WHERE %1$s
			    AND NOT EXISTS { MATCH (c)<-[:FOR]-(:EngagementPlan) }
			  WITH DISTINCT c ORDER BY c.iso2
			  RETURN collect(c) AS designatedWithoutPlan
			}
			CALL () {
			  MATCH (plan:EngagementPlan)
			  WHERE NOT EXISTS { MATCH (:Department)-[:HOLDS_ROLE {role: 'LEVERAGE'}]->(plan) }
			  WITH plan ORDER BY plan.code
			  RETURN collect(plan) AS plansWithoutLeverage
			}
			CALL () {
			  MATCH (c:Country)<-[:OF]-(d:Designation {status: 'PREVENTATIVE'})
			  WHERE %1$s
			    AND NOT EXISTS { MATCH (c)<-[:FOR]-(:TdStat) }
			  WITH DISTINCT c ORDER BY c.iso2
			  RETURN collect(c) AS preventativeWithoutTdStats
			}
			RETURN designatedWithoutPlan, plansWithoutLeverage, preventativeWithoutTdStats
			""".formatted(designationInForce("d"));

	/**
	 * Question 6 as the accountability panel reads it, in one statement: the same three lists as
	 * {@link #ACCOUNTABILITY_GAPS}, each object with the fields the panel asks under it, read as those fields' own hops
	 * read them (visibility tests, orders). {@code AccountabilityGapsController.PANEL} lists what it answers.
	 */
	static final String ACCOUNTABILITY_GAPS_PANEL = """
			CALL () {
			  MATCH (c:Country)<-[:OF]-(d:Designation)
			  WHERE %1$s
			    AND NOT EXISTS { MATCH (c)<-[:FOR]-(:EngagementPlan) }
			  WITH DISTINCT c ORDER BY c.iso2
			  RETURN collect(c {.iso2, .iso3, .nameEn, .nameFr, .region,
			                    designations: COLLECT {
			                      MATCH (c)<-[:OF]-(x:Designation) WHERE visible(x:Designation)
			                      RETURN x {.code, .status, .from, .to} ORDER BY x.from DESC, x.code
			                    }}) AS designatedWithoutPlan
			}
			CALL () {
			  MATCH (plan:EngagementPlan)
			  WHERE NOT EXISTS { MATCH (:Department)-[:HOLDS_ROLE {role: 'LEVERAGE'}]->(plan) }
			  WITH plan ORDER BY plan.code
			  RETURN collect(plan {.version, .code, .approvedOn, .escalationStage,
			                       country: COLLECT {
			                         MATCH (plan)-[:FOR]->(n:Country) WHERE visible(n:Country)
			                         RETURN n {.iso2, .iso3, .nameEn, .nameFr, .region} ORDER BY n.iso2 LIMIT 1
			                       }[0],
			                       roles: COLLECT {
			                         MATCH (plan)<-[h:HOLDS_ROLE]-(d:Department) WHERE visible(d:Department)
			                         RETURN {role: h.role, department: d {.code, .nameEn, .nameFr}} ORDER BY d.code
			                       }}) AS plansWithoutLeverage
			}
			CALL () {
			  MATCH (c:Country)<-[:OF]-(d:Designation {status: 'PREVENTATIVE'})
			  WHERE %1$s
			    AND NOT EXISTS { MATCH (c)<-[:FOR]-(:TdStat) }
			  WITH DISTINCT c ORDER BY c.iso2
			  RETURN collect(c {.iso2, .iso3, .nameEn, .nameFr, .region}) AS preventativeWithoutTdStats
			}
			RETURN {designatedWithoutPlan: designatedWithoutPlan, plansWithoutLeverage: plansWithoutLeverage,
			        preventativeWithoutTdStats: preventativeWithoutTdStats} AS gaps
			""".formatted(designationInForce("d"));

	/** Question 7: the country's travel-document statistics, quarter by quarter. */
	static final String TD_STATISTICS = """
			MATCH (:Country {iso2: $country})<-[:FOR]-(stat:TdStat)
			WHERE visible(stat:TdStat)
			RETURN stat ORDER BY stat.quarter
			""";

	/**
	 * Question 7: the HELD meetings that raised results of the country, in date order, each with how many of its
	 * results it cited and whether it was on the OTTAWA channel.
	 */
	static final String RAISING_MEETINGS = """
			MATCH (c:Country {iso2: $country})<-[:IN]-(:Project)<-[:OF]-(result:Result)<-[:RAISED]-(e:Engagement {status: 'HELD'})
			WHERE visible(result:Result) AND visible(e:Engagement)
			WITH c, e, count(result) AS resultsRaised
			RETURN e AS meeting, resultsRaised, %s AS ottawa
			ORDER BY e.date, e.code
			""".formatted(ON_OTTAWA_CHANNEL);

	/**
	 * Question 8. What did the envelope fund? Projects and funding by priority area (every area, even with no
	 * project), by the current designation of the recipient country, by implementing partner, by status and by
	 * size class. A project with several areas or partners counts in each of them. An envelope's projects are found
	 * from the envelope (its relationships grouped by type): asked of each project, the test walked every project's
	 * relationships (271,255 database hits for the 10,000 projects at scale L, a quarter of the statement's).
	 */
	static final String PROGRAM_PROFILE = """
			CALL () {
			  CALL () {
			    UNWIND CASE WHEN $envelope IS NULL THEN [] ELSE [$envelope] END AS code
			    MATCH (:Envelope {code: code})<-[:FUNDED_BY]-(p:Project)
			    RETURN DISTINCT p
			    UNION ALL
			    UNWIND CASE WHEN $envelope IS NULL THEN [true] ELSE [] END AS every
			    MATCH (p:Project)
			    RETURN p
			  }
			  RETURN collect(p) AS projects
			}
			CALL (projects) {
			  MATCH (area:PriorityArea)
			  OPTIONAL MATCH (area)<-[:ADDRESSES]-(p:Project) WHERE p IN projects
			  WITH area, count(p) AS projectCount, coalesce(sum(p.fundingCad), 0) AS funding ORDER BY area.code
			  RETURN collect({priorityArea: area, projects: projectCount, fundingCad: funding}) AS byPriorityArea
			}
			CALL (projects) {
			  UNWIND projects AS p
			  OPTIONAL MATCH (p)-[:IN]->(:Country)<-[:OF]-(d:Designation)
			  WHERE %1$s
			  WITH p, coalesce(head(collect(d.status)), 'NONE') AS designation
			  WITH designation, count(p) AS projectCount, sum(p.fundingCad) AS funding ORDER BY designation
			  RETURN collect({designation: designation, projects: projectCount, fundingCad: funding}) AS byDesignation
			}
			CALL (projects) {
			  UNWIND projects AS p
			  MATCH (p)-[:IMPLEMENTED_BY]->(partner:Organization)
			  WITH partner, count(p) AS projectCount, sum(p.fundingCad) AS funding ORDER BY funding DESC, partner.code
			  RETURN collect({partner: partner, projects: projectCount, fundingCad: funding}) AS byPartner
			}
			CALL (projects) {
			  UNWIND projects AS p
			  WITH p.status AS status, count(p) AS projectCount, sum(p.fundingCad) AS funding ORDER BY status
			  RETURN collect({status: status, projects: projectCount, fundingCad: funding}) AS byStatus
			}
			CALL (projects) {
			  UNWIND projects AS p
			  WITH %2$s AS sizeClass, p
			  WITH sizeClass, count(p) AS projectCount, sum(p.fundingCad) AS funding ORDER BY sizeClass DESC
			  RETURN collect({sizeClass: sizeClass, projects: projectCount, fundingCad: funding}) AS bySizeClass
			}
			RETURN size(projects) AS projectCount, reduce(total = 0, p IN projects | total + p.fundingCad) AS fundingCad,
			       byPriorityArea, byDesignation, byPartner, byStatus, bySizeClass
			""".formatted(designationInForce("d"), sizeClass("p"));
}
