package ca.engagementgraph.country;

import java.util.Map;

import static ca.engagementgraph.model.DerivedConcepts.designationInForce;

import ca.engagementgraph.graph.Hop;
import ca.engagementgraph.graph.ListQuery;

/** The Cypher behind the country, mission and authority fields of the API, in one place. */
final class CountryQueries {

	private CountryQueries() {
	}

	static final String COUNTRY_BY_CODE = """
			MATCH (node:Country)
			WHERE node.iso2 = $code OR node.iso3 = $code
			RETURN node
			""";

	/** Countries by region and (Protected B) by current designation status. */
	static final ListQuery<Country> COUNTRIES = ListQuery.ordered(Country.class, """
			MATCH (node:Country)
			WHERE ($region IS NULL OR node.region = $region)
			  AND ($designation IS NULL OR EXISTS {
			        MATCH (d:Designation {status: $designation})-[:OF]->(node)
			        WHERE %s })
			""".formatted(designationInForce("d")), "iso2",
			Map.of("NAME", "node.name%s", "CODE", "node.iso2"));

	static final String MISSION_BY_CODE = "MATCH (node:Mission {code: $code}) RETURN node";

	static final ListQuery<Mission> MISSIONS = ListQuery.ordered(Mission.class, """
			MATCH (node:Mission)
			WHERE ($kind IS NULL OR node.kind = $kind)
			  AND ($represents IS NULL OR EXISTS {
			        MATCH (node)-[:REPRESENTS]->(c:Country) WHERE c.iso2 = $represents OR c.iso3 = $represents })
			  AND ($locatedIn IS NULL OR EXISTS {
			        MATCH (node)-[:LOCATED_IN]->(c:Country) WHERE c.iso2 = $locatedIn OR c.iso3 = $locatedIn })
			""", "code",
			Map.of("NAME", "node.name%s", "CODE", "node.code"));

	static final String AUTHORITY_BY_CODE = "MATCH (node:Authority {code: $code}) RETURN node";

	static final ListQuery<Authority> AUTHORITIES = ListQuery.ordered(Authority.class, """
			MATCH (node:Authority)
			WHERE ($kind IS NULL OR node.kind = $kind)
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:OF]->(c:Country) WHERE c.iso2 = $country OR c.iso3 = $country })
			""", "code",
			Map.of("NAME", "node.name%s", "CODE", "node.code"));

	static final Hop COUNTRY_MISSIONS = Hop.incoming("Country", "REPRESENTS", "Mission");
	static final Hop COUNTRY_HOSTED_MISSIONS = Hop.incoming("Country", "LOCATED_IN", "Mission");
	static final Hop COUNTRY_AUTHORITIES = Hop.incoming("Country", "OF", "Authority");
	static final Hop COUNTRY_PROJECTS = Hop.incoming("Country", "IN", "Project");
	static final Hop COUNTRY_ENGAGEMENTS = Hop.incoming("Country", "CONCERNS", "Engagement", "date", true);
	static final Hop MISSION_REPRESENTS = Hop.outgoing("Mission", "REPRESENTS", "Country");
	static final Hop MISSION_LOCATED_IN = Hop.outgoing("Mission", "LOCATED_IN", "Country");
	static final Hop MISSION_ENGAGEMENTS = Hop.incoming("Mission", "WITH", "Engagement", "date", true);
	static final Hop AUTHORITY_COUNTRY = Hop.outgoing("Authority", "OF", "Country");
	static final Hop AUTHORITY_PROJECTS = Hop.incoming("Authority", "BENEFITS", "Project");
	static final Hop AUTHORITY_ENGAGEMENTS = Hop.incoming("Authority", "WITH", "Engagement", "date", true);
}
