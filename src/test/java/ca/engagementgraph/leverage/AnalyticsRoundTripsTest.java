package ca.engagementgraph.leverage;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.CypherStatements;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request is a constant number of database round-trips: the same for a country with many answers as for a
 * country with few, and never more than a handful.
 */
@GraphIntegrationTest
class AnalyticsRoundTripsTest {

	record Case(String document, Map<String, Object> few, Map<String, Object> many) {

		@Override
		public String toString() {
			return document;
		}
	}

	static List<Case> cases() {
		return List.of(new Case("unleveraged-results", Map.of("country", "QR"), Map.of("country", "QN")),
				new Case("project-coverage", Map.of("country", "XC"), Map.of("country", "QM")),
				new Case("missed-opportunities", Map.of("country", "XB"), Map.of("country", "QN")),
				new Case("dissemination-gaps", Map.of("department", "GAC"), Map.of("department", "CBSA")),
				new Case("td-timeline", Map.of("country", "QS"), Map.of("country", "QM")),
				new Case("briefing-pack", Map.of("engagement", "QN-HOM-2026-12-08"), Map.of("engagement", "QN-HOM-2026-12-08")),
				new Case("neighbourhood", Map.of("key", "QM-R04"), Map.of("key", "QM-R04", "depth", 2)));
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theNumberOfQueriesDoesNotGrowWithTheAnswer(Case test) {
		var few = CypherStatements.during(() -> run(test.document(), test.few()));
		var many = CypherStatements.during(() -> run(test.document(), test.many()));
		assertThat(few).hasSizeLessThanOrEqualTo(8);
		if (!test.document().equals("neighbourhood")) {
			assertThat(many).hasSameSizeAs(few);
		}
		else {
			// One query per ring: depth 2 costs exactly one more than depth 1.
			assertThat(many).hasSize(few.size() + 1);
		}
	}

	private void run(String document, Map<String, Object> variables) {
		var request = TestSupport.withUiQueries(graphQl).documentName(document);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().verify();
	}
}
