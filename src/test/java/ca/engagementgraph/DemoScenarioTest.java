package ca.engagementgraph;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo scenario reproduces the public facts of the envelope (Table 1, $21M over 13 projects) and follows the
 * demo-data rules: fictional countries only are ever designated, TD statistics exist only for recalcitrant ones.
 */
@GraphIntegrationTest
class DemoScenarioTest {

	/** The MCEE's Table 1: projects per priority area (a project can address several). */
	private static final Map<String, Integer> TABLE_1 = Map.of("PA-POLICY", 10, "PA-REGULAR", 9, "PA-BORDER", 7,
			"PA-DETER", 7, "PA-OTHER", 4, "PA-IDENTITY", 1, "PA-RETURNS", 0);

	private static final Pattern USER_ASSIGNED_ALPHA2 = Pattern.compile("Q[M-Z]|X[A-Z]");
	private static final Pattern USER_ASSIGNED_ALPHA3 = Pattern.compile("Q[M-Z][A-Z]|X[A-Z]{2}");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void priorityAreasReproduceTable1AndTheEnvelopeFundsThirteenProjectsForTwentyOneMillion() {
		var response = TestSupport.withUiQueries(graphQl).documentName("priority-areas").execute();
		List<Map<String, Object>> areas = response.path("priorityAreas.nodes")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		assertThat(areas).hasSize(7);
		for (Map<String, Object> area : areas) {
			assertThat(((Map<?, ?>) area.get("projectTotals")).get("count")).as("projects addressing %s", area.get("code"))
				.isEqualTo(TABLE_1.get((String) area.get("code")));
		}
		response.path("envelope.budgetCad").entity(Long.class).isEqualTo(21_000_000L);
		response.path("envelope.start").entity(String.class).isEqualTo("2019-04-01");
		response.path("envelope.end").entity(String.class).isEqualTo("2025-03-31");
		response.path("envelope.projectTotals.count").entity(Integer.class).isEqualTo(13);
		response.path("envelope.projectTotals.fundingCad").entity(Long.class).isEqualTo(21_000_000L);
	}

	/** The totals count what the reader may see, as the lists do: a viewer's totals leak no Protected B project. */
	@Test
	void projectTotalsAgreeWithTheProjectListsTheReaderSees() {
		for (String user : List.of("viewer", "analyst")) {
			var response = TestSupport.as(graphQl, user).document("""
					{ envelope(code: "MCEE") { projects { fundingCad } projectTotals { count fundingCad } }
					  priorityAreas(first: 20) { nodes { projects { code } projectTotals { count } } } }""").execute();
			var funding = response.path("envelope.projects[*].fundingCad").entityList(Long.class).get();
			response.path("envelope.projectTotals.count").entity(Integer.class).isEqualTo(funding.size());
			response.path("envelope.projectTotals.fundingCad").entity(Long.class)
				.isEqualTo(funding.stream().mapToLong(Long::longValue).sum());
			var areas = response.path("priorityAreas.nodes").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
			for (var area : areas) {
				assertThat(((Map<?, ?>) area.get("projectTotals")).get("count")).as(user)
					.isEqualTo(((List<?>) area.get("projects")).size());
			}
		}
	}

	@Test
	void theImplementingPartnersAreThoseOfTheEvaluation() {
		assertThat(strings("MATCH (:Project)-[:IMPLEMENTED_BY]->(o:Organization) RETURN DISTINCT o.code AS value"))
			.containsExactlyInAnyOrder("IOM", "UNODC", "UNHCR", "ARK");
	}

