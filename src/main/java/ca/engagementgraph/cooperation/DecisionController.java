package ca.engagementgraph.cooperation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.cooperation.CooperationQueries.*;

@Controller
class DecisionController {

	private final GraphReader graph;

	DecisionController(GraphReader graph) {
		this.graph = graph;
	}

	record DecisionFilter(@Nullable String country, @Nullable String kind, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	@QueryMapping
	@Nullable Decision decision(@Argument String code) {
		return graph.one(Decision.class, DECISION_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Decision> decisions(@Argument @Nullable DecisionFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new DecisionFilter(null, null, null, null) : filter;
		return graph.page(DECISIONS, Parameters.of("country", CountryCodes.normalize(f.country()), "kind", f.kind(),
				"from", f.from(), "to", f.to()), ListRequest.of(env, subrange, first, "DATE", true));
	}

	@BatchMapping
	Map<Decision, Engagement> takenAt(List<Decision> decisions) {
		return graph.relatedOne(DECISION_TAKEN_AT, decisions, Decision::code, Engagement.class);
	}

	@BatchMapping
	Map<Decision, List<Country>> countries(List<Decision> decisions) {
		return graph.related(DECISION_COUNTRIES, decisions, Decision::code, Country.class);
	}

	@BatchMapping(typeName = "Country")
	Map<Country, List<Decision>> decisions(List<Country> countries) {
		return graph.related(COUNTRY_DECISIONS, countries, Country::iso2, Decision.class);
	}

	@BatchMapping(typeName = "Engagement", field = "decisions")
	Map<Engagement, List<Decision>> engagementDecisions(List<Engagement> engagements) {
		return graph.related(ENGAGEMENT_DECISIONS, engagements, Engagement::code, Decision.class);
	}
}
