package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.project.Result;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Question 3: held meetings where waiting results were not raised. */
@Controller
class MissedOpportunitiesController {

	private static final Comparator<Result> OLDEST_FIRST = Comparator.comparing(Result::achievedOn)
		.thenComparing(Result::code);

	private final GraphReader graph;
	private final KnownCountries countries;

	MissedOpportunitiesController(GraphReader graph, KnownCountries countries) {
		this.graph = graph;
		this.countries = countries;
	}

	@QueryMapping
	List<MissedOpportunity> missedOpportunities(@Argument String country, @Argument @Nullable LocalDate from,
			@Argument @Nullable LocalDate to) {
		String iso2 = countries.iso2Of(country, "country");
		return graph.rows(LeverageQueries.MISSED_OPPORTUNITIES, Parameters.of("country", iso2, "from", from, "to", to),
				(row, nodes) -> new MissedOpportunity(nodes.map(Engagement.class, row.get("meeting")),
						row.get("channel").asString(), nodes.map(Object.class, row.get("counterpart")),
						row.get("couldHaveRaised").asList(result -> nodes.map(Result.class, result)).stream()
							.sorted(OLDEST_FIRST)
							.toList()));
	}
}
