package ca.engagementgraph.engagement;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.partner.Organization;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

/**
 * The meetings held with a partner organization and the meetings of a series it is part of: fields of {@code
 * Organization} served here, where meetings are known, so that {@code partner} needs nothing of {@code engagement}.
 */
@Controller
class PartnerEngagementsController {

	private final GraphReader graph;

	PartnerEngagementsController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Organization", field = "engagements")
	Map<Organization, List<Engagement>> engagementsOfOrganizations(List<Organization> organizations) {
		return graph.related(ORGANIZATION_ENGAGEMENTS, organizations, Organization::code, Engagement.class);
	}

	@BatchMapping(typeName = "Organization", field = "meetings")
	Map<Organization, List<Engagement>> meetingsOfOrganizations(List<Organization> organizations) {
		return graph.related(ORGANIZATION_MEETINGS, organizations, Organization::code, Engagement.class);
	}
}
