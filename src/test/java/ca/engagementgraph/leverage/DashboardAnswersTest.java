package ca.engagementgraph.leverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every dashboard document of {@code ui-queries/} answers the demo data exactly as expected. The expected JSON
 * in {@code src/test/resources/expected/} pins each document's whole answer (order, texts, both languages); the
 * figures in it are those {@link SeedOracle} computes independently from the seed files, which
 * {@link AnswersAgreeWithTheSeedFilesTest} checks for every country, and by hand for the explorer answers.
 */
@GraphIntegrationTest
class DashboardAnswersTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			gap-by-country       | all                 | {}
			project-coverage     | QM                  | {"country": "QM"}
			unleveraged-results  | QN                  | {"country": "QN"}
			unleveraged-results  | QMA-as-of-2023      | {"country": "QMA", "asOf": "2023-12-31"}
			unleveraged-results  | QM-in-country       | {"country": "QM", "channel": "IN_COUNTRY"}
			unleveraged-results  | QR-attended-by-CBSA | {"country": "QR", "attendedBy": "CBSA"}
			missed-opportunities | QN                  | {"country": "QN"}
			missed-opportunities | QM-2022             | {"country": "QM", "from": "2022-01-01", "to": "2022-12-31"}
			briefing-pack        | QN-HOM-2026-12-08   | {"engagement": "QN-HOM-2026-12-08"}
			dissemination-gaps   | CBSA                | {"department": "CBSA"}
			dissemination-gaps   | GAC                 | {"department": "GAC"}
			accountability-gaps  | all                 | {}
			td-timeline          | QM                  | {"country": "QM"}
			td-timeline          | QN                  | {"country": "QN"}
			program-profile      | all                 | {}
			neighbourhood        | QM-R04              | {"key": "QM-R04"}
			path                 | QM-R04-to-CBSA      | {"from": "QM-R04", "to": "CBSA"}
			country-profile      | QM                  | {"code": "QM"}
			engagement-plan      | QM                  | {"country": "QM"}
			departments          | all                 | {}
			signed-in            | admin               | {}
			""")
	void answersTheDemoDataExactly(String document, String answer, String variables) throws IOException {
		String expected = Files.readString(Path.of("src/test/resources/expected", document + "." + answer + ".json"));
		var request = TestSupport.withUiQueries(graphQl).documentName(document);
		Map<String, Object> values = JSON.readValue(variables, new TypeReference<Map<String, Object>>() {
		});
		for (var variable : values.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().path("").matchesJsonStrictly(expected);
	}
}
