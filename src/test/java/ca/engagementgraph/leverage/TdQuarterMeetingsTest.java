package ca.engagementgraph.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** A timeline quarter lists the first meetings asked for, and refuses a page size out of range as every list does. */
@GraphIntegrationTest
class TdQuarterMeetingsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aQuarterListsAsManyMeetingsAsAskedOrTenAtMost() {
		var tester = TestSupport.as(graphQl, "analyst");
		List<Integer> counts = tester.document("{ tdTimeline(country: \"QM\") { quarters { engagementCount } } }")
			.execute().path("tdTimeline.quarters[*].engagementCount").entityList(Integer.class).get();
		List<Integer> two = tester
			.document("{ tdTimeline(country: \"QM\") { quarters { engagements(first: 2) { code } } } }")
			.execute().path("tdTimeline.quarters[*].engagements.length()").entityList(Integer.class).get();
		List<Integer> byDefault = tester
			.document("{ tdTimeline(country: \"QM\") { quarters { engagements { code } } } }")
			.execute().path("tdTimeline.quarters[*].engagements.length()").entityList(Integer.class).get();
		assertThat(counts).anyMatch(count -> count > 2);
		for (int i = 0; i < counts.size(); i++) {
			assertThat(two.get(i)).isEqualTo(Math.min(2, counts.get(i)));
			assertThat(byDefault.get(i)).isEqualTo(Math.min(TdTimelineController.DEFAULT_MEETINGS_PER_QUARTER,
					counts.get(i)));
		}
	}

	@Test
	void aPageSizeOutOfRangeIsTheTypedErrorOfEveryList() {
		TestSupport.as(graphQl, "analyst")
			.document("{ tdTimeline(country: \"QM\") { quarters { quarter engagements(first: 101) { code } } } }")
			.execute()
			.errors()
			.satisfy(errors -> {
				assertThat(errors).isNotEmpty().allSatisfy(error -> {
					assertThat(error.getExtensions()).containsEntry("code", "INVALID_PAGE_SIZE");
					assertThat(error.getMessage()).contains("100").contains("101");
					assertThat(error.getPath()).startsWith("tdTimeline.quarters[").endsWith("].engagements");
				});
			});
	}
}
