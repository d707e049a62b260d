package ca.engagementgraph.observability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one request is observed as, and where it runs. Observed whole (the HTTP exchange, the GraphQL request, the
 * controller methods that fetch its data), never filter by filter: Spring Security's own observations are not made
 * (SecurityConfiguration). Run on platform threads: the embedded database waits for its short locks by spinning and
 * runs some of its own jobs on virtual threads, and requests on virtual threads wedged the service under load
 * (application.yaml, {@code spring.threads.virtual}).
 */
@GraphIntegrationTest
class ObservedRequestsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ObservationRegistry observations;

	@Test
	void aRequestIsObservedWholeNotFilterByFilter() {
		var seen = observe();
		assertThat(seen).extracting(Started::name).contains("http.server.requests", "graphql.request",
				"graphql.datafetcher");
		assertThat(seen).extracting(Started::name).noneMatch(name -> name.startsWith("spring.security"));
	}

	@Test
	void graphQlJavaCallsOneInstrumentationNotAChainAndDataLoadersAreNotRebuiltForIt(@Autowired GraphQlSource source) {
		// The limits and the observation joined (security's UnchainedInstrumentation): a chain is asked at every field.
		assertThat(source.graphQl().getInstrumentation()).isNotInstanceOf(ChainedInstrumentation.class);
		// Data loaders are not observed one by one: Spring made every loader of every request a second time for it.
		// The country directory's missions, authorities and projects are batch loaded.
		assertThat(observe("country-directory", Map.of())).extracting(Started::name)
			.contains("graphql.request", "graphql.datafetcher").doesNotContain("graphql.dataloader");
	}

	@Test
	void aRequestAndItsControllersRunOnPlatformThreads() {
		var seen = observe();
		assertThat(seen).filteredOn(started -> started.name().equals("graphql.datafetcher")).isNotEmpty()
			.allSatisfy(started -> assertThat(started.onVirtualThread()).as(started.name()).isFalse());
		assertThat(seen).allSatisfy(started -> assertThat(started.onVirtualThread()).as(started.name()).isFalse());
	}

	/** The observations one dashboard document's request starts. */
	private List<Started> observe() {
		return observe("unleveraged-results", Map.of("country", "QM"));
	}

	/** The observations a request for dashboard document {@code document} starts. */
	private List<Started> observe(String document, Map<String, Object> variables) {
		var seen = new CopyOnWriteArrayList<Started>();
		var recording = new Recording(seen);
		observations.observationConfig().observationHandler(recording);
		try {
			var request = TestSupport.withUiQueries(graphQl).documentName(document);
			variables.forEach(request::variable);
			request.execute().errors().verify();
		}
		finally {
			recording.stop();
		}
		return seen;
	}

	record Started(String name, boolean onVirtualThread) {
	}

	/** Records the observations started while it listens (the registry keeps its handlers). */
	private static final class Recording implements ObservationHandler<Observation.Context> {

		private final List<Started> seen;

		private volatile boolean listening = true;

		Recording(List<Started> seen) {
			this.seen = seen;
		}

		void stop() {
			listening = false;
		}

		@Override
		public void onStart(Observation.Context context) {
			if (listening) {
				seen.add(new Started(context.getName(), Thread.currentThread().isVirtual()));
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return listening;
		}
	}
}
