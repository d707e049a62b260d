package ca.engagementgraph.leverage;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

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
 * country with few, and never more than a handful. Each case compares two different answers, the second strictly
 * larger than the first (checked, so that a case cannot quietly compare an answer with itself): a query run once per
 * row would then cost the larger answer more statements.
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
				// Valdoria's Ottawa meeting (7 results to raise), with 3 of them and with all: every planned meeting of the
				// demo has answers of the same size since a pack lists only its own country's open actions.
				new Case("briefing-pack", Map.of("engagement", "QN-HOM-2026-12-08", "results", 3),
						Map.of("engagement", "QN-HOM-2026-12-08")),
				new Case("neighbourhood", Map.of("key", "QM-R04"), Map.of("key", "QM-R04", "depth", 2)));
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void theNumberOfQueriesDoesNotGrowWithTheAnswer(Case test) {
		// Each once beforehand: a first request about a country also fills the service's cache of known countries
		// (and departments), a statement the next request about it does not send.
		run(test.document(), test.few());
		run(test.document(), test.many());
		var fewAnswer = new AtomicReference<Object>();
		var manyAnswer = new AtomicReference<Object>();
		var few = CypherStatements.during(() -> fewAnswer.set(run(test.document(), test.few())));
		var many = CypherStatements.during(() -> manyAnswer.set(run(test.document(), test.many())));
		assertThat(rows(manyAnswer.get())).as("the larger answer's rows").isGreaterThan(rows(fewAnswer.get()));
		assertThat(few).as("the statements seen").isNotEmpty().hasSizeLessThanOrEqualTo(8);
		if (!test.document().equals("neighbourhood")) {
			assertThat(many).hasSameSizeAs(few);
		}
		else {
			// One query per ring: depth 2 costs exactly one more than depth 1.
			assertThat(many).hasSize(few.size() + 1);
		}
	}

	private Object run(String document, Map<String, Object> variables) {
		var request = TestSupport.withUiQueries(graphQl).documentName(document);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		var response = request.execute();
		response.errors().verify();
		return response.path("").entity(Object.class).get();
	}

	/** How many list elements an answer holds, at every depth: the rows a per-row query would multiply. */
	private static int rows(Object answer) {
		return switch (answer) {
			case List<?> list -> list.size() + list.stream().mapToInt(AnalyticsRoundTripsTest::rows).sum();
			case Map<?, ?> map -> map.values().stream().mapToInt(AnalyticsRoundTripsTest::rows).sum();
			case null, default -> 0;
		};
	}
}
