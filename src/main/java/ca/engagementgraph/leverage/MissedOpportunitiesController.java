package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.List;

import ca.engagementgraph.api.AskedFields;
import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * Question 3: held meetings where waiting results were not raised, a page of them, answered from the leverage
 * ledger. Each meeting brings how many results were waiting and only the oldest few: the page query fetches as many
 * as the largest {@code couldHaveRaised(first:)} the client selected, so nothing grows with the graph and no meeting
 * costs a query of its own.
 */
@Controller
class MissedOpportunitiesController {

	/** How many waiting results a meeting lists when the client does not say. */
	static final int DEFAULT_RESULTS_PER_MEETING = 5;

	static final ListQuery<MissedOpportunity> QUESTION = ListQuery.paged(MissedOpportunity.class,
			LedgerQuestions.missedOpportunities(),
			(row, nodes) -> new MissedOpportunity(nodes.map(Engagement.class, row.get("engagement")),
					row.get("channel").asString(),
					row.get("counterpart").isNull() ? null : nodes.map(Object.class, row.get("counterpart")),
					row.get("couldHaveRaisedCount").asInt(),
					row.get("couldHaveRaised").asList(result -> nodes.map(Result.class, result))));

	private final GraphReader graph;
	private final KnownCountries countries;

	MissedOpportunitiesController(GraphReader graph, KnownCountries countries) {
		this.graph = graph;
		this.countries = countries;
	}

	@QueryMapping
	Connection<MissedOpportunity> missedOpportunities(@Argument String country, @Argument @Nullable LocalDate from,
			@Argument @Nullable LocalDate to, @Argument @PageSize @Nullable Integer first, ScrollSubrange subrange,
			DataFetchingEnvironment env) {
		String iso2 = countries.iso2Of(country, "country");
		return graph.page(QUESTION,
				Parameters.of("country", iso2, "from", from, "to", to, "resultsPerMeeting", resultsAskedFor(env)),
				ListRequest.of(env, subrange, first, "DATE", false));
	}

	/** The oldest {@code first} of the results the meeting could have raised (fetched with the page). */
	@SchemaMapping
	List<Result> couldHaveRaised(MissedOpportunity missed, @Argument @PageSize @Nullable Integer first) {
		int size = first == null ? DEFAULT_RESULTS_PER_MEETING : first;
		return missed.couldHaveRaised().subList(0, Math.min(size, missed.couldHaveRaised().size()));
	}

	/** The most results any selection of {@code couldHaveRaised} asks for (a page at most; 0 when not selected). */
	private static int resultsAskedFor(DataFetchingEnvironment env) {
		return AskedFields.largestPage(env, null, "couldHaveRaised", DEFAULT_RESULTS_PER_MEETING);
	}
}
