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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.country.CountryQueries.*;

@Controller
class CountryController {

	private final GraphReader graph;
	private final @Nullable CountryProfileRead profile;

	CountryController(GraphReader graph, ObjectProvider<CountryProfileRead> profile) {
		this.graph = graph;
		this.profile = profile.getIfAvailable();
	}

	record CountryFilter(@Nullable String region, @Nullable String designation) {
	}

	/**
	 * The country; with the lists a country page asks, read in one statement when that statement answers the whole
	 * selection (the fields' own statements were 14 for the demo's country profile, most of its time).
	 */
	@QueryMapping
	@Nullable Object country(@Argument String code, DataFetchingEnvironment env) {
		if (profile != null && profile.answers(env)) {
			return profile.country(CountryCodes.normalize(code), env);
		}
		return graph.one(Country.class, COUNTRY_BY_CODE, Map.of("code", CountryCodes.normalize(code))).orElse(null);
	}

	@QueryMapping
	Connection<Country> countries(@Argument @Nullable CountryFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
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
}
