package ca.engagementgraph.engagement;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import ca.engagementgraph.partner.Organization;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.api.read.FirstOf;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

/**
 * The meetings held with a partner organization and the meetings of a series it is part of: fields of {@code
 * Organization} served here, where meetings are known, so that {@code partner} needs nothing of {@code engagement}.
 */
@Controller
class PartnerEngagementsController {

	PartnerEngagementsController(GraphReader graph, BatchLoaderRegistry loaders) {
		FirstOf.register(loaders, graph, "Organization.engagements", ORGANIZATION_ENGAGEMENTS, Engagement.class);
		FirstOf.register(loaders, graph, "Organization.meetings", ORGANIZATION_MEETINGS, Engagement.class);
	}

	/** At most a page of them, newest first ({@code first}, 100 by default): they grow with the graph. */
	@SchemaMapping(typeName = "Organization", field = "engagements")
	CompletableFuture<List<Engagement>> engagementsOfOrganizations(Organization organization,
			@Argument @PageSize @Nullable Integer first, DataFetchingEnvironment env) {
		return FirstOf.load(env, "Organization.engagements", organization.code(), first);
	}

	/** At most a page of them, newest first ({@code first}, 100 by default): they grow with the graph. */
	@SchemaMapping(typeName = "Organization", field = "meetings")
	CompletableFuture<List<Engagement>> meetingsOfOrganizations(Organization organization,
			@Argument @PageSize @Nullable Integer first, DataFetchingEnvironment env) {
		return FirstOf.load(env, "Organization.meetings", organization.code(), first);
	}
}
