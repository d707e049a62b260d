package ca.engagementgraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@GraphIntegrationTest
class SmokeTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void answersAQuery() {
		graphQl.document("{ countries(first: 5) { totalCount nodes { iso2 name(lang: FR) missions { code } sources { code } } } departments { nodes { code name } } }")
			.execute()
			.path("countries.totalCount").entity(Long.class).satisfies(n -> System.out.println("COUNTRIES " + n));
	}
}
