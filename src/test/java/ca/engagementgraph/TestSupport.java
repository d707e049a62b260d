package ca.engagementgraph;

import java.util.List;

import org.springframework.core.io.FileSystemResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Helpers shared by the integration tests. */
public final class TestSupport {

	private TestSupport() {
	}

	/**
	 * Tests run the very documents dashboards use: {@code documentName("x")} reads {@code ui-queries/x.graphql},
	 * falling back to {@code src/test/resources/graphql-test/} for documents only tests need.
	 */
	/** The tester signed in as one of the demo users instead of admin. */
	public static HttpGraphQlTester as(HttpGraphQlTester tester, String user) {
		return tester.mutate().headers(headers -> headers.setBasicAuth(user, "demo")).responseTimeout(PATIENCE).build();
	}

	/** As {@link SignedInAsAdmin}: a slow answer on a shared CI machine is not a wrong one (mutate() resets it). */
	private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(60);

	public static HttpGraphQlTester withUiQueries(HttpGraphQlTester tester) {
		return tester.mutate()
			.responseTimeout(PATIENCE)
			.documentSource(new ResourceDocumentSource(List.of(new FileSystemResource("ui-queries/"),
					new FileSystemResource("src/test/resources/graphql-test/")), List.of(".graphql")))
			.build();
	}
}
