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

	/** What an operator gives a job that signs in to the Bolt port: the password the service itself uses. */
	public static String boltPassword(org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails database) {
		var token = (org.neo4j.driver.internal.security.InternalAuthToken) database.getAuthToken();
		return token.toMap().get(org.neo4j.driver.internal.security.InternalAuthToken.CREDENTIALS_KEY).asString();
	}
}
