package ca.engagementgraph.country;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.country.CountryQueries.*;

@Controller
class AuthorityController {

	private final GraphReader graph;

	AuthorityController(GraphReader graph) {
		this.graph = graph;
	}

	record AuthorityFilter(@Nullable String country, @Nullable String kind) {
	}

	@QueryMapping
	@Nullable Authority authority(@Argument String code) {
		return graph.one(Authority.class, AUTHORITY_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Authority> authorities(@Argument @Nullable AuthorityFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new AuthorityFilter(null, null) : filter;
		return graph.page(AUTHORITIES, Parameters.of("country", CountryCodes.normalize(f.country()), "kind", f.kind()),
				ListRequest.of(env, subrange, first, "NAME", false));
	}

	@BatchMapping
	Map<Authority, Country> country(List<Authority> authorities) {
		return graph.relatedOne(AUTHORITY_COUNTRY, authorities, Authority::code, Country.class);
	}
}
