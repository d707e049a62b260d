package ca.engagementgraph.leverage;

import ca.engagementgraph.graph.GraphReader;
import ca.engagementgraph.graph.Parameters;
import ca.engagementgraph.leverage.ProgramProfile.DesignationProfile;
import ca.engagementgraph.leverage.ProgramProfile.PartnerProfile;
import ca.engagementgraph.leverage.ProgramProfile.PriorityAreaProfile;
import ca.engagementgraph.leverage.ProgramProfile.SizeClassProfile;
import ca.engagementgraph.leverage.ProgramProfile.StatusProfile;
import ca.engagementgraph.partner.Organization;
import ca.engagementgraph.program.PriorityArea;
import ca.engagementgraph.project.Project;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Question 8: the program profile, one query. */
@Controller
class ProgramProfileController {

	private final GraphReader graph;

	ProgramProfileController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	ProgramProfile programProfile(@Argument String envelope) {
		return graph.rows(LeverageQueries.PROGRAM_PROFILE, Parameters.of("envelope", envelope),
				(row, nodes) -> new ProgramProfile(row.get("projectCount").asLong(), row.get("fundingCad").asLong(),
						row.get("byPriorityArea").asList(v -> new PriorityAreaProfile(
								nodes.map(PriorityArea.class, v.get("priorityArea")), v.get("projects").asLong(),
								v.get("fundingCad").asLong())),
						row.get("byDesignation").asList(v -> new DesignationProfile(v.get("designation").asString(),
								v.get("projects").asLong(), v.get("fundingCad").asLong())),
						row.get("byPartner").asList(v -> new PartnerProfile(nodes.map(Organization.class, v.get("partner")),
								v.get("projects").asLong(), v.get("fundingCad").asLong())),
						row.get("byStatus").asList(v -> new StatusProfile(Project.statusName(v.get("status").asLong()),
								v.get("projects").asLong(), v.get("fundingCad").asLong())),
						row.get("bySizeClass").asList(v -> new SizeClassProfile(v.get("sizeClass").asString(),
								v.get("projects").asLong(), v.get("fundingCad").asLong()))))
			.getFirst();
	}
}
