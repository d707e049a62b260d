package ca.engagementgraph.observability;

import java.util.function.Supplier;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's Prometheus scrapes at {@code /actuator/prometheus}: GraphQL request and data-fetcher timings
 * (Spring for GraphQL's observations), the Neo4j driver's connection pool, and the JVM; for administrators only.
 */
@GraphIntegrationTest
class PrometheusMetricsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	@Test
	void anAdministratorScrapesGraphQlTimingsTheDriverPoolAndTheJvm() {
		// A dashboard document: a request, and data fetchers that are controller methods.
		TestSupport.withUiQueries(graphQl).documentName("unleveraged-results").variable("country", "QM").execute()
			.errors().verify();

		String metrics = RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus")
			.headers(h -> h.setBasicAuth("admin", "demo")).retrieve().body(String.class);

		assertThat(metrics).contains("graphql_request_seconds_count{", "graphql_datafetcher_seconds_count{",
				"db_client_connection_count{", "db_client_connection_max{", "jvm_memory_used_bytes{",
				"jvm_threads_live_threads");
		assertThat(metrics).as("trivial property fetchers are not timed").doesNotContain("graphql_field_name=\"code\"");
		assertThat(metrics).as("nor each Bolt message").doesNotContain("neo4j_bolt_client_exchange");
	}

	@Test
	void readersWithoutTheAdministratorRoleAndAnonymousCallersAreRefused() {
		var client = RestClient.create("http://localhost:" + port);
		assertThat(status(() -> client.get().uri("/actuator/prometheus").retrieve().toBodilessEntity().getStatusCode()))
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		for (String reader : new String[] { "viewer", "analyst", "coordinator" }) {
			assertThat(status(() -> client.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth(reader, "demo"))
				.retrieve().toBodilessEntity().getStatusCode())).as(reader).isEqualTo(HttpStatus.FORBIDDEN);
		}
	}

	private static HttpStatusCode status(Supplier<HttpStatusCode> call) {
		try {
			return call.get();
		}
		catch (HttpClientErrorException ex) {
			return ex.getStatusCode();
		}
	}
}
