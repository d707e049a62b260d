package ca.engagementgraph.leverage;

import java.util.List;
import java.util.Set;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.leverage.Questions.Accountability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static ca.engagementgraph.leverage.Questions.Reader.CLEARED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Question 6 (accountability gaps) at the data level, over fictional countries written for this class (XL to XR):
 * only a designation in force on the product's "today" (2026-11-21 in tests) makes a country designated, the end
 * day included. The question runs over the whole graph: the answer is read for these countries only.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountabilityGapsQuestionTest {

	private static final Set<String> FIXTURE = Set.of("XL", "XM", "XN", "XP", "XQ", "XR", "XL-PLAN", "XM-PLAN");

	/**
	 * XR's designation ended yesterday (2026-11-20); XQ's ends today; XP's starts tomorrow. XN is preventative since
	 * 2025, with no plan and no TD statistics. XM is preventative with a plan where GAC holds the LEVERAGE role, and
	 * TD statistics. XL is recalcitrant with a plan where CBSA only leads.
	 */
	private static final String COUNTRIES = """
			MATCH (cbsa:Department {code: 'CBSA'}), (gac:Department {code: 'GAC'})
			UNWIND [
			  {iso2: 'XR', status: 'RECALCITRANT', from: '2024-01-01', to: '2026-11-20'},
			  {iso2: 'XQ', status: 'RECALCITRANT', from: '2024-01-01', to: '2026-11-21'},
			  {iso2: 'XP', status: 'PREVENTATIVE', from: '2026-11-22', to: null},
			  {iso2: 'XN', status: 'PREVENTATIVE', from: '2025-01-01', to: null},
			  {iso2: 'XM', status: 'PREVENTATIVE', from: '2025-01-01', to: null},
			  {iso2: 'XL', status: 'RECALCITRANT', from: '2025-01-01', to: null}
			] AS c
			CREATE (country:Country {iso2: c.iso2, iso3: c.iso2 + 'A', nameEn: c.iso2, nameFr: c.iso2, region: 'EUROPE'})
			CREATE (:Designation {code: c.iso2 + '-DES', status: c.status, from: date(c.from), to: date(c.to),
			        classification: 'PROTECTED_B'})-[:OF]->(country)
			WITH cbsa, gac, collect(country) AS countries
			WITH cbsa, gac, [c IN countries WHERE c.iso2 = 'XM'][0] AS xm, [c IN countries WHERE c.iso2 = 'XL'][0] AS xl
			CREATE (xmPlan:EngagementPlan {code: 'XM-PLAN', approvedOn: date('2025-02-01'), escalationStage: 1,
			        classification: 'PROTECTED_B'})-[:FOR]->(xm), (gac)-[:HOLDS_ROLE {role: 'LEVERAGE'}]->(xmPlan)
			CREATE (xlPlan:EngagementPlan {code: 'XL-PLAN', approvedOn: date('2025-02-01'), escalationStage: 2,
			        classification: 'PROTECTED_B'})-[:FOR]->(xl), (cbsa)-[:HOLDS_ROLE {role: 'LEAD'}]->(xlPlan)
			CREATE (:TdStat {code: 'XM-2025-Q1', country: 'XM', quarter: '2025-Q1', requested: 4, issued: 2,
			        medianDaysToIssue: 40.0, classification: 'PROTECTED_B'})-[:FOR]->(xm)
			""";

	@Autowired
	Driver driver;

	@Autowired
	ApplicationContext context;

	private final List<FixtureGraph> fixtures = new java.util.ArrayList<>();

	@BeforeAll
	void writeCountries() {
		for (String country : List.of("XL", "XM", "XN", "XP", "XQ", "XR")) {
			fixtures.add(new FixtureGraph(driver, country));
		}
		fixtures.forEach(FixtureGraph::remove);
		driver.executableQuery(COUNTRIES).execute();
	}

	@AfterAll
	void removeCountries() {
		fixtures.forEach(FixtureGraph::remove);
	}

	private static List<String> ours(List<String> codes) {
		return codes.stream().filter(FIXTURE::contains).toList();
	}

	@Test
	void onlyDesignationsInForceTodayCountTheirLastDayIncluded() {
		Accountability gaps = CLEARED.asks(() -> Questions.of(context).accountabilityGaps().ask());
		// XR's designation ended yesterday and XP's starts tomorrow; XQ's ends today; XM and XL have plans.
		assertThat(ours(gaps.designatedWithoutPlan())).containsExactly("XN", "XQ");
		assertThat(ours(gaps.preventativeWithoutTdStats())).containsExactly("XN");
		assertThat(ours(gaps.plansWithoutLeverage())).containsExactly("XL-PLAN");
	}
}
