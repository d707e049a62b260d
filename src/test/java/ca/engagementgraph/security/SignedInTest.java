package ca.engagementgraph.security;

import java.util.List;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The dashboard shows each user only what they may use, from what {@code viewer} says about them. */
@GraphIntegrationTest
class SignedInTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aViewerMayNeitherRecordNorReadProtectedB() {
		var viewer = TestSupport.withUiQueries(TestSupport.as(graphQl, "viewer")).documentName("signed-in").execute();
		viewer.path("viewer.name").entity(String.class).isEqualTo("viewer");
		viewer.path("viewer.roles").entityList(String.class).isEqualTo(List.of("VIEWER"));
		viewer.path("viewer.canRecord").entity(Boolean.class).isEqualTo(false);
		viewer.path("viewer.protectedB").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aCoordinatorMayRecordAndHoldsTheClearanceInTheDemo() {
		var coordinator = TestSupport.withUiQueries(TestSupport.as(graphQl, "coordinator")).documentName("signed-in").execute();
		coordinator.path("viewer.roles").entityList(String.class).isEqualTo(List.of("VIEWER", "ANALYST", "COORDINATOR"));
		coordinator.path("viewer.canRecord").entity(Boolean.class).isEqualTo(true);
		coordinator.path("viewer.protectedB").entity(Boolean.class).isEqualTo(true);
	}
}
