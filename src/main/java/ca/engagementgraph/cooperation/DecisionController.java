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
import ca.engagementgraph.graph.GraphReader;
import ca.engagementgraph.graph.Parameters;
import graphql.schema.DataFetchingEnvironment;
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

	record DecisionFilter(String country, String kind, LocalDate from, LocalDate to) {
	}

	@QueryMapping
	Decision decision(@Argument String code) {
		return graph.one(Decision.class, DECISION_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Decision> decisions(@Argument DecisionFilter filter,
			@Argument @PageSize Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
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
