package ca.engagementgraph.cooperation;

import java.util.Map;

import static ca.engagementgraph.model.DerivedConcepts.designationInForceOn;

import ca.engagementgraph.graph.Hop;
import ca.engagementgraph.graph.ListQuery;

/** The Cypher behind the Protected B parts of the API: designations, decisions, plans, TD statistics. */
final class CooperationQueries {

	private CooperationQueries() {
	}

	static final String DESIGNATION_BY_CODE = "MATCH (node:Designation {code: $code}) RETURN node";

	static final ListQuery<Designation> DESIGNATIONS = ListQuery.ordered(Designation.class, """
			MATCH (node:Designation)
			WHERE ($status IS NULL OR node.status = $status)
			  AND ($activeOn IS NULL OR %s)
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:OF]->(c:Country) WHERE c.iso2 = $country OR c.iso3 = $country })
			""".formatted(designationInForceOn("node", "$activeOn")), "code",
			Map.of("FROM", "node.from", "CODE", "node.code"));

	static final String DECISION_BY_CODE = "MATCH (node:Decision {code: $code}) RETURN node";

	static final ListQuery<Decision> DECISIONS = ListQuery.ordered(Decision.class, """
			MATCH (node:Decision)
			WHERE ($kind IS NULL OR node.kind = $kind)
			  AND ($from IS NULL OR node.date >= $from)
			  AND ($to IS NULL OR node.date <= $to)
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:CONCERNS]->(c:Country) WHERE c.iso2 = $country OR c.iso3 = $country })
			""", "code",
			Map.of("DATE", "node.date", "CODE", "node.code"));

	static final String PLAN_BY_CODE = "MATCH (node:EngagementPlan {code: $code}) RETURN node";

	static final ListQuery<EngagementPlan> PLANS = ListQuery.ordered(EngagementPlan.class, """
			MATCH (node:EngagementPlan)
			WHERE ($country IS NULL OR EXISTS {
			        MATCH (node)-[:FOR]->(c:Country) WHERE c.iso2 = $country OR c.iso3 = $country })
			  AND ($department IS NULL OR EXISTS { MATCH (:Department {code: $department})-[:HOLDS_ROLE]->(node) })
			""", "code",
			Map.of("APPROVED_ON", "node.approvedOn", "CODE", "node.code"));

	static final String TD_STAT_BY_CODE = "MATCH (node:TdStat {code: $code}) RETURN node";

	static final ListQuery<TdStat> TD_STATS = ListQuery.ordered(TdStat.class, """
			MATCH (node:TdStat)
			WHERE ($fromQuarter IS NULL OR node.quarter >= $fromQuarter)
			  AND ($toQuarter IS NULL OR node.quarter <= $toQuarter)
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:FOR]->(c:Country) WHERE c.iso2 = $country OR c.iso3 = $country })
			""", "code",
			Map.of("QUARTER", "node.quarter", "CODE", "node.code"));

	static final Hop COUNTRY_DESIGNATIONS = Hop.incoming("Country", "OF", "Designation", "from", true);
	static final Hop COUNTRY_DECISIONS = Hop.incoming("Country", "CONCERNS", "Decision", "date", true);
	static final Hop COUNTRY_PLANS = Hop.incoming("Country", "FOR", "EngagementPlan", "approvedOn", true);
	static final Hop COUNTRY_TD_STATS = Hop.incoming("Country", "FOR", "TdStat", "quarter", false);
	static final Hop DESIGNATION_COUNTRY = Hop.outgoing("Designation", "OF", "Country");
	static final Hop DESIGNATION_DECIDED_AT = Hop.outgoing("Designation", "DECIDED_AT", "Engagement");
	static final Hop DECISION_TAKEN_AT = Hop.outgoing("Decision", "TAKEN_AT", "Engagement");
	static final Hop DECISION_COUNTRIES = Hop.outgoing("Decision", "CONCERNS", "Country");
	static final Hop ENGAGEMENT_DECISIONS = Hop.incoming("Engagement", "TAKEN_AT", "Decision");
	static final Hop ENGAGEMENT_DESIGNATIONS = Hop.incoming("Engagement", "DECIDED_AT", "Designation");
	static final Hop PLAN_COUNTRY = Hop.outgoing("EngagementPlan", "FOR", "Country");
	static final Hop PLAN_ROLES = Hop.incoming("EngagementPlan", "HOLDS_ROLE", "Department");
	static final Hop DEPARTMENT_PLAN_ROLES = Hop.outgoing("Department", "HOLDS_ROLE", "EngagementPlan");
	static final Hop TD_STAT_COUNTRY = Hop.outgoing("TdStat", "FOR", "Country");
}
