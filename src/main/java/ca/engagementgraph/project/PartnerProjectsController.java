package ca.engagementgraph.project;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.partner.Organization;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.project.ProjectQueries.*;

/**
 * The projects a partner organization implements: a field of {@code Organization} served here, where projects are
 * known, so that {@code partner} needs nothing of {@code project}.
 */
@Controller
class PartnerProjectsController {

	private final GraphReader graph;

	PartnerProjectsController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Organization", field = "projects")
	Map<Organization, List<Project>> projectsOfOrganizations(List<Organization> organizations) {
		return graph.related(ORGANIZATION_PROJECTS, organizations, Organization::code, Project.class);
	}
}
