package ca.engagementgraph.leverage;

import java.util.Map;

import ca.engagementgraph.cooperation.EngagementPlan;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.graph.GraphReader;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Question 6: where nobody is accountable for leveraging. */
@Controller
class AccountabilityGapsController {

	private final GraphReader graph;

	AccountabilityGapsController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	AccountabilityGaps accountabilityGaps() {
		return graph.rows(LeverageQueries.ACCOUNTABILITY_GAPS, Map.of(),
				(row, nodes) -> new AccountabilityGaps(
						row.get("designatedWithoutPlan").asList(c -> nodes.map(Country.class, c)),
						row.get("plansWithoutLeverage").asList(p -> nodes.map(EngagementPlan.class, p)),
						row.get("preventativeWithoutTdStats").asList(c -> nodes.map(Country.class, c))))
			.getFirst();
	}
}
