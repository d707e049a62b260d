package ca.engagementgraph.engagement;

import java.util.Map;

import ca.engagementgraph.api.read.Hop;
import ca.engagementgraph.api.read.ListQuery;

/** The Cypher behind meeting records, key messages and follow-up actions. */
final class EngagementQueries {

	private EngagementQueries() {
	}

	static final String ENGAGEMENT_BY_CODE = "MATCH (node:Engagement {code: $code}) RETURN node";
	static final String KEY_MESSAGE_BY_CODE = "MATCH (node:KeyMessage {code: $code}) RETURN node";
	static final String ACTION_BY_CODE = "MATCH (node:Action {code: $code}) RETURN node";

	static final ListQuery<Engagement> ENGAGEMENTS = ListQuery.ordered(Engagement.class, """
			MATCH (node:Engagement)
			WHERE ($status IS NULL OR node.status = $status)
			  AND ($kind IS NULL OR node.kind = $kind)
			  AND ($setting IS NULL OR node.setting = $setting)
			  AND ($level IS NULL OR node.level = $level)
			  AND ($from IS NULL OR node.date >= $from)
			  AND ($to IS NULL OR node.date <= $to)
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:CONCERNS]->(c:Country) WHERE c.iso2 = $country OR c.iso3 = $country })
			  AND ($department IS NULL OR EXISTS { MATCH (node)-[:ATTENDED_BY]->(:Department {code: $department}) }
			       OR EXISTS { MATCH (node)-[:ATTENDED_BY]->(:Unit)-[:PART_OF]->(:Department {code: $department}) })
			  AND ($counterpart IS NULL OR EXISTS { MATCH (node)-[:WITH]->(c) WHERE c.code = $counterpart })
			""", "code",
			Map.of("DATE", "node.date", "CODE", "node.code"));

	static final ListQuery<KeyMessage> KEY_MESSAGES = ListQuery.ordered(KeyMessage.class, """
			MATCH (node:KeyMessage)
			WHERE ($department IS NULL OR EXISTS { MATCH (node)-[:DRAFTED_BY]->(:Department {code: $department}) })
			  AND ($about IS NULL OR EXISTS { MATCH (node)-[:ABOUT]->(s) WHERE s.code = $about AND visible(s) })
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:ABOUT]->(s)-[:OF|IN*1..2]->(c:Country)
			        WHERE (s:Result OR s:Project) AND visible(s) AND (c.iso2 = $country OR c.iso3 = $country) })
			""", "code",
			Map.of("APPROVED_ON", "node.approvedOn", "CODE", "node.code"));

	static final ListQuery<Action> ACTIONS = ListQuery.ordered(Action.class, """
			MATCH (node:Action)
			WHERE ($status IS NULL OR node.status = $status)
			  AND ($dueBefore IS NULL OR node.due <= $dueBefore)
			  AND ($department IS NULL OR EXISTS { MATCH (node)-[:ASSIGNED_TO]->(:Department {code: $department}) })
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:FROM]->(e:Engagement)-[:CONCERNS]->(c:Country)
			        WHERE (c.iso2 = $country OR c.iso3 = $country) AND visible(e:Engagement) })
			""", "code",
			Map.of("DUE", "node.due", "CODE", "node.code"));

	/** Who Canada met: the counterpart can be a mission, an authority or an organization. */
	static final Hop ENGAGEMENT_COUNTERPART = new Hop("""
			MATCH (source:Engagement)-[r:WITH]->(target)
			WHERE source.code IN $keys AND (target:Mission OR target:Authority OR target:Organization) AND visible(target)
			RETURN source.code AS key, target AS node, properties(r) AS relationship
			""");

	/** Departments and units present, the lead first. */
	static final Hop ENGAGEMENT_ATTENDANCE = new Hop("""
			MATCH (source:Engagement)-[r:ATTENDED_BY]->(target)
			WHERE source.code IN $keys AND (target:Department OR target:Unit) AND visible(target)
			RETURN source.code AS key, target AS node, properties(r) AS relationship
			ORDER BY coalesce(r.lead, false) DESC, target.code
			""");

	static final Hop ENGAGEMENT_COUNTRIES = Hop.outgoing("Engagement", "CONCERNS", "Country");
	static final Hop ENGAGEMENT_RESULTS = Hop.outgoing("Engagement", "RAISED", "Result");
	static final Hop ENGAGEMENT_PROJECTS = Hop.outgoing("Engagement", "RAISED", "Project");
	static final Hop ENGAGEMENT_KEY_MESSAGES = Hop.outgoing("Engagement", "USED", "KeyMessage");
	static final Hop ENGAGEMENT_FOLLOWS = Hop.outgoing("Engagement", "FOLLOWS", "Engagement");
	static final Hop ENGAGEMENT_FOLLOWED_BY = Hop.incoming("Engagement", "FOLLOWS", "Engagement", "date", false);
	static final Hop ENGAGEMENT_SERIES = Hop.outgoing("Engagement", "PART_OF", "Organization");
	static final Hop ENGAGEMENT_ACTIONS = Hop.incoming("Engagement", "FROM", "Action", "due", false);
	static final Hop KEY_MESSAGE_RESULTS = Hop.outgoing("KeyMessage", "ABOUT", "Result");
	static final Hop KEY_MESSAGE_PROJECTS = Hop.outgoing("KeyMessage", "ABOUT", "Project");
	static final Hop KEY_MESSAGE_DEPARTMENTS = Hop.outgoing("KeyMessage", "DRAFTED_BY", "Department");
	static final Hop KEY_MESSAGE_USED_AT = Hop.incoming("KeyMessage", "USED", "Engagement", "date", true);
	static final Hop ACTION_FROM = Hop.outgoing("Action", "FROM", "Engagement");
	static final Hop ACTION_DEPARTMENTS = Hop.outgoing("Action", "ASSIGNED_TO", "Department");

