package ca.engagementgraph.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up answers every dashboard query once, without an error (so it did the work a first reader would). */
@GraphIntegrationTest
class DashboardWarmUpTest {

	@Autowired
	DashboardWarmUp warmUp;

	@Test
	void everyDashboardQueryIsAnsweredOnceWithoutError() throws Exception {
		int queries = 0;
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:ui-queries/*.graphql")) {
			if (!resource.getContentAsString(StandardCharsets.UTF_8).strip().lines()
				.filter(line -> !line.startsWith("#")).findFirst().orElse("").startsWith("mutation")) {
				queries++;
			}
		}
		assertThat(warmUp.warmUp()).isEqualTo(queries).isGreaterThan(15);
	}

	@Test
	void theWarmUpWaitsForTheFirstRequestToBeAnsweredOrForAQuietMoment() throws InterruptedException {
		var quiet = new DashboardWarmUp(null, null, true);
		assertThat(quiet.awaitFirstRequest(java.time.Duration.ofMillis(20))).as("nobody asked: it goes after a moment").isFalse();

		var asked = new DashboardWarmUp(null, null, true);
		Thread.ofVirtual().start(asked::requestHandled);
		assertThat(asked.awaitFirstRequest(java.time.Duration.ofMinutes(5))).as("a reader was answered first").isTrue();
	}

	@Test
	void aDocumentWhoseRequiredVariablesTheGraphCannotFillIsLeftOut() {
		String document = "query Q($country: String!, $first: Int = 5) { unleveragedResults(country: $country, first: $first) { totalCount } }";
		assertThat(DashboardWarmUp.variables(document, Map.of())).isEmpty();
		assertThat(DashboardWarmUp.variables(document, Map.of("country", "QM"))).contains(Map.of("country", "QM"));
		assertThat(DashboardWarmUp.variables("mutation M { x }", Map.of())).isEmpty();
	}
}
