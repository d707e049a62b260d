package ca.engagementgraph.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.CypherStatements;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The accountability panel's document is answered by one statement, Protected B designations included, and its answer
 * is the one the fields' own controllers give. The fields' way is the same document with a directive on one field,
 * which the one statement leaves to them.
 */
@GraphIntegrationTest
class AccountabilityGapsPanelTest {

	/** Every field the panel's statement reads, each list with more than the dashboard asks. */
	private static final String WIDEST = """
			query AccountabilityGaps($lang: Language) {
			  accountabilityGaps {
			    designatedWithoutPlan { iso2 iso3 name(lang: $lang) nameEn nameFr region
			                            designations { code status from to } }
			    plansWithoutLeverage { version code approvedOn escalationStage
			                           country { iso2 iso3 name(lang: $lang) nameEn nameFr region __typename }
			                           roles { role department { code name(lang: $lang) nameEn nameFr } } }
			    preventativeWithoutTdStats { iso2 iso3 name(lang: $lang) nameEn nameFr region }
			  }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	private static String panel() throws IOException {
		return Files.readString(Path.of("ui-queries/accountability-gaps.graphql"));
	}

	/** The same selection, with a directive the one statement does not take: every field answered by its own. */
	private static String fieldByField(String document) {
		assertThat(document).contains("preventativeWithoutTdStats { iso2");
		return document.replace("preventativeWithoutTdStats { iso2", "preventativeWithoutTdStats { iso2 @include(if: true)");
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "analyst, EN", "analyst, FR", "coordinator, EN" })
	void thePanelIsTheOneItsFieldsAnswer(String reader, String language) throws IOException {
		var tester = TestSupport.as(graphQl, reader);
		for (String document : List.of(panel(), WIDEST)) {
			Map<String, Object> inOneRead = tester.document(document).variable("lang", language).execute()
				.path("accountabilityGaps").entity(Map.class).get();
			Object fieldByField = tester.document(fieldByField(document)).variable("lang", language).execute()
				.path("accountabilityGaps").entity(Object.class).get();
			assertThat(inOneRead).isEqualTo(fieldByField);
			assertThat((List<?>) inOneRead.get("designatedWithoutPlan")).isNotEmpty();
			assertThat((List<?>) inOneRead.get("plansWithoutLeverage")).isNotEmpty();
		}
	}

	@Test
	void thePanelIsOneStatementWithItsDesignations() throws IOException {
		var tester = TestSupport.as(graphQl, "analyst");
		String document = panel();
		List<String> statements = CypherStatements.during(() -> tester.document(document).execute()
			.path("accountabilityGaps.designatedWithoutPlan[0].designations[0].status").hasValue());
		assertThat(statements).hasSize(1);
	}

	@Test
	void aReaderWithoutClearanceIsRefusedThePanelAsBefore() throws IOException {
		TestSupport.as(graphQl, "viewer")
			.document(panel())
			.execute()
			.errors()
			.expect(error -> "REDACTED".equals(error.getExtensions().get("code")))
			.verify()
			.path("accountabilityGaps")
			.valueIsNull();
	}
}