	// Relationships that lead here from the types of modules this one builds on (their fields are served here).
	/**
	 * The meetings about each country ({@code $keys}), newest first: a walk of the leverage ledger's rows of the
	 * meetings about it, in the order of its index (country, concerns, date, meeting), that stops at the page. The
	 * busiest country at scale L has 170,000 meetings, which a walk of its CONCERNS relationships read and sorted.
	 * Ties on the date keep the meeting codes in ascending order, like the other lists of meetings. The country is
	 * matched with {@code IN $keys}, not from an UNWIND: the page is cut per country ({@code FirstOf}, which asks for
	 * one country at a time), and a seek whose value comes through an UNWIND loses the index's order (at L the walk
	 * then read all 170,000 rows and sorted them instead of 124).
	 */
	static final Hop COUNTRY_ENGAGEMENTS = new Hop("""
			MATCH (row:__MeetingLedger {concerns: true})
			USING INDEX row:__MeetingLedger(country, concerns, date, meeting)
			WHERE row.country IN $keys AND row.date IS NOT NULL AND row.meeting IS NOT NULL AND ($cleared OR row.unclassified)
			MATCH (node:Engagement {code: row.meeting})
			WHERE visible(node:Engagement)
			RETURN row.country AS key, node, {} AS relationship
			ORDER BY row.country DESC, row.concerns DESC, row.date DESC, row.meeting
			""");

	/**
	 * The held meetings about each country ({@code $keys}) the reader may see, counted per quarter, in Ottawa (setting
	 * OTTAWA) and elsewhere, oldest quarter first: read from the leverage ledger's quarter counters ({@code about},
	 * {@code aboutInOttawa}, their {@code U} twins for a reader without clearance), kept with every change.
	 */
	static final String MEETINGS_PER_QUARTER = """
			UNWIND $keys AS key
			MATCH (counter:__QuarterLedger {country: key})
			WHERE counter.quarter IS NOT NULL AND coalesce(counter[CASE WHEN $cleared THEN 'about' ELSE 'aboutU' END], 0) > 0
			WITH key, counter.quarter AS quarter,
			     coalesce(counter[CASE WHEN $cleared THEN 'about' ELSE 'aboutU' END], 0) AS about,
			     coalesce(counter[CASE WHEN $cleared THEN 'aboutInOttawa' ELSE 'aboutInOttawaU' END], 0) AS ottawa
			RETURN key, quarter, ottawa, about - ottawa AS elsewhere
			ORDER BY key, quarter
			""";
	static final Hop MISSION_ENGAGEMENTS = Hop.incoming("Mission", "WITH", "Engagement", "date", true);
	static final Hop AUTHORITY_ENGAGEMENTS = Hop.incoming("Authority", "WITH", "Engagement", "date", true);
	static final Hop DEPARTMENT_ENGAGEMENTS = Hop.incoming("Department", "ATTENDED_BY", "Engagement", "date", true);
	static final Hop DEPARTMENT_KEY_MESSAGES = Hop.incoming("Department", "DRAFTED_BY", "KeyMessage");
	static final Hop DEPARTMENT_ACTIONS = Hop.incoming("Department", "ASSIGNED_TO", "Action", "due", false);
	static final Hop UNIT_ENGAGEMENTS = Hop.incoming("Unit", "ATTENDED_BY", "Engagement", "date", true);
	static final Hop ORGANIZATION_ENGAGEMENTS = Hop.incoming("Organization", "WITH", "Engagement", "date", true);
	static final Hop ORGANIZATION_MEETINGS = Hop.incoming("Organization", "PART_OF", "Engagement", "date", true);
	static final Hop PROJECT_RAISED_AT = Hop.incoming("Project", "RAISED", "Engagement", "date", true);
	static final Hop PROJECT_KEY_MESSAGES = Hop.incoming("Project", "ABOUT", "KeyMessage");
	static final Hop RESULT_RAISED_AT = Hop.incoming("Result", "RAISED", "Engagement", "date", true);
	static final Hop RESULT_KEY_MESSAGES = Hop.incoming("Result", "ABOUT", "KeyMessage");
}
