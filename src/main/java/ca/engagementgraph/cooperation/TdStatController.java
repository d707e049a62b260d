package ca.engagementgraph.cooperation;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.cooperation.CooperationQueries.*;

@Controller
class TdStatController {

	private final GraphReader graph;

	TdStatController(GraphReader graph) {
		this.graph = graph;
	}

	record TdStatFilter(@Nullable String country, @Quarter @Nullable String fromQuarter,
			@Quarter @Nullable String toQuarter) {
	}

	@QueryMapping
	@Nullable TdStat tdStat(@Argument String code) {
		return graph.one(TdStat.class, TD_STAT_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<TdStat> tdStats(@Argument @Valid @Nullable TdStatFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new TdStatFilter(null, null, null) : filter;
		return graph.page(TD_STATS, Parameters.of("country", CountryCodes.normalize(f.country()), "fromQuarter",
				f.fromQuarter(), "toQuarter", f.toQuarter()), ListRequest.of(env, subrange, first, "QUARTER", false));
	}

	@BatchMapping
	Map<TdStat, Country> country(List<TdStat> stats) {
		return graph.relatedOne(TD_STAT_COUNTRY, stats, TdStat::code, Country.class);
	}

	@BatchMapping(typeName = "Country")
	Map<Country, List<TdStat>> tdStats(List<Country> countries) {
		return graph.related(COUNTRY_TD_STATS, countries, Country::iso2, TdStat.class);
	}
}
