package ca.engagementgraph.project;

import java.util.Map;

import static ca.engagementgraph.model.DerivedConcepts.designationInForce;

import ca.engagementgraph.api.read.Hop;
import ca.engagementgraph.api.read.ListQuery;

/** The Cypher behind projects and results. */
final class ProjectQueries {

	private ProjectQueries() {
	}

	static final String PROJECT_BY_CODE = "MATCH (node:Project {code: $code}) RETURN node";
	static final String RESULT_BY_CODE = "MATCH (node:Result {code: $code}) RETURN node";

	static final ListQuery<Project> PROJECTS = ListQuery.ordered(Project.class, """
			MATCH (node:Project)
			WHERE ($status IS NULL OR node.status = $status)
			  AND ($startFrom IS NULL OR node.start >= $startFrom)
			  AND ($startTo IS NULL OR node.start <= $startTo)
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:IN]->(c:Country) WHERE c.iso2 = $country OR c.iso3 = $country })
			  AND ($partner IS NULL OR EXISTS { MATCH (node)-[:IMPLEMENTED_BY]->(:Organization {code: $partner}) })
			  AND ($priorityArea IS NULL OR EXISTS { MATCH (node)-[:ADDRESSES]->(:PriorityArea {code: $priorityArea}) })
			  AND ($envelope IS NULL OR EXISTS { MATCH (node)-[:FUNDED_BY]->(:Envelope {code: $envelope}) })
			  AND ($designation IS NULL OR EXISTS {
			        MATCH (node)-[:IN]->(:Country)<-[:OF]-(d:Designation {status: $designation})
			        WHERE %s })
			""".formatted(designationInForce("d")), "code",
			Map.of("TITLE", "node.title%s", "START", "node.start", "FUNDING", "node.fundingCad", "CODE", "node.code"));

	static final ListQuery<Result> RESULTS = ListQuery.ordered(Result.class, """
			MATCH (node:Result)
			WHERE ($type IS NULL OR node.type = $type)
			  AND ($achievedFrom IS NULL OR node.achievedOn >= $achievedFrom)
			  AND ($achievedTo IS NULL OR node.achievedOn <= $achievedTo)
			  AND ($project IS NULL OR EXISTS { MATCH (node)-[:OF]->(:Project {code: $project}) })
			  AND ($country IS NULL OR EXISTS {
			        MATCH (node)-[:OF]->(:Project)-[:IN]->(c:Country) WHERE c.iso2 = $country OR c.iso3 = $country })
			""", "code",
			Map.of("ACHIEVED_ON", "node.achievedOn", "CODE", "node.code"));

	/** Each project's visible results counted ({@code code, results}): its ledger counter, or its results without one. */
	static final String RESULT_COUNTS = """
			UNWIND $codes AS code
			MATCH (project:Project {code: code})
			OPTIONAL MATCH (project)-[:IN]->(country:Country)
			OPTIONAL MATCH (counter:__ProjectLedger {country: country.iso2, project: code})
			RETURN code, CASE WHEN counter IS NULL THEN COUNT { (project)<-[:OF]-(result:Result) WHERE visible(result:Result) }
			                  WHEN $cleared THEN coalesce(counter.results, 0) ELSE coalesce(counter.resultsU, 0) END AS results
			""";

	static final Hop PROJECT_ENVELOPE = Hop.outgoing("Project", "FUNDED_BY", "Envelope");
	static final Hop PROJECT_PARTNERS = Hop.outgoing("Project", "IMPLEMENTED_BY", "Organization");
	static final Hop PROJECT_COUNTRY = Hop.outgoing("Project", "IN", "Country");
	static final Hop PROJECT_BENEFICIARIES = Hop.outgoing("Project", "BENEFITS", "Authority");
	static final Hop PROJECT_PRIORITY_AREAS = Hop.outgoing("Project", "ADDRESSES", "PriorityArea");
	static final Hop PROJECT_UNITS = Hop.outgoing("Project", "MANAGED_BY", "Unit");
	static final Hop PROJECT_RESULTS = Hop.incoming("Project", "OF", "Result", "achievedOn", true);
	static final Hop RESULT_PROJECT = Hop.outgoing("Result", "OF", "Project");
	static final Hop RESULT_OUTCOMES = Hop.outgoing("Result", "CONTRIBUTES_TO", "Outcome");

	// Relationships that lead here from the types of modules this one builds on (their fields are served here).
	static final Hop COUNTRY_PROJECTS = Hop.incoming("Country", "IN", "Project");
	static final Hop AUTHORITY_PROJECTS = Hop.incoming("Authority", "BENEFITS", "Project");
	static final Hop UNIT_PROJECTS = Hop.incoming("Unit", "MANAGED_BY", "Project");
	static final Hop ORGANIZATION_PROJECTS = Hop.incoming("Organization", "IMPLEMENTED_BY", "Project");
	static final Hop ENVELOPE_PROJECTS = Hop.incoming("Envelope", "FUNDED_BY", "Project");
	static final Hop PRIORITY_AREA_PROJECTS = Hop.incoming("PriorityArea", "ADDRESSES", "Project");
	static final Hop OUTCOME_RESULTS = Hop.incoming("Outcome", "CONTRIBUTES_TO", "Result", "achievedOn", true);

	/**
	 * How many projects the reader may see are linked to each source along {@code (source)<-[:TYPE]-(project)}, and
	 * their funding: one aggregate row per source, whatever the size of the program.
	 */
	static String projectTotals(String sourceLabel, String relationship) {
		return """
				UNWIND $keys AS key
				MATCH (source:%s {code: key})
				OPTIONAL CALL (source) {
				  MATCH (source)<-[:%s]-(project:Project)
				  WHERE visible(project:Project)
				  RETURN count(project) AS count, sum(coalesce(project.fundingCad, 0)) AS fundingCad
				}
				RETURN key, coalesce(count, 0) AS count, coalesce(fundingCad, 0) AS fundingCad""".formatted(sourceLabel,
				relationship);
	}
}