	@Test
	void onlyFictionalCountriesWithUserAssignedCodesAreEverDesignated() {
		List<Record> designated = driver.executableQuery("""
				MATCH (:Designation)-[:OF]->(c:Country) RETURN DISTINCT c.iso2 AS iso2, c.iso3 AS iso3
				""").execute().records();
		assertThat(designated).hasSizeGreaterThanOrEqualTo(4).allSatisfy(country -> {
			assertThat(country.get("iso2").asString()).matches(USER_ASSIGNED_ALPHA2).isNotEqualTo("XK");
			assertThat(country.get("iso3").asString()).matches(USER_ASSIGNED_ALPHA3)
				.isNotIn("XKX", "XXA", "XXB", "XXC", "XXX");
		});
		assertThat(strings("MATCH (d:Designation) RETURN DISTINCT d.status AS value"))
			.containsExactlyInAnyOrder("RECALCITRANT", "PREVENTATIVE");
	}

	@Test
	void theScenarioHasTheBreadthTheQuestionsNeed() {
		assertThat(count("MATCH (c:Country) WHERE c.iso2 =~ 'Q[M-Z]|X[A-Z]' RETURN count(c) AS value")).isGreaterThanOrEqualTo(8);
		assertThat(count("MATCH (r:Result) RETURN count(r) AS value")).isGreaterThanOrEqualTo(40);
		assertThat(count("MATCH (e:Engagement) RETURN count(e) AS value")).isGreaterThanOrEqualTo(300);
		assertThat(strings("MATCH (e:Engagement) RETURN DISTINCT e.kind AS value")).containsExactlyInAnyOrder(
				"BILATERAL_MEETING", "HEAD_OF_MISSION_MEETING", "SCOPING_MISSION", "MONITORING_MISSION", "STUDY_TOUR",
				"WORKING_GROUP", "BRIEFING", "MULTILATERAL_FORUM", "CALL");
		assertThat(strings("MATCH (e:Engagement) RETURN DISTINCT e.setting AS value"))
			.containsExactlyInAnyOrder("OTTAWA", "IN_COUNTRY", "MULTILATERAL", "INTERDEPARTMENTAL");
		assertThat(count("""
				MATCH (e:Engagement {status: 'PLANNED', setting: 'OTTAWA'})
				WHERE e.date >= date('2026-12-01') AND e.date <= date('2026-12-31') RETURN count(e) AS value
				""")).as("a planned Ottawa meeting in December 2026").isPositive();
		assertThat(count("""
				MATCH (d:Designation)-[:OF]->(c:Country) WHERE NOT EXISTS { (:EngagementPlan)-[:FOR]->(c) }
				RETURN count(DISTINCT c) AS value
				""")).as("designated countries without a plan").isPositive();
	}

	@Test
	void travelDocumentStatisticsExistOnlyForRecalcitrantCountries() {
		assertThat(count("""
				MATCH (t:TdStat)-[:FOR]->(c:Country)
				WHERE NOT EXISTS { (:Designation {status: 'RECALCITRANT'})-[:OF]->(c) }
				RETURN count(t) AS value
				""")).isZero();
		assertThat(count("MATCH (t:TdStat) RETURN count(t) AS value")).isPositive();
	}

	@Test
	void thePublicHighlightsAreAmongTheResults() {
		assertThat(count("""
				MATCH (r:Result) WHERE r.baseline = 1380 AND r.value = 2900 RETURN count(r) AS value
				""")).as("asylum registrations 1,380 -> 2,900 a month").isEqualTo(1);
	}

	@Test
	void everyRaisedResultWasAchievedOnOrBeforeTheMeeting() {
		assertThat(count("""
				MATCH (e:Engagement)-[:RAISED]->(r:Result) WHERE r.achievedOn > e.date RETURN count(*) AS value
				""")).isZero();
	}

	@Test
	void everyMeetingWithAMissionConcernsTheCountryItRepresents() {
		assertThat(count("""
				MATCH (e:Engagement)-[:WITH]->(m:Mission)-[:REPRESENTS]->(c:Country)
				WHERE NOT EXISTS { (e)-[:CONCERNS]->(c) } RETURN count(*) AS value
				""")).isZero();
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get("value").asLong();
	}

	private List<String> strings(String cypher) {
		return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("value").asString()).toList();
	}
}
