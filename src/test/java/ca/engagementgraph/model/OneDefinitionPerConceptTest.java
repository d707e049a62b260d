package ca.engagementgraph.model;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Designation in force" and the size classes mean the same on every page: the country directory, the project
 * portfolio, the designations list and the leveraging questions (accountability gaps, program profile) all answer
 * from the one definition in {@link DerivedConcepts}, on the program's date (pinned to 2026-11-21 by
 * {@link GraphIntegrationTest}), never the database server's.
 *
 * <p>Five fictional countries, each preventative over a different period around that date, each with one project
 * funded by an envelope of their own (YY-ENV) so the program profile can be asked about them alone.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneDefinitionPerConceptTest {

	/**
	 * YA: from 2027-01-01, not in force yet. YB: ended 2026-11-20, the day before. YC: its last day is 2026-11-21.
	 * YD: in force from 2026-11-21. YE: ends 2026-11-30, after the program's date though before the server's clock
	 * on the day this was written (a query reading {@code date()} would drop it). YA's project is just under the
	 * small-project ceiling and YB's exactly on it.
	 */
	private static final String FIXTURE = """
			CREATE (envelope:Envelope {code: 'YY-ENV', nameEn: 'Test envelope', nameFr: 'Enveloppe test',
			        budgetCad: 1000000, start: date('2020-01-01'), end: date('2030-12-31')})
			WITH envelope
			UNWIND [
			  {iso2: 'YA', from: '2027-01-01', to: null, funding: 249999},
			  {iso2: 'YB', from: '2020-01-01', to: '2026-11-20', funding: 250000},
			  {iso2: 'YC', from: '2020-01-01', to: '2026-11-21', funding: 100000},
			  {iso2: 'YD', from: '2026-11-21', to: null, funding: 100000},
			  {iso2: 'YE', from: '2020-01-01', to: '2026-11-30', funding: 100000}
			] AS row
			CREATE (c:Country {iso2: row.iso2, iso3: row.iso2 + 'Y', nameEn: 'Test ' + row.iso2,
			        nameFr: 'Essai ' + row.iso2, region: 'EUROPE'})
			CREATE (:Designation {code: row.iso2 + '-D', status: 'PREVENTATIVE', from: date(row.from), to: date(row.to)})-[:OF]->(c)
			CREATE (p:Project {code: row.iso2 + '-P1', titleEn: 'Project ' + row.iso2, titleFr: 'Projet ' + row.iso2,
			        status: 2, start: date('2024-01-01'), end: date('2027-12-31'), fundingCad: row.funding})-[:IN]->(c)
			CREATE (p)-[:FUNDED_BY]->(envelope)
			""";

	private static final List<String> IN_FORCE = List.of("YC", "YD", "YE");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@BeforeAll
	void createCountries() {
		driver.executableQuery(FIXTURE).execute();
	}

	@AfterAll
	void removeCountries() {
		driver.executableQuery("""
				MATCH (n) WHERE n.iso2 IN ['YA', 'YB', 'YC', 'YD', 'YE'] OR n.code STARTS WITH 'Y' AND n.code CONTAINS '-'
				  AND (n:Designation OR n:Project OR n:Envelope)
				DETACH DELETE n
				""").execute();
	}

	@Test
	void theCountryDirectoryListsOnlyCountriesWhoseDesignationIsInForceOnTheProgramsDate() {
		var codes = documents().documentName("country-directory")
			.variable("filter", Map.of("designation", "PREVENTATIVE"))
			.variable("first", 100)
			.execute()
			.path("countries.nodes[*].iso2")
			.entityList(String.class)
			.get();
		assertThat(codes.stream().filter(code -> code.startsWith("Y"))).containsExactlyElementsOf(IN_FORCE);
	}

	@Test
	void theProjectPortfolioFiltersByTheSameDesignationsInForce() {
		documents().documentName("project-portfolio")
			.variable("filter", Map.of("designation", "PREVENTATIVE", "envelope", "YY-ENV"))
			.execute()
			.path("projects.nodes[*].code")
			.entityList(String.class)
			.containsExactly("YC-P1", "YD-P1", "YE-P1");
	}

	@Test
	void theDesignationsListActiveOnTheProgramsDateAgrees() {
		var codes = graphQl.document("""
				{ designations(filter: {activeOn: "2026-11-21", status: PREVENTATIVE}, first: 100) { nodes { code } } }
				""").execute().path("designations.nodes[*].code").entityList(String.class).get();
		assertThat(codes.stream().filter(code -> code.startsWith("Y")).sorted())
			.containsExactly("YC-D", "YD-D", "YE-D");
	}

	@Test
	void theAccountabilityGapsCountTheSameCountriesAsDesignated() {
		var gaps = documents().documentName("accountability-gaps").execute();
		assertThat(gaps.path("accountabilityGaps.designatedWithoutPlan[*].iso2").entityList(String.class).get()
			.stream().filter(code -> code.startsWith("Y"))).containsExactlyElementsOf(IN_FORCE);
		assertThat(gaps.path("accountabilityGaps.preventativeWithoutTdStats[*].iso2").entityList(String.class).get()
			.stream().filter(code -> code.startsWith("Y"))).containsExactlyElementsOf(IN_FORCE);
	}

	@Test
	void theProgramProfileGroupsByTheSameDesignationsInForce() {
		var profile = documents().documentName("program-profile").variable("envelope", "YY-ENV").execute();
		profile.path("programProfile.byDesignation[?(@.designation == 'PREVENTATIVE')].projects")
			.entityList(Long.class).containsExactly(3L);
		profile.path("programProfile.byDesignation[?(@.designation == 'NONE')].projects")
			.entityList(Long.class).containsExactly(2L);
	}

	@Test
	void theProgramProfileAndThePortfolioClassifyProjectSizesAlike() {
		// 249,999 is small and 250,000 large, in the profile's Cypher and in the portfolio's Java alike.
		var profile = documents().documentName("program-profile").variable("envelope", "YY-ENV").execute();
		profile.path("programProfile.bySizeClass[?(@.sizeClass == 'SMALL')].projects").entityList(Long.class)
			.containsExactly(4L);
		profile.path("programProfile.bySizeClass[?(@.sizeClass == 'LARGE')].projects").entityList(Long.class)
			.containsExactly(1L);
		var portfolio = documents().documentName("project-portfolio")
			.variable("filter", Map.of("envelope", "YY-ENV"))
			.execute();
		portfolio.path("projects.nodes[?(@.code == 'YA-P1')].sizeClass").entityList(String.class)
			.containsExactly("SMALL");
		portfolio.path("projects.nodes[?(@.code == 'YB-P1')].sizeClass").entityList(String.class)
			.containsExactly("LARGE");
	}

	private HttpGraphQlTester documents() {
		return TestSupport.withUiQueries(graphQl);
	}
}
