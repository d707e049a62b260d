package ca.engagementgraph.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost limit follows the real length of the graph's lists: a short document that nests countries, their meetings,
 * the departments at each and those departments' meetings (millions of values on the demo graph) is refused before
 * anything runs, with the list to narrow named; every dashboard document stays within every limit.
 */
@GraphIntegrationTest
class ListLimitsTest {

	static final String EXPLOSIVE = """
			{ countries { nodes { engagements { attendance { participant {
			  ... on Department { engagements { code date summary } } } } } } } }""";

	private static final Set<String> LIMITS = Set.of("QUERY_TOO_COSTLY", "QUERY_TOO_DEEP", "RESPONSE_TOO_LARGE",
			"RESPONSE_TOO_SLOW", "TOO_MANY_ALIASES", "FIELD_REPEATED", "TOO_MANY_DIRECTIVES");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ListSizes sizes;

	@Autowired
	Driver driver;

	@Test
	void aShortDocumentBuildingMillionsOfValuesIsRefusedBeforeItRuns() {
		var response = TestSupport.as(graphQl, "viewer").document(EXPLOSIVE).execute();
		response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY");
			assertThat(error.getMessage()).contains("countries.nodes.engagements.attendance.participant.engagements",
					"'first'", "limit of 50,000");
		}));
		response.path("countries").pathDoesNotExist();
		// With a page of one country and no second round of meetings, the same question is answered.
		TestSupport.as(graphQl, "viewer").document("""
				{ countries(first: 1) { nodes { engagements { attendance { participant { ... on Department { code } } } } } } }""")
			.execute().errors().verify();
	}

	@Test
	void aDocumentFoundWithinTheLimitsIsPricedAgainWithOtherVariablesAndARefusalIsExplainedEachTime() {
		String secondRound = """
				query SecondRound($again: Boolean!) {
				  countries(first: 1) { nodes { engagements { attendance { participant {
				    ... on Department { code engagements @include(if: $again) { code date summary } } } } } } }
				}""";
		for (int i = 0; i < 2; i++) {
			TestSupport.as(graphQl, "viewer").document(secondRound).variable("again", false).execute().errors()
				.verify();
		}
		for (int i = 0; i < 2; i++) {
			TestSupport.as(graphQl, "viewer").document(secondRound).variable("again", true).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY")));
		}
	}

	@Test
	void theCostOfAListIsReadFromTheGraphAndFollowsIt() {
		// The context is shared: tests before this one recorded meetings since the sizes were last read.
		sizes.refresh();
		long departments = sizes.estimate("Department", Set.of("Engagement"));
		long busiest = driver.executableQuery("""
				MATCH (d:Department) RETURN max(COUNT { (d)<-[:ATTENDED_BY]-() }) AS n""").execute().records().getFirst()
			.get("n").asLong();
		assertThat(departments).as("a department's meetings: the p95 of five departments is the busiest").isEqualTo(busiest);
		long countries = sizes.estimate("Country", Set.of("Engagement"));
		assertThat(countries).isGreaterThan(10).isLessThan(busiest);

		driver.executableQuery("""
				CREATE (u:Unit {code: 'XO-UNIT', nameEn: 'Busy unit', nameFr: 'Unité occupée', version: 1,
				        classification: 'UNCLASSIFIED'})
				WITH u UNWIND range(1, 1000) AS i
				CREATE (:Engagement {code: 'XO-E-' + i, classification: 'UNCLASSIFIED'})-[:ATTENDED_BY {lead: true}]->(u)
				""").execute();
		try {
			sizes.refresh();
			assertThat(sizes.estimate("Unit", Set.of("Engagement"))).isEqualTo(1000);
		}
		finally {
			driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'XO-' DETACH DELETE n").execute();
			sizes.refresh();
		}
		assertThat(sizes.estimate("Unit", Set.of("Engagement"))).isLessThan(1000);
	}

	@Test
	void everyDashboardDocumentStaysWithinTheLimits() throws IOException {
		Map<String, Object> variables = Map.of("code", "QN", "country", "QN", "engagement", "QN-HOM-2026-12-08",
				"department", "CBSA", "key", "QN", "from", "QM-R04", "to", "CBSA", "text", "asylum");
		List<Path> documents;
		try (var files = Files.list(Path.of("ui-queries"))) {
			documents = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
		}
		for (Path document : documents) {
			String name = document.getFileName().toString().replace(".graphql", "");
			if (Files.readString(document).lines().filter(line -> !line.startsWith("#")).findFirst().orElse("").startsWith("mutation")) {
				continue; // a mutation: RecordingMutationsTest and the browser tests run them
			}
			for (String user : List.of("viewer", "admin")) {
				GraphQlTester.Request<?> request = TestSupport.withUiQueries(TestSupport.as(graphQl, user)).documentName(name);
				String text = Files.readString(document);
				for (var variable : variables.entrySet()) {
					if (text.contains("$" + variable.getKey() + ":") && !(name.equals("missed-opportunities")
							&& (variable.getKey().equals("from") || variable.getKey().equals("to")))) {
						request = request.variable(variable.getKey(), variable.getValue());
					}
				}
				request.execute().errors().satisfy(errors -> assertThat(errors)
					.as(name + " as " + user)
					.noneMatch(error -> LIMITS.contains(String.valueOf(error.getExtensions().get("code")))));
			}
		}
	}
}
