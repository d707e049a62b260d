package ca.engagementgraph.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.CypherStatements;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The coverage panels' documents (every country, one country, one country's projects) are answered by one statement
 * read whole, and each answer is the one the rows' fields give field by field: for every demo country, for a reader
 * with the clearance and one without (who sees the counters of Unclassified records only), in both languages. The
 * fields' way is the same document with a directive on one field, which the one statement leaves to them.
 */
@GraphIntegrationTest
class CoveragePanelsTest {

	/** Every field the rows' statement reads. */
	private static final String WIDEST = """
			query Coverage($country: String, $by: CoverageGrouping, $lang: Language) {
			  leveragingCoverage(country: $country, by: $by) {
			    country { iso2 iso3 name(lang: $lang) nameEn nameFr region __typename }
			    project { code title(lang: $lang) titleEn titleFr }
			    results raisedAnywhere raisedInOttawa raisedInCountry neverRaisedInOttawa ottawaCoverage
			    byDepartment { department { code name(lang: $lang) nameEn nameFr } raised }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	private static String document(String name) throws IOException {
		return Files.readString(Path.of("ui-queries/" + name + ".graphql"));
	}

	/** The same selection, with a directive the one statement does not take: every field answered by its own. */
	private static String fieldByField(String document) {
		String withDirective = document.replaceFirst("results\\b", "results @include(if: true)");
		assertThat(withDirective).isNotEqualTo(document);
		return withDirective;
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "analyst, EN", "analyst, FR", "viewer, EN" })
	void everyPanelIsTheOneItsFieldsAnswer(String reader, String language) throws IOException {
		var tester = TestSupport.as(graphQl, reader);
		List<Map<String, Object>> everyCountry = rows(tester, document("gap-by-country"), null, null, language);
		assertThat(everyCountry).isNotEmpty();
		var asked = new ArrayList<Object[]>();
		asked.add(new Object[] { document("gap-by-country"), null, null });
		asked.add(new Object[] { WIDEST, null, "COUNTRY" });
		asked.add(new Object[] { WIDEST, null, "PROJECT" });
		asked.add(new Object[] { WIDEST, "ZZ", "COUNTRY" }); // no such country in the demo: answered as an error both ways
		for (var row : everyCountry) {
			String iso2 = (String) ((Map<?, ?>) row.get("country")).get("iso2");
			asked.add(new Object[] { document("gap-by-country"), iso2, null });
			asked.add(new Object[] { document("project-coverage"), iso2, null });
			asked.add(new Object[] { WIDEST, iso2, "PROJECT" });
		}
		int projectRows = 0;
		for (Object[] question : asked) {
			String document = (String) question[0];
			String country = (String) question[1];
			String by = (String) question[2];
			var inOneRead = answer(tester, document, country, by, language);
			var fieldByField = answer(tester, fieldByField(document), country, by, language);
			assertThat(inOneRead).as("%s of %s by %s", document.lines().findFirst().orElse(""), country, by)
				.isEqualTo(fieldByField);
			if (document.contains("PROJECT") && inOneRead.get("data") instanceof Map<?, ?> data
					&& data.get("leveragingCoverage") instanceof List<?> rows) {
				projectRows += rows.size();
			}
		}
		assertThat(projectRows).isPositive();
	}

	@Test
	void aCountrysProjectsAreOneStatement() throws IOException {
		var tester = TestSupport.as(graphQl, "analyst");
		String document = document("project-coverage");
		String country = (String) ((Map<?, ?>) rows(tester, document("gap-by-country"), null, null, "EN").getFirst()
			.get("country")).get("iso2");
		// Asked once first: the country's code is then remembered (KnownCountries), as in a dashboard's session.
		tester.document(document).variable("country", country).execute().path("leveragingCoverage").hasValue();
		List<String> statements = CypherStatements.during(() -> tester.document(document).variable("country", country)
			.execute().path("leveragingCoverage[0].byDepartment[0].department.code").hasValue());
		assertThat(statements).hasSize(1);
	}

	/**
	 * The one statement reads only the titles the selection shows: {@code title} without a language is the request's
	 * (Accept-Language), with one it is that one, and both variants asked beside it are both there.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "code title", "code title(lang: FR)", "title(lang: EN) titleFr",
			"titleEn code", "code" })
	void aProjectsTitlesAreTheOnesItsSelectionShows(String projectFields) throws IOException {
		var french = TestSupport.as(graphQl, "analyst").mutate().header("Accept-Language", "fr-CA").build();
		String document = """
				query Coverage($country: String) {
				  leveragingCoverage(country: $country, by: PROJECT) { project { %s } results }
				}""".formatted(projectFields);
		String country = (String) ((Map<?, ?>) rows(french, document("gap-by-country"), null, null, "EN").getFirst()
			.get("country")).get("iso2");
		var inOneRead = answer(french, document, country, null, null);
		assertThat((List<?>) ((Map<?, ?>) inOneRead.get("data")).get("leveragingCoverage")).isNotEmpty();
		assertThat(inOneRead).isEqualTo(answer(french, fieldByField(document), country, null, null));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(GraphQlTester tester, String document, String country, String by,
			String language) {
		return (List<Map<String, Object>>) ((Map<String, Object>) answer(tester, document, country, by, language)
			.get("data")).get("leveragingCoverage");
	}

	/** The whole answer, data and errors, as the client reads it. */
	private static Map<String, Object> answer(GraphQlTester tester, String document, String country, String by,
			String language) {
		var request = language == null ? tester.document(document) : tester.document(document).variable("lang", language);
		if (country != null) {
			request = request.variable("country", country);
		}
		if (by != null) {
			request = request.variable("by", by);
		}
		return request.execute().returnResponse().toMap();
	}
}
