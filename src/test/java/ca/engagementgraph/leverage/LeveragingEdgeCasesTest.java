package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.FixtureGraph;
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
 * The channel rules end to end, through the dashboard's GraphQL document, on data built for the purpose: fictional
 * Zedland (XZ) and its results, raised in every way that should, and should not, count as raised in Ottawa; and the
 * leveraging questions' refusals of unknown countries and departments. The data is added for this class and removed
 * after it. The questions' edge cases (asOf, attendedBy, channels, Protected B, missed opportunities, coverage) are
 * tested at the data level, each over a fixture of its own: {@code *QuestionTest} in this package.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeveragingEdgeCasesTest {

	/**
	 * XZ-R1 raised at Zedland's consulate in Toronto (a consulate in Canada counts as the Ottawa channel) on
	 * 2023-03-01. XZ-R2 raised only at a CANCELLED embassy meeting, at Canada's own embassy in Zedland, at Zedland's
	 * embassy in Washington, and at Marovia's embassy in Ottawa: none of these is the Ottawa channel for Zedland.
	 * XZ-R3's project was mentioned at the Ottawa embassy without the result. XZ-R4 was achieved after the only
	 * Ottawa meeting. XZ-R5 was raised in Zedland with its border police.
	 */
	private static final String ZEDLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (us:Country {iso2: 'US'}), (marovia:Mission {code: 'QM-OTT'}),
			      (cbsa:Department {code: 'CBSA'}), (gac:Department {code: 'GAC'})
			CREATE (xz:Country {iso2: 'XZ', iso3: 'XZZ', nameEn: 'Zedland', nameFr: 'Zédlande', region: 'EUROPE'})
			CREATE (embassy:Mission {code: 'XZ-OTT', nameEn: 'Embassy of Zedland', nameFr: 'Ambassade de Zédlande', kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xz), (embassy)-[:LOCATED_IN]->(canada)
			CREATE (consulate:Mission {code: 'XZ-TOR', nameEn: 'Consulate of Zedland', nameFr: 'Consulat de Zédlande', kind: 'CONSULATE', city: 'Toronto'})
			  -[:REPRESENTS]->(xz), (consulate)-[:LOCATED_IN]->(canada)
			CREATE (washington:Mission {code: 'XZ-WAS', nameEn: 'Embassy of Zedland in Washington', nameFr: 'Ambassade de Zédlande à Washington', kind: 'EMBASSY', city: 'Washington'})
			  -[:REPRESENTS]->(xz), (washington)-[:LOCATED_IN]->(us)
			CREATE (canadian:Mission {code: 'XZ-CA', nameEn: 'Embassy of Canada to Zedland', nameFr: 'Ambassade du Canada en Zédlande', kind: 'EMBASSY', city: 'Zed'})
			  -[:REPRESENTS]->(canada), (canadian)-[:LOCATED_IN]->(xz)
			CREATE (police:Authority {code: 'XZ-BP', nameEn: 'Zedland Border Police', nameFr: 'Police des frontières', kind: 'BORDER_POLICE'})-[:OF]->(xz)
			CREATE (project:Project {code: 'XZ-P1', titleEn: 'Border project', titleFr: 'Projet frontalier', status: 4,
			        start: date('2021-01-01'), end: date('2023-12-31'), fundingCad: 100000})-[:IN]->(xz)
			CREATE (r1:Result {code: 'XZ-R1', summaryEn: 'One', summaryFr: 'Un', achievedOn: date('2022-06-01'), type: 'OUTPUT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (r2:Result {code: 'XZ-R2', summaryEn: 'Two', summaryFr: 'Deux', achievedOn: date('2022-06-01'), type: 'OUTPUT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (r3:Result {code: 'XZ-R3', summaryEn: 'Three', summaryFr: 'Trois', achievedOn: date('2022-06-01'), type: 'OUTPUT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (r4:Result {code: 'XZ-R4', summaryEn: 'Four', summaryFr: 'Quatre', achievedOn: date('2023-06-01'), type: 'OUTPUT', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			CREATE (r5:Result {code: 'XZ-R5', summaryEn: 'Five', summaryFr: 'Cinq', achievedOn: date('2022-06-01'), type: 'OUTCOME', indicatorEn: 'i', indicatorFr: 'i'})-[:OF]->(project)
			WITH *
			UNWIND [
			  {code: 'XZ-E1', date: '2023-03-01', status: 'HELD', setting: 'OTTAWA', with: consulate, raised: [r1]},
			  {code: 'XZ-E2', date: '2023-03-15', status: 'CANCELLED', setting: 'OTTAWA', with: embassy, raised: [r2]},
			  {code: 'XZ-E3', date: '2023-04-01', status: 'HELD', setting: 'IN_COUNTRY', with: canadian, raised: [r2]},
			  {code: 'XZ-E4', date: '2023-04-15', status: 'HELD', setting: 'MULTILATERAL', with: washington, raised: [r2]},
			  {code: 'XZ-E5', date: '2023-05-01', status: 'HELD', setting: 'OTTAWA', with: marovia, raised: [r2]},
			  {code: 'XZ-E6', date: '2023-05-10', status: 'HELD', setting: 'OTTAWA', with: embassy, raised: [project]},
			  {code: 'XZ-E7', date: '2023-05-20', status: 'HELD', setting: 'IN_COUNTRY', with: police, raised: [r5]}
			] AS meeting
			CREATE (e:Engagement {code: meeting.code, date: date(meeting.date), status: meeting.status, kind: 'BILATERAL_MEETING',
			        setting: meeting.setting, level: 'DIRECTOR', summaryEn: 'Test meeting', summaryFr: 'Réunion test'})
			WITH e, meeting, xz, meeting.with AS counterpart, CASE WHEN meeting.code = 'XZ-E1' THEN gac ELSE cbsa END AS lead
			CREATE (e)-[:WITH]->(counterpart), (e)-[:CONCERNS]->(xz), (e)-[:ATTENDED_BY {lead: true}]->(lead)
			FOREACH (item IN meeting.raised | CREATE (e)-[:RAISED]->(item))
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	private FixtureGraph zedland;

	@BeforeAll
	void buildZedland() {
		zedland = new FixtureGraph(driver, "XZ").write(ZEDLAND);
	}

	@AfterAll
	void removeZedland() {
		zedland.remove();
	}

	@Test
	void onlyMeetingsWithTheCountrysOwnMissionsInCanadaCountAsRaisedInOttawa() {
		// XZ-R1 counts (consulate in Toronto); XZ-R2 does not: cancelled meeting, Canada's embassy abroad, Zedland's
		// embassy in Washington and another country's embassy in Ottawa all fall outside the Ottawa channel.
		assertThat(unleveraged("{\"country\": \"XZ\"}")).containsExactly("XZ-R2", "XZ-R3", "XZ-R5", "XZ-R4");
	}

	@Test
	void aCountryWithNoResultsHasEmptyAnswers() {
		unleveragedQuery("{\"country\": \"QU\"}").execute()
			.path("unleveragedResults.totalCount").entity(Long.class).isEqualTo(0L);
		graphQl.document("{ leveragingCoverage(country: \"QU\") { country { iso2 } results raisedAnywhere ottawaCoverage } }")
			.execute()
			.path("leveragingCoverage[0].country.iso2").entity(String.class).isEqualTo("QU")
			.path("leveragingCoverage[0].results").entity(Integer.class).isEqualTo(0)
			.path("leveragingCoverage[0].ottawaCoverage").valueIsNull();
		graphQl.document("{ missedOpportunities(country: \"QU\") { nodes { channel } } }").execute()
			.path("missedOpportunities.nodes").entityList(Object.class).hasSize(0);
	}

	@Test
	void anUnknownCountryCodeIsAClearError() {
		for (String document : List.of("{ unleveragedResults(country: \"ZZ\") { totalCount } }",
				"{ missedOpportunities(country: \"ZZ\") { nodes { channel } } }", "{ tdTimeline(country: \"ZZ\") { quarters { quarter } } }",
				"{ leveragingCoverage(country: \"ZZ\") { results } }")) {
			graphQl.document(document).execute().errors().satisfy(errors -> {
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).isEqualTo(
							"No country has the code 'ZZ'. Use an ISO 3166 alpha-2 or alpha-3 code, e.g. QM or QMA.");
					assertThat(error.getExtensions()).containsEntry("code", "UNKNOWN_COUNTRY").containsEntry("argument", "country");
				});
			});
		}
	}

	@Test
	void anUnknownDepartmentIsAClearError() {
		graphQl.document("{ disseminationGaps(department: \"RCMP\") { totalCount } }").execute().errors().satisfy(errors ->
				assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).startsWith("No department has the code 'RCMP'. Known departments: CBSA, GAC");
					assertThat(error.getExtensions()).containsEntry("code", "UNKNOWN_DEPARTMENT");
				}));
	}

	private HttpGraphQlTester.Request<?> unleveragedQuery(String variables) {
		var request = TestSupport.withUiQueries(graphQl).documentName("unleveraged-results");
		var json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(variables);
		for (var field : json.properties()) {
			request = request.variable(field.getKey(), field.getValue().asString());
		}
		return request;
	}

	private List<String> unleveraged(String variables) {
		return unleveragedQuery(variables).execute().path("unleveragedResults.nodes[*].result.code")
			.entityList(String.class).get();
	}
}
