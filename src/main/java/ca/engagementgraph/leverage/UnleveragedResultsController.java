package ca.engagementgraph.leverage;

import java.time.LocalDate;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.department.KnownDepartments;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Question 1: results never raised on a channel, above all with the country's mission in Canada. */
@Controller
class UnleveragedResultsController {

	private static final ListQuery.RowMapper<UnleveragedResult> ROWS = (row, nodes) -> new UnleveragedResult(
			nodes.map(Result.class, row.get("result")), nodes.map(Project.class, row.get("project")),
			row.get("daysSinceAchieved").asInt(), row.get("projectMentioned").asBoolean());

	private final GraphReader graph;
	private final KnownCountries countries;
	private final KnownDepartments departments;

	UnleveragedResultsController(GraphReader graph, KnownCountries countries, KnownDepartments departments) {
		this.graph = graph;
		this.countries = countries;
		this.departments = departments;
	}

	@QueryMapping
	Connection<UnleveragedResult> unleveragedResults(@Argument @Nullable String country, @Argument @Nullable String channel,
			@Argument @Nullable String attendedBy, @Argument @Nullable LocalDate asOf,
					@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		String iso2 = countries.iso2Of(country, "country");
		if (attendedBy != null) {
			departments.require(attendedBy, "attendedBy");
		}
		// Answered from the leverage ledger: the reader's clearance picks the facts counting only Unclassified
		// meetings, and the plain question (no date, no department) is one ordered index seek.
		var fact = LedgerQuestions.Fact.of(channel, !Visibility.cleared(), attendedBy);
		var question = ListQuery.paged(UnleveragedResult.class,
				LedgerQuestions.unleveraged(fact, asOf != null), ROWS);
		return graph.page(question,
				Parameters.of("country", iso2, "channel", channel, "attendedBy", attendedBy, "asOf", asOf),
				ListRequest.of(env, subrange, first, "ACHIEVED_ON", false));
	}
}
