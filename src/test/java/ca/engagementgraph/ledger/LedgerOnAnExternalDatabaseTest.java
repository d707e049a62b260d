package ca.engagementgraph.ledger;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On an external database nothing sees another client's writes before they commit: the ledger follows the service's
 * own writes in their transactions, the start-up check (and {@code ledger check}) finds a ledger another client made
 * drift, and {@code ledger rebuild} puts it right.
 */
@GraphIntegrationTest
@EnabledIfSystemProperty(named = "engagement-graph.test.database", matches = "standalone|server-image")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerOnAnExternalDatabaseTest {

	private static final String LLAND = """
			CREATE (xl:Country {iso2: 'XL', iso3: 'XLL', nameEn: 'Lland', nameFr: 'Llande', region: 'EUROPE', version: 1})
			CREATE (m:Mission {code: 'XL-OTT', nameEn: 'Embassy of Lland', nameFr: "Ambassade de Llande", kind: 'EMBASSY',
			        city: 'Ottawa', version: 1})-[:REPRESENTS]->(xl)
			WITH xl, m MATCH (canada:Country {iso2: 'CA'}) CREATE (m)-[:LOCATED_IN]->(canada)
			CREATE (p:Project {code: 'XL-P1', titleEn: 'Ports', titleFr: 'Ports', status: 4, start: date('2021-01-01'),
			        end: date('2023-12-31'), fundingCad: 200000, version: 1})-[:IN]->(xl)
			CREATE (:Result {code: 'XL-R1', summaryEn: 'Officers trained', summaryFr: 'Agents formés', classification: 'UNCLASSIFIED',
			        achievedOn: date('2022-06-01'), type: 'OUTPUT', indicatorEn: 'officers', indicatorFr: 'agents', version: 1})-[:OF]->(p)
			CREATE (:Result {code: 'XL-R2', summaryEn: 'Scanners', summaryFr: 'Scanneurs', classification: 'UNCLASSIFIED',
			        achievedOn: date('2022-09-01'), type: 'OUTPUT', indicatorEn: 'scanners', indicatorFr: 'scanneurs', version: 1})-[:OF]->(p)
			""";

	@Autowired
	Driver driver;

	@Autowired
	Ledger ledger;

	@Autowired
	HttpGraphQlTester graphQl;

	@AfterAll
	void removeLland() {
		driver.executableQuery("MATCH (n) WHERE n.iso2 = 'XL' OR n.code STARTS WITH 'XL-' DETACH DELETE n").execute();
		ledger.rebuild(done -> {
		});
	}

	@Test
	void anotherClientsWritesAreFoundByTheCheckAndPutRightByARebuildThenTheServicesOwnWritesKeepItCurrent() {
		driver.executableQuery(LLAND).execute();
		assertThat(ledger.drifted()).as("a country another client wrote").contains("XL");

		ledger.rebuild(done -> {
		});
		assertThat(ledger.drifted()).isEmpty();
		assertThat(neverRaisedInOttawa()).containsExactly("XL-R1", "XL-R2");

		graphQl.document("""
				mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { errors { code message } } }
				""").variable("input", Map.<String, Object>ofEntries(
				Map.entry("code", "XL-HOM-1"),
				Map.entry("date", "2024-05-01"),
				Map.entry("status", "HELD"),
				Map.entry("kind", "HEAD_OF_MISSION_MEETING"),
				Map.entry("setting", "OTTAWA"),
				Map.entry("level", "DG"),
				Map.entry("summaryEn", "Ports results"),
				Map.entry("summaryFr", "Résultats des ports"),
				Map.entry("counterpart", "XL-OTT"),
				Map.entry("countries", List.of("XLL")),
				Map.entry("attendance", List.of(Map.of("participant", "CBSA", "lead", true))),
				Map.entry("raisedResults", List.of("XL-R1"))))
			.execute()
			.path("recordEngagement.errors").entityList(Object.class).hasSize(0);
		assertThat(neverRaisedInOttawa()).as("at once, from the ledger the mutation kept").containsExactly("XL-R2");
		assertThat(ledger.drifted()).isEmpty();

		// The coverage panel's one record, read over the driver as plain values
		TestSupport.withUiQueries(graphQl).documentName("project-coverage")
			.variable("country", "XL")
			.execute()
			.path("leveragingCoverage[0].project.code").entity(String.class).isEqualTo("XL-P1")
			.path("leveragingCoverage[0].results").entity(Integer.class).isEqualTo(2)
			.path("leveragingCoverage[0].raisedInOttawa").entity(Integer.class).isEqualTo(1)
			.path("leveragingCoverage[0].byDepartment[?(@.department.code == 'CBSA')].raised").entityList(Integer.class)
			.containsExactly(1);
	}

	private List<String> neverRaisedInOttawa() {
		return graphQl.document("{ unleveragedResults(country: \"XL\") { totalCount nodes { result { code } } } }")
			.execute()
			.path("unleveragedResults.nodes[*].result.code").entityList(String.class).get();
	}
}
