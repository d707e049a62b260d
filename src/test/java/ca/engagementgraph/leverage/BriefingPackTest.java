package ca.engagementgraph.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ca.engagementgraph.CypherStatements;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The briefing pack's document is answered by one statement, and its answer is the one the sections' own controllers
 * give: for every planned meeting, for a reader with the clearance in both languages and for one without it (whose
 * pack leaves out the Protected B sections). The sections' way is the same document with a directive on one field,
 * which the one statement leaves to them.
 */
@GraphIntegrationTest
class BriefingPackTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	private static String pack() throws IOException {
		return Files.readString(Path.of("ui-queries/briefing-pack.graphql"));
	}

	/** The pack without its Protected B sections, as a reader without the clearance would ask it. */
	private static String unclassifiedPack() throws IOException {
		String document = pack();
		assertThat(document).contains("    tdTrend {", "    latestDecisions {");
		return document.replaceAll("(?m)^    (tdTrend|latestDecisions) \\{.*\\}\\n", "");
	}

	/** The same selection, with a directive the one statement does not take: every section answered by its own. */
	private static String sectionBySection(String document) {
		assertThat(document).contains("    openActionCount\n");
		return document.replace("    openActionCount\n", "    openActionCount @include(if: true)\n");
	}

	private List<String> plannedMeetings() {
		return driver.executableQuery("MATCH (e:Engagement {status: 'PLANNED'}) RETURN e.code AS code ORDER BY code")
			.execute()
			.records()
			.stream()
			.map(meeting -> meeting.get("code").asString())
			.toList();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "analyst, EN", "analyst, FR", "viewer, EN" })
	void everyPackIsTheOneItsSectionsAnswer(String reader, String language) throws IOException {
		var tester = TestSupport.as(graphQl, reader);
		String document = reader.equals("viewer") ? unclassifiedPack() : pack();
		List<String> meetings = plannedMeetings();
		assertThat(meetings).hasSizeGreaterThan(3);
		int withResults = 0;
		for (String meeting : meetings) {
			var inOneRead = tester.document(document).variable("engagement", meeting).variable("lang", language)
				.variable("results", 3).execute();
			var sectionBySection = tester.document(sectionBySection(document)).variable("engagement", meeting)
				.variable("lang", language).variable("results", 3).execute();
			Object one = inOneRead.returnResponse().toMap();
			Object sections = sectionBySection.returnResponse().toMap();
			assertThat(one).as(meeting).isEqualTo(sections);
			withResults += one.toString().contains("resultsToRaise={totalCount=0") ? 0 : 1;
		}
		assertThat(withResults).isGreaterThan(1);
	}

	@Test
	void thePackIsOneStatement() throws IOException {
		var tester = TestSupport.as(graphQl, "analyst");
		String meeting = plannedMeetings().getFirst();
		String document = pack();
		List<String> statements = CypherStatements.during(() -> tester.document(document)
			.variable("engagement", meeting)
			.execute()
			.path("briefing.engagement.code")
			.entity(String.class)
			.isEqualTo(meeting));
		assertThat(statements).hasSize(1);
	}

	@Test
	void aLaterPageOfResultsIsReadByItsOwnSection() {
		var tester = TestSupport.as(graphQl, "analyst");
		String meeting = plannedMeetings().getFirst();
		String later = """
				query ($engagement: String!, $after: String) {
				  briefing(engagement: $engagement) { resultsToRaise(first: 1, after: $after) { nodes { result { code } } } }
				}""";
		List<String> statements = CypherStatements.during(() -> tester.document(later)
			.variable("engagement", meeting)
			.variable("after", null)
			.execute()
			.path("briefing.resultsToRaise.nodes")
			.hasValue());
		assertThat(statements).hasSizeGreaterThan(1);
	}

	@ParameterizedTest
	@CsvSource({ "NO-SUCH-MEETING, UNKNOWN_ENGAGEMENT", "held, ENGAGEMENT_NOT_PLANNED" })
	void aMeetingThatCannotBeBriefedIsRefusedAsBefore(String meeting, String code) throws IOException {
		String engagement = meeting.equals("held") ? driver
			.executableQuery("MATCH (e:Engagement {status: 'HELD'}) RETURN e.code AS code ORDER BY code LIMIT 1")
			.execute()
			.records()
			.getFirst()
			.get("code")
			.asString() : meeting;
		var tester = TestSupport.as(graphQl, "analyst");
		for (String document : List.of(pack(), sectionBySection(pack()))) {
			tester.document(document)
				.variable("engagement", engagement)
				.execute()
				.errors()
				.expect(error -> code.equals(error.getExtensions().get("code")))
				.verify()
				.path("briefing")
				.valueIsNull();
		}
	}

	@Test
	void aReaderWithoutClearanceAskingTheWholePackHasTheProtectedSectionsRedacted() throws IOException {
		String meeting = plannedMeetings().getFirst();
		TestSupport.as(graphQl, "viewer")
			.document(pack())
			.variable("engagement", meeting)
			.execute()
			.errors()
			.expect(error -> "REDACTED".equals(error.getExtensions().get("code")))
			.verify()
			.path("briefing.tdTrend")
			.valueIsNull()
			.path("briefing.engagement.code")
			.entity(String.class)
			.isEqualTo(meeting);
	}
}
