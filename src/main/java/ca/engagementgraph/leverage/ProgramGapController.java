package ca.engagementgraph.leverage;

import java.time.LocalDate;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.country.Mission;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.model.Region;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * The program-wide gap the overview opens with: results never raised in Ottawa and missed Ottawa meetings across
 * every country (or a region's, or one country's), a page at a time, from the leverage ledger.
 */
@Controller
class ProgramGapController {

	private static final ListQuery.RowMapper<ProgramUnleveragedResult> RESULTS = (row,
			nodes) -> new ProgramUnleveragedResult(nodes.map(Result.class, row.get("result")),
					nodes.map(Project.class, row.get("project")), nodes.map(Country.class, row.get("country")),
					row.get("daysSinceAchieved").asInt());

	private static final ListQuery.RowMapper<ProgramMissedOpportunity> MEETINGS = (row,
			nodes) -> new ProgramMissedOpportunity(nodes.map(Engagement.class, row.get("engagement")),
					nodes.map(Country.class, row.get("country")),
					row.get("counterpart").isNull() ? null : nodes.map(Mission.class, row.get("counterpart")),
					row.get("couldHaveRaisedCount").asInt(),
					row.get("oldestWaiting").isNull() ? null : nodes.map(Result.class, row.get("oldestWaiting")));

	private final GraphReader graph;
	private final KnownCountries countries;

	ProgramGapController(GraphReader graph, KnownCountries countries) {
		this.graph = graph;
		this.countries = countries;
	}

	@QueryMapping
	Connection<ProgramUnleveragedResult> programUnleveragedResults(@Argument @Nullable String country,
			@Argument @Nullable Region region, @Argument @PageSize @Nullable Integer first, ScrollSubrange subrange,
			DataFetchingEnvironment env) {
		// The reader's clearance picks the facts counting only Unclassified meetings, as for one country.
		var question = ListQuery.paged(ProgramUnleveragedResult.class,
				ProgramGapQuestions.neverRaisedPages(!Visibility.cleared()), RESULTS);
		return graph.page(question, where(country, region), ListRequest.of(env, subrange, first, "ACHIEVED_ON", false));
	}

	@QueryMapping
	Connection<ProgramMissedOpportunity> programMissedOpportunities(@Argument @Nullable String country,
			@Argument @Nullable Region region, @Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var question = ListQuery.paged(ProgramMissedOpportunity.class,
				ProgramGapQuestions.missedOpportunityPages(!Visibility.cleared()), MEETINGS);
		var parameters = new java.util.HashMap<>(where(country, region));
		parameters.put("from", from);
		parameters.put("to", to);
		return graph.page(question, parameters, ListRequest.of(env, subrange, first, "DATE", true));
	}

	private java.util.Map<String, Object> where(@Nullable String country, @Nullable Region region) {
		return Parameters.of("country", country == null ? null : countries.iso2Of(country, "country"), "region",
				region == null ? null : region.name());
	}
}
