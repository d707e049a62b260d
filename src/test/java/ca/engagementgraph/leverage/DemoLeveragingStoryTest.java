package ca.engagementgraph.leverage;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation's story, told by the demo data across all nine fictional countries (totals from
 * seed/demo/SCENARIO.md, computed there independently from the seed files).
 */
@GraphIntegrationTest
class DemoLeveragingStoryTest {

	private static final List<String> COUNTRIES = List.of("QM", "QN", "QR", "QS", "QT", "XA", "XB", "XC", "QU");

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void thirtyOfFortyFourResultsWereNeverRaisedWithTheMissionInOttawa() {
		assertThat(totalUnleveraged(Map.of())).isEqualTo(30);
	}

	@Test
	void atTheEndOf2023TwentySevenAchievedResultsHadNeverBeenRaisedInOttawa() {
		assertThat(totalUnleveraged(Map.of("asOf", "2023-12-31"))).isEqualTo(27);
	}

	@Test
	void twentySevenOttawaMeetingsMissedTheirChanceTwentyOneOfThemLedByCbsaAndTwelveInCountry() {
		int ottawa = 0;
		int ottawaLedByCbsa = 0;
		int inCountry = 0;
		for (String country : COUNTRIES) {
			List<Map<String, Object>> missed = TestSupport.withUiQueries(graphQl).documentName("missed-opportunities")
				.variable("country", country).variable("first", 100).execute()
				.path("missedOpportunities.nodes").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
				}).get();
			for (Map<String, Object> opportunity : missed) {
				if ("OTTAWA".equals(opportunity.get("channel"))) {
					ottawa++;
					if (leadOf(opportunity).equals("CBSA")) {
						ottawaLedByCbsa++;
					}
				}
				else {
					inCountry++;
				}
			}
		}
		assertThat(ottawa).isEqualTo(27);
		assertThat(ottawaLedByCbsa).isEqualTo(21);
		assertThat(inCountry).isEqualTo(12);
	}

	@Test
	void oneResultWasRaisedOnlyAtACancelledMeetingAndSoNeverRaised() {
		int neverRaisedAnywhere = 0;
		for (String country : COUNTRIES) {
			neverRaisedAnywhere += TestSupport.withUiQueries(graphQl).documentName("unleveraged-results")
				.variable("country", country).variable("channel", "ANY").execute()
				.path("unleveragedResults.totalCount").entity(Integer.class).get();
		}
		assertThat(neverRaisedAnywhere).isEqualTo(1);
		TestSupport.withUiQueries(graphQl).documentName("unleveraged-results").variable("country", "QT")
			.variable("channel", "ANY").execute()
			.path("unleveragedResults.nodes[0].result.code").entity(String.class).isEqualTo("QT-R04");
	}

	private int totalUnleveraged(Map<String, Object> extra) {
		int total = 0;
		for (String country : COUNTRIES) {
			var request = TestSupport.withUiQueries(graphQl).documentName("unleveraged-results").variable("country", country);
			for (var variable : extra.entrySet()) {
				request = request.variable(variable.getKey(), variable.getValue());
			}
			total += request.execute().path("unleveragedResults.totalCount").entity(Integer.class).get();
		}
		return total;
	}

	@SuppressWarnings("unchecked")
	private static String leadOf(Map<String, Object> opportunity) {
		var engagement = (Map<String, Object>) opportunity.get("engagement");
		for (Map<String, Object> attendance : (List<Map<String, Object>>) engagement.get("attendance")) {
			if (Boolean.TRUE.equals(attendance.get("lead"))) {
				return (String) ((Map<String, Object>) attendance.get("participant")).get("code");
			}
		}
		return "";
	}
}
