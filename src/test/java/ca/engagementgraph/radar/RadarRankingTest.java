package ca.engagementgraph.radar;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@GraphIntegrationTest
class RadarRankingTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void dump() {
		var tester = TestSupport.withUiQueries(graphQl);
		var answer = tester.documentName("radar").variable("from", "2026-11-21").variable("weeks", 12).execute();
		System.out.println("RADAR " + answer.path("opportunityRadar").entity(Object.class).get());
		var unplanned = tester.documentName("radar-unplanned").variable("from", "2026-11-21").variable("first", 5).execute();
		System.out.println("UNPLANNED " + unplanned.path("resultsWithoutPlannedChance").entity(Object.class).get());
	}
}
