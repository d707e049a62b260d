package ca.engagementgraph.country;

import static ca.engagementgraph.model.DerivedConcepts.CANADA;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Engagement;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.country.CountryQueries.*;

@Controller
class MissionController {

	private final GraphReader graph;

	MissionController(GraphReader graph) {
		this.graph = graph;
	}

	record MissionFilter(@Nullable String represents, @Nullable String locatedIn, @Nullable String kind) {
	}

	@QueryMapping
	@Nullable Mission mission(@Argument String code) {
		return graph.one(Mission.class, MISSION_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Mission> missions(@Argument @Nullable MissionFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new MissionFilter(null, null, null) : filter;
		return graph.page(MISSIONS,
				Parameters.of("represents", CountryCodes.normalize(f.represents()), "locatedIn",
						CountryCodes.normalize(f.locatedIn()), "kind", f.kind()),
				ListRequest.of(env, subrange, first, "NAME", false));
	}

	@BatchMapping
	Map<Mission, Country> represents(List<Mission> missions) {
		return graph.relatedOne(MISSION_REPRESENTS, missions, Mission::code, Country.class);
	}

	@BatchMapping
	Map<Mission, Country> locatedIn(List<Mission> missions) {
		return graph.relatedOne(MISSION_LOCATED_IN, missions, Mission::code, Country.class);
	}

	/** A foreign mission in Canada: where travel documents are issued. Two hops, but still one query each. */
	@BatchMapping
	Map<Mission, Boolean> inCanada(List<Mission> missions) {
		var located = locatedIn(missions);
		var represented = represents(missions);
		var result = new LinkedHashMap<Mission, Boolean>();
		for (Mission mission : missions) {
			Country location = located.get(mission);
			Country country = represented.get(mission);
			result.put(mission, location != null && CANADA.equals(location.iso2()) && country != null
					&& !CANADA.equals(country.iso2()));
		}
		return result;
	}
}
