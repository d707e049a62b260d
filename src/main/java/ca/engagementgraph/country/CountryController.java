package ca.engagementgraph.country;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.graph.GraphReader;
import ca.engagementgraph.graph.Parameters;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.country.CountryQueries.*;

@Controller
class CountryController {

	private final GraphReader graph;

	CountryController(GraphReader graph) {
		this.graph = graph;
	}

	record CountryFilter(String region, String designation) {
	}

	@QueryMapping
	Country country(@Argument String code) {
		return graph.one(Country.class, COUNTRY_BY_CODE, Map.of("code", CountryCodes.normalize(code))).orElse(null);
	}

	@QueryMapping
	Connection<Country> countries(@Argument CountryFilter filter,
			@Argument @PageSize Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new CountryFilter(null, null) : filter;
		return graph.page(COUNTRIES, Parameters.of("region", f.region(), "designation", f.designation()),
				ListRequest.of(env, subrange, first, "NAME", false));
	}

	@BatchMapping
	Map<Country, List<Mission>> missions(List<Country> countries) {
		return graph.related(COUNTRY_MISSIONS, countries, Country::iso2, Mission.class);
	}

	@BatchMapping
	Map<Country, List<Mission>> hostedMissions(List<Country> countries) {
		return graph.related(COUNTRY_HOSTED_MISSIONS, countries, Country::iso2, Mission.class);
	}

	@BatchMapping
	Map<Country, List<Authority>> authorities(List<Country> countries) {
		return graph.related(COUNTRY_AUTHORITIES, countries, Country::iso2, Authority.class);
	}

	@BatchMapping
	Map<Country, List<Project>> projects(List<Country> countries) {
		return graph.related(COUNTRY_PROJECTS, countries, Country::iso2, Project.class);
	}

	@BatchMapping
	Map<Country, List<Engagement>> engagements(List<Country> countries) {
		return graph.related(COUNTRY_ENGAGEMENTS, countries, Country::iso2, Engagement.class);
	}
}
