package ca.engagementgraph.leverage;

import java.util.Map;
import java.util.Set;

import ca.engagementgraph.api.AskedFields;
import ca.engagementgraph.api.Projected;
import ca.engagementgraph.cooperation.EngagementPlan;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.api.read.GraphReader;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Question 6: where nobody is accountable for leveraging. */
@Controller
class AccountabilityGapsController {

	/** A country as the panel lists it: its own properties. */
	private static final String COUNTRY = "iso2 iso3 name nameEn nameFr region";

	/**
	 * Every field {@link LeverageQueries#ACCOUNTABILITY_GAPS_PANEL} reads, by its path under {@code accountabilityGaps}:
	 * the panel's document and the fields near it. Its designations are Protected B, as the panel is.
	 */
	static final Set<String> PANEL = AskedFields.paths("designatedWithoutPlan", COUNTRY, "designatedWithoutPlan/designations",
			"code status from to", "plansWithoutLeverage", "version code approvedOn escalationStage country roles",
			"plansWithoutLeverage/country", COUNTRY, "plansWithoutLeverage/roles", "role department",
			"plansWithoutLeverage/roles/department", "code name nameEn nameFr", "preventativeWithoutTdStats", COUNTRY);

	private final GraphReader graph;

	AccountabilityGapsController(GraphReader graph) {
		this.graph = graph;
	}

	/**
	 * The three lists; with the fields under them read by the same statement when it reads everything asked (field by
	 * field, the panel was four statements: the lists, then its designations, countries and roles).
	 */
	@QueryMapping
	@SuppressWarnings("unchecked")
	Object accountabilityGaps(DataFetchingEnvironment env) {
		if (AskedFields.within(env, PANEL)) {
			return Projected.of((Map<String, ?>) graph.plainRows(LeverageQueries.ACCOUNTABILITY_GAPS_PANEL, Map.of())
				.getFirst()
				.get("gaps"));
		}
		return gaps();
	}

	/** The three lists alone, for their fields' own controllers. */
	AccountabilityGaps gaps() {
		return graph.rows(LeverageQueries.ACCOUNTABILITY_GAPS, Map.of(),
				(row, nodes) -> new AccountabilityGaps(
						row.get("designatedWithoutPlan").asList(c -> nodes.map(Country.class, c)),
						row.get("plansWithoutLeverage").asList(p -> nodes.map(EngagementPlan.class, p)),
						row.get("preventativeWithoutTdStats").asList(c -> nodes.map(Country.class, c))))
			.getFirst();
	}
}
