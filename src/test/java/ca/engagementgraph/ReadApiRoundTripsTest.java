package ca.engagementgraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's number of database round-trips must not grow with the number of rows it returns (no N+1). */
@GraphIntegrationTest
class ReadApiRoundTripsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void nestedFieldsCostOneQueryPerFieldWhateverThePageSize() {
		var small = CypherStatements.during(() -> run(40));
		var large = CypherStatements.during(() -> run(100));
		// The page and its total, then at most one query per batch-loaded field of the document (12 of them,
		// nested ones included), whether the page holds 40 rows or 100.
		assertThat(small).as("the statements seen").isNotEmpty().hasSizeLessThanOrEqualTo(2 + 12);
		assertThat(large).hasSameSizeAs(small);
	}

	private void run(int pageSize) {
		TestSupport.withUiQueries(graphQl)
			.documentName("engagement-register")
			.variable("first", pageSize)
			.execute()
			.path("engagements.edges").entityList(Object.class).hasSize(pageSize);
	}
}
