package ca.engagementgraph.partner;

import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.api.read.Hop;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
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

	private final GraphReader graph;

	OrganizationController(GraphReader graph) {
		this.graph = graph;
	}

	record OrganizationFilter(@Nullable Integer type, @Nullable Boolean implementingPartner) {
	}

	@QueryMapping
	@Nullable Organization organization(@Argument String code) {
		return graph.one(Organization.class, ORGANIZATION_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Organization> organizations(@Argument @Nullable OrganizationFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new OrganizationFilter(null, null) : filter;
		return graph.page(ORGANIZATIONS, Parameters.of("type", f.type(), "implementingPartner",
				f.implementingPartner()), ListRequest.of(env, subrange, first, "NAME", false));
	}
}
