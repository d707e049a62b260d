package ca.engagementgraph.security;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A viewer sees Protected B information redacted, and cannot infer it another way: not through filters, counts,
 * totals, aggregations, search, paths, error messages or differences between answers.
 */
@GraphIntegrationTest
class ProtectedBRedactionTest {

	@Autowired
	HttpGraphQlTester graphQl;

	private HttpGraphQlTester viewer() {
		return TestSupport.as(graphQl, "viewer");
	}

	private static List<String> redactedPaths(GraphQlTester.Response response) {
		var paths = new java.util.ArrayList<String>();
		response.errors().satisfy(errors -> errors.forEach(error -> {
			assertThat(error.getExtensions()).containsEntry("code", "REDACTED");
			assertThat(error.getMessage()).doesNotContain("RECALCITRANT", "PREVENTATIVE", "DES-", "PLAN-");
			paths.add(error.getPath().toString());
		}));
		return paths;
	}

	@Test
	void protectedFieldsAreNullWithARedactedErrorAndTheRestOfTheAnswerStands() {
		var response = viewer().document("""
				{ country(code: "QM") { name designations { status } tdStats { quarter } engagementPlans { code } decisions { code } } }
				""").execute();
		assertThat(redactedPaths(response)).containsExactlyInAnyOrder("country.designations", "country.tdStats",
				"country.engagementPlans", "country.decisions");
		response.path("country.name").entity(String.class).isEqualTo("Marovia");
		response.path("country.designations").valueIsNull();
		TestSupport.as(graphQl, "analyst").document("{ country(code: \"QM\") { designations { status } } }").execute()
			.path("country.designations[0].status").entity(String.class).isEqualTo("RECALCITRANT");
	}

	@Test
	void aDesignationFilterCannotBeUsedToFindDesignatedCountries() {
		for (String query : List.of("{ countries(filter: {designation: RECALCITRANT}) { totalCount nodes { iso2 } } }",
				"{ countries(filter: {designation: PREVENTATIVE}, first: 0) { totalCount } }",
				"{ projects(filter: {designation: RECALCITRANT}) { totalCount } }")) {
			var response = viewer().document(query).execute();
			assertThat(redactedPaths(response)).hasSize(1);
		}
	}

	@Test
	void countsTotalsAndAggregationsOfProtectedDataAreRedacted() {
		assertThat(redactedPaths(viewer().document("{ designations(first: 0) { totalCount } }").execute())).hasSize(1);
		assertThat(redactedPaths(viewer().document("{ tdStats(first: 0) { totalCount } }").execute())).hasSize(1);
		var profile = viewer().document("{ programProfile { projects byDesignation { designation projects } } }").execute();
		assertThat(redactedPaths(profile)).containsExactly("programProfile.byDesignation");
		profile.path("programProfile.projects").entity(Integer.class).isEqualTo(13);
		assertThat(redactedPaths(viewer().document("{ accountabilityGaps { designatedWithoutPlan { iso2 } } }").execute()))
			.hasSize(1);
		assertThat(redactedPaths(viewer().document("{ tdTimeline(country: \"QM\") { quarters { issued } } }").execute()))
			.hasSize(1);
		var briefing = viewer().document("{ briefing(engagement: \"QN-HOM-2026-12-08\") { resultsToRaise { nodes { result { code } } } tdTrend { issued } latestDecisions { code } } }")
			.execute();
		assertThat(redactedPaths(briefing)).containsExactlyInAnyOrder("briefing.tdTrend", "briefing.latestDecisions");
		briefing.path("briefing.resultsToRaise.nodes").entityList(Object.class).hasSizeGreaterThan(0);
	}

	@Test
	void whetherAProtectedRecordExistsCannotBeToldFromTheAnswer() {
		var existing = viewer().document("{ designation(code: \"DES-QM-2019\") { status } }").execute();
		var missing = viewer().document("{ designation(code: \"DES-NO-SUCH\") { status } }").execute();
		assertThat(redactedPaths(existing)).isEqualTo(redactedPaths(missing));
		existing.path("designation").valueIsNull();
		missing.path("designation").valueIsNull();
	}

	@Test
	void searchNeverFindsProtectedRecords() {
		for (String text : List.of("recalcitrant", "escalate", "preventative", "DES-QM-2019", "PLAN-QN-2020")) {
			var types = viewer().document("{ search(text: \"" + text + "\") { type } }").execute()
				.path("search[*].type").entityList(String.class).get();
			assertThat(types).as(text).doesNotContainAnyElementsOf(Access.PROTECTED_B_LABELS);
		}
	}

	@Test
	void theGraphExplorerNeverShowsOrCrossesProtectedNodes() {
		var neighbourhood = viewer().document("{ neighbourhood(key: \"QM\", depth: 2, limit: 500) { nodes { label } } }")
			.execute().path("neighbourhood.nodes[*].label").entityList(String.class).get();
		assertThat(neighbourhood).isNotEmpty().doesNotContainAnyElementsOf(Access.PROTECTED_B_LABELS);
		var cleared = TestSupport.as(graphQl, "analyst").document("{ neighbourhood(key: \"QM\", depth: 1, limit: 500) { nodes { label } } }")
			.execute().path("neighbourhood.nodes[*].label").entityList(String.class).get();
		assertThat(cleared).contains("Designation", "TdStat");

		String unknownProtected = message(viewer().document("{ neighbourhood(key: \"DES-QM-2019\") { truncated } }").execute());
		String unknownMissing = message(viewer().document("{ neighbourhood(key: \"DES-QX-2019\") { truncated } }").execute());
		assertThat(unknownProtected.replace("DES-QM-2019", "?")).isEqualTo(unknownMissing.replace("DES-QX-2019", "?"));
		assertThat(message(viewer().document("{ path(from: \"QM\", to: \"PLAN-QM-2020\") { nodes { id } } }").execute()))
			.startsWith("Nothing in the graph has the key");
	}

	@Test
	void engagementsShowNoDecisionsOrDesignationsToAViewer() {
		var response = viewer().document("{ engagement(code: \"QM-HOM-2024-03-13\") { code decisions { code } designationsDecided { code } } }")
			.execute();
		assertThat(redactedPaths(response)).containsExactlyInAnyOrder("engagement.decisions", "engagement.designationsDecided");
		response.path("engagement.code").entity(String.class).isEqualTo("QM-HOM-2024-03-13");
		// The meeting where they were decided is Protected B itself: to a viewer it does not exist.
		viewer().document("{ engagement(code: \"RWG-ADM-2019-Q3\") { code } }").execute().path("engagement").valueIsNull();
	}

	private static String message(GraphQlTester.Response response) {
		var messages = new java.util.ArrayList<String>();
		response.errors().satisfy(errors -> errors.forEach(e -> messages.add(e.getMessage())));
		return messages.isEmpty() ? "" : messages.getFirst();
	}
}
