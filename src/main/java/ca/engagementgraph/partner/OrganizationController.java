package ca.engagementgraph.partner;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.graph.GraphReader;
import ca.engagementgraph.graph.Hop;
import ca.engagementgraph.graph.ListQuery;
import ca.engagementgraph.graph.Parameters;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class OrganizationController {

	static final String ORGANIZATION_BY_CODE = "MATCH (node:Organization {code: $code}) RETURN node";

	/** Organizations by IATI type, and whether they implement any project. */
	static final ListQuery<Organization> ORGANIZATIONS = ListQuery.ordered(Organization.class, """
			MATCH (node:Organization)
			WHERE ($type IS NULL OR node.type = $type)
			  AND ($implementingPartner IS NULL
			       OR $implementingPartner = EXISTS { MATCH (:Project)-[:IMPLEMENTED_BY]->(node) })
			""", "code",
			Map.of("NAME", "node.name%s", "CODE", "node.code"));

	static final Hop ORGANIZATION_PROJECTS = Hop.incoming("Organization", "IMPLEMENTED_BY", "Project");
	static final Hop ORGANIZATION_ENGAGEMENTS = Hop.incoming("Organization", "WITH", "Engagement", "date", true);
	static final Hop ORGANIZATION_MEETINGS = Hop.incoming("Organization", "PART_OF", "Engagement", "date", true);

	private final GraphReader graph;

	OrganizationController(GraphReader graph) {
		this.graph = graph;
	}

	record OrganizationFilter(Integer type, Boolean implementingPartner) {
	}

	@QueryMapping
	Organization organization(@Argument String code) {
		return graph.one(Organization.class, ORGANIZATION_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Organization> organizations(@Argument OrganizationFilter filter,
			@Argument @PageSize Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new OrganizationFilter(null, null) : filter;
		return graph.page(ORGANIZATIONS, Parameters.of("type", f.type(), "implementingPartner",
				f.implementingPartner()), ListRequest.of(env, subrange, first, "NAME", false));
	}

	@BatchMapping
	Map<Organization, List<Project>> projects(List<Organization> organizations) {
		return graph.related(ORGANIZATION_PROJECTS, organizations, Organization::code, Project.class);
	}

	@BatchMapping
	Map<Organization, List<Engagement>> engagements(List<Organization> organizations) {
		return graph.related(ORGANIZATION_ENGAGEMENTS, organizations, Organization::code, Engagement.class);
	}

	@BatchMapping
	Map<Organization, List<Engagement>> meetings(List<Organization> organizations) {
		return graph.related(ORGANIZATION_MEETINGS, organizations, Organization::code, Engagement.class);
	}
}
