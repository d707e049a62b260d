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
class DesignationController {

	private final GraphReader graph;

	DesignationController(GraphReader graph) {
		this.graph = graph;
	}

	record DesignationFilter(@Nullable String country, @Nullable String status, @Nullable LocalDate activeOn) {
	}

	@QueryMapping
	@Nullable Designation designation(@Argument String code) {
		return graph.one(Designation.class, DESIGNATION_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Designation> designations(@Argument @Nullable DesignationFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new DesignationFilter(null, null, null) : filter;
		return graph.page(DESIGNATIONS, Parameters.of("country", CountryCodes.normalize(f.country()), "status",
				f.status(), "activeOn", f.activeOn()), ListRequest.of(env, subrange, first, "FROM", true));
	}

	@BatchMapping
	Map<Designation, Country> country(List<Designation> designations) {
		return graph.relatedOne(DESIGNATION_COUNTRY, designations, Designation::code, Country.class);
	}

	@BatchMapping
	Map<Designation, Engagement> decidedAt(List<Designation> designations) {
		return graph.relatedOne(DESIGNATION_DECIDED_AT, designations, Designation::code, Engagement.class);
	}

	@BatchMapping(typeName = "Country")
	Map<Country, List<Designation>> designations(List<Country> countries) {
		return graph.related(COUNTRY_DESIGNATIONS, countries, Country::iso2, Designation.class);
	}

	@BatchMapping(typeName = "Engagement")
	Map<Engagement, List<Designation>> designationsDecided(List<Engagement> engagements) {
		return graph.related(ENGAGEMENT_DESIGNATIONS, engagements, Engagement::code, Designation.class);
	}
}
