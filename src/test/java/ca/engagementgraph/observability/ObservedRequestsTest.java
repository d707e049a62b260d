package ca.engagementgraph.observability;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one request is observed as: whole (the HTTP exchange, the GraphQL request, the controller methods that fetch
 * its data), never filter by filter: Spring Security's own observations (each filter of its chain, the sign-in, each
 * authorization check) are not made (SecurityConfiguration).
 */
@GraphIntegrationTest
class ObservedRequestsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ObservationRegistry observations;

	@Test
	void aRequestIsObservedWholeNotFilterByFilter() {
		var seen = new CopyOnWriteArrayList<String>();
		var recording = new Recording(seen);
		observations.observationConfig().observationHandler(recording);
		try {
			TestSupport.withUiQueries(graphQl).documentName("unleveraged-results").variable("country", "QM").execute()
				.errors().verify();
		}
		finally {
			recording.stop();
		}
		assertThat(seen).contains("http.server.requests", "graphql.request", "graphql.datafetcher");
		assertThat(seen).noneMatch(name -> name.startsWith("spring.security"));
	}

	/** Records the names of the observations started while it listens (the registry keeps its handlers). */
	private static final class Recording implements ObservationHandler<Observation.Context> {

		private final List<String> seen;

		private volatile boolean listening = true;

		Recording(List<String> seen) {
			this.seen = seen;
		}

		void stop() {
			listening = false;
		}

		@Override
		public void onStart(Observation.Context context) {
			if (listening) {
				seen.add(context.getName());
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return listening;
		}
	}
}
