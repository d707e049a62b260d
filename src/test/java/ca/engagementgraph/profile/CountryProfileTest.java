package ca.engagementgraph.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.CypherStatements;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import ca.engagementgraph.api.read.GraphReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The country page's document is answered by one statement, and its answer is the one the fields' own controllers give:
 * for every country, for a reader with and without clearance, in both languages. The fields' way is the same document
 * with a directive on one field, which the one statement leaves to them.
 */
@GraphIntegrationTest
class CountryProfileTest {

	@Autowired
	HttpGraphQlTester graphQl;

	private static String document() throws IOException {
		return Files.readString(Path.of("ui-queries/country-profile.graphql"));
	}

	/** The same selection, with a directive the one statement does not take: every field answered by its own. */
	private static String fieldByField() throws IOException {
		String document = document();
		assertThat(document).contains("    iso3\n");
		return document.replace("    iso3\n", "    iso3 @include(if: true)\n");
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "analyst, EN", "analyst, FR", "viewer, EN", "viewer, FR" })
	void everyCountryPageIsTheOneItsFieldsAnswer(String reader, String language) throws IOException {
		var tester = TestSupport.as(graphQl, reader);
		List<String> countries = tester.document("{ countries(first: 100) { nodes { iso2 } } }").execute()
			.path("countries.nodes[*].iso2").entityList(String.class).get();
		assertThat(countries).hasSizeGreaterThan(5);
		for (String country : countries) {
			Object inOneRead = tester.document(document()).variable("code", country).variable("lang", language)
				.execute().path("country").entity(Object.class).get();
			Object fieldByField = tester.document(fieldByField()).variable("code", country).variable("lang", language)
				.execute().path("country").entity(Object.class).get();
			assertThat(inOneRead).as(country).isEqualTo(fieldByField);
		}
	}

	@Test
	void theCountryPageIsOneStatementAndAPartOfItReadsOnlyThatPart() throws IOException {
		var tester = TestSupport.as(graphQl, "analyst");
		String document = document();
		List<String> statements = CypherStatements.during(
				() -> tester.document(document).variable("code", "QM").execute().path("country.iso2").hasValue());
		assertThat(statements).hasSize(1);

		String missionsOnly = "{ country(code: \"QM\") { iso2 missions { code inCanada locatedIn { iso2 } } } }";
		List<String> part = CypherStatements.during(
				() -> tester.document(missionsOnly).execute().path("country.missions[0].inCanada").entity(Boolean.class)
					.isEqualTo(true));
		assertThat(part).hasSize(1);
	}

	@Test
	void aSelectionBeyondTheStatementIsAnsweredFieldByField() {
		var tester = TestSupport.as(graphQl, "analyst");
		String beyond = "{ country(code: \"QM\") { iso2 missions { code engagements(first: 2) { code } } } }";
		List<String> statements = CypherStatements.during(
				() -> tester.document(beyond).execute().path("country.missions[*].engagements").hasValue());
		assertThat(statements).hasSizeGreaterThan(1);
	}

	@Test
	void aCountryPageBesideAFieldOfDataLoadersAnswersBoth() {
		// The page's object is finished when completed: the data loaders of the other field must not wait for it.
		var answer = TestSupport.as(graphQl, "analyst")
			.document("""
					{ country(code: "QM") { missions { code inCanada } }
					  countries(first: 3) { nodes { iso2 missions { code locatedIn { iso2 } } } } }""")
			.execute();
		answer.errors().verify();
		answer.path("country.missions[*].code").entityList(String.class).contains("QM-OTT");
		answer.path("countries.nodes").entityList(Object.class).hasSize(3);
	}

	@Test
	void aPageSizeOutOfRangeIsReportedAsBefore() {
		TestSupport.as(graphQl, "analyst")
			.document("{ country(code: \"QM\") { iso2 engagements(first: 500) { code } } }")
			.execute()
			.errors()
			.expect(error -> "INVALID_PAGE_SIZE".equals(error.getExtensions().get("code")))
			.verify();
	}

	@Autowired
	GraphReader graph;

	/**
	 * A busy country's newest meetings are a walk of the ledger's rows, a quiet one's a sort of its few: the demo's
	 * countries are all quiet, so here every country is read both ways, for both readers.
	 */
	@ParameterizedTest
	@CsvSource({ "true", "false" })
	void theLedgersWalkAndTheSortGiveTheSameMeetings(boolean cleared) {
		List<String> countries = graph.rows("MATCH (c:Country) RETURN c.iso2 AS iso2 ORDER BY iso2", Map.of(),
				(row, nodes) -> row.get("iso2").asString());
		int compared = 0;
		for (String country : countries) {
			Object walked = engagements(country, cleared, 0);
			Object sorted = engagements(country, cleared, Integer.MAX_VALUE);
			assertThat(walked).as(country).isEqualTo(sorted);
			compared += walked instanceof List<?> list && !list.isEmpty() ? 1 : 0;
		}
		assertThat(compared).isGreaterThan(5);
	}

	private Object engagements(String country, boolean cleared, int walkAbove) {
		var parameters = new HashMap<>(CountryProfileStatement.parameters(country, CountryProfileStatement.everyList(),
				100, 100, walkAbove));
		parameters.put("cleared", cleared);
		return graph.rows(CountryProfileStatement.COUNTRY_PROFILE, parameters,
				(row, nodes) -> row.get("country").get("engagements").asObject()).getFirst();
	}
}
