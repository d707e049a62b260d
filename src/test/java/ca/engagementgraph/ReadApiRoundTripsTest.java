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
		var small = CypherStatements.during(() -> run(1));
		var large = CypherStatements.during(() -> run(100));
		assertThat(small).isNotEmpty();
		assertThat(large).hasSameSizeAs(small);
	}

	private void run(int pageSize) {
		TestSupport.withUiQueries(graphQl)
			.documentName("engagement-register")
			.variable("first", pageSize)
			.execute()
			.path("engagements.nodes").entityList(Object.class).hasSizeGreaterThan(0);
	}
}
