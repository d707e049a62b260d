package ca.engagementgraph.explore;

import java.util.List;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the graph explorer's questions mean on the demo data: a path from a result to a department is a held meeting
 * that raised the result and that the department attended (never a chain through unrelated meetings), an unknown key
 * is "not found" rather than "no path", and a neighbourhood cut by its node limit keeps projects, results and missions
 * before meetings and says what it left out.
 */
@GraphIntegrationTest
class ExplorerAnswersTest {

	@Autowired
	HttpGraphQlTester graphQl;

	private HttpGraphQlTester ui() {
		return TestSupport.withUiQueries(graphQl);
	}

	private List<String> pathIds(String from, String to) {
		return ui().documentName("path").variable("from", from).variable("to", to)
			.variable("via", List.of("RAISED", "ATTENDED_BY", "FOLLOWS"))
			.execute().path("path.nodes[*].id").entityList(String.class).get();
	}

	@Test
	void aResultReachesADepartmentOnlyThroughAHeldMeetingThatRaisedItAndThatTheDepartmentAttended() {
		assertThat(pathIds("QN-R04", "CBSA")).containsExactly("Result:QN-R04", "Engagement:BRF-2022-12-01",
				"Department:CBSA");
	}

	@Test
	void aResultNeverRaisedAtAMeetingTheDepartmentAttendedHasNoPathEvenThoughTheirMeetingsShareAnAttendee() {
		// IRB attended study tours and forums with IRCC, and IRCC attended meetings that raised QN-R04: no path.
		var answer = ui().documentName("path").variable("from", "QN-R04").variable("to", "IRB")
			.variable("via", List.of("RAISED", "ATTENDED_BY", "FOLLOWS")).execute();
		answer.path("path.nodes").entityList(Object.class).hasSize(0);
		answer.path("path.relationships").entityList(Object.class).hasSize(0);
	}

	@Test
	void aDepartmentAttendingThroughOneOfItsUnitsCountsAndThePathReadsFromTheNodeAskedFirst() {
		assertThat(pathIds("IRCC-INTL", "QM-R04")).containsExactly("Unit:IRCC-INTL", "Engagement:QM-MON-2024-02-20",
				"Result:QM-R04");
		var depths = ui().documentName("path").variable("from", "CBSA").variable("to", "QN-R04").execute()
			.path("path.nodes[*].depth").entityList(Integer.class).get();
		assertThat(depths).containsExactly(0, 1, 2);
	}

	@Test
	void anUnknownKeyIsNotFoundRatherThanNoPath() {
		var answer = ui().documentName("path").variable("from", "QN-R99").variable("to", "CBSA").execute();
		answer.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.getFirst().getExtensions()).containsEntry("code", "UNKNOWN_NODE");
			assertThat(errors.getFirst().getMessage()).contains("QN-R99");
		});
	}

	@Test
	void aCountryCutByTheNodeLimitKeepsItsProjectsAndMissionsAndCountsTheMeetingsLeftOut() {
		var answer = ui().documentName("neighbourhood").variable("key", "Country:QN").variable("limit", 12).execute();
		var labels = answer.path("neighbourhood.nodes[*].label").entityList(String.class).get();
		assertThat(labels).contains("Project", "Mission");
		// Meetings come last: after the first one, only meetings (and nothing of what matters was left out for them).
		assertThat(labels.subList(Math.max(0, labels.indexOf("Engagement")), labels.size())).containsOnly("Engagement");
		answer.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
		var omitted = answer.path("neighbourhood.omitted[*].label").entityList(String.class).get();
		assertThat(omitted).contains("Engagement").doesNotContain("Project", "Mission");
		answer.path("neighbourhood.omitted[?(@.label == 'Engagement')].count").entityList(Integer.class)
			.satisfies(counts -> assertThat(counts.getFirst()).isPositive());
	}

	@Test
	void aNeighbourhoodExpandsAlongOneRelationshipTypeOrShowsOnlyTheLabelsLeftOut() {
		var raisedBy = ui().documentName("neighbourhood").variable("key", "Result:QN-R04").variable("types", List.of("RAISED"))
			.execute().path("neighbourhood.nodes[*].label").entityList(String.class).get();
		assertThat(raisedBy.subList(1, raisedBy.size())).isNotEmpty().containsOnly("Engagement");
		var meetings = ui().documentName("neighbourhood").variable("key", "Country:QN").variable("labels", List.of("Engagement"))
			.variable("limit", 500).execute();
		var labels = meetings.path("neighbourhood.nodes[*].label").entityList(String.class).get();
		assertThat(labels.subList(1, labels.size())).isNotEmpty().containsOnly("Engagement");
		meetings.path("neighbourhood.omitted").entityList(Object.class).hasSize(0);
	}

	@Test
	void aResultsCaptionSaysWhatItIsInTheLanguageAsked() {
		var french = ui().documentName("neighbourhood").variable("key", "Result:QN-R04").variable("lang", "FR").execute()
			.path("neighbourhood.nodes[0].caption").entity(String.class).get();
		var english = ui().documentName("neighbourhood").variable("key", "Result:QN-R04").variable("lang", "EN").execute()
			.path("neighbourhood.nodes[0].caption").entity(String.class).get();
		assertThat(french).isNotEqualTo("QN-R04").isNotEqualTo(english);
	}

	@Test
	void theDetailsOfANodeAreItsPropertiesInTheLanguageAskedAndAProtectedNodeIsNotFoundWithoutTheClearance() {
		var details = ui().documentName("graph-node").variable("key", "Result:QN-R04").variable("lang", "FR").execute();
		details.path("graphNode.node.id").entity(String.class).isEqualTo("Result:QN-R04");
		var names = details.path("graphNode.properties[*].name").entityList(String.class).get();
		assertThat(names).contains("code", "summary", "achievedOn").doesNotContain("summaryEn", "summaryFr");
		String french = details.path("graphNode.properties[?(@.name == 'summary')].value").entityList(String.class).get().getFirst();
		String english = ui().documentName("graph-node").variable("key", "Result:QN-R04").variable("lang", "EN").execute()
			.path("graphNode.properties[?(@.name == 'summary')].value").entityList(String.class).get().getFirst();
		assertThat(french).isNotBlank().isNotEqualTo(english);

		TestSupport.withUiQueries(TestSupport.as(graphQl, "analyst")).documentName("graph-node")
			.variable("key", "RWG-ADM-2023-Q1").execute().path("graphNode.node.label").entity(String.class).isEqualTo("Engagement");
		TestSupport.withUiQueries(TestSupport.as(graphQl, "viewer")).documentName("graph-node")
			.variable("key", "RWG-ADM-2023-Q1").execute()
			.errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "UNKNOWN_NODE"));
	}
}
