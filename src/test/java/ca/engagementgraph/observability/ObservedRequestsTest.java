package ca.engagementgraph.observability;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import graphql.execution.instrumentation.ChainedInstrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.handler.TracingObservationHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one request is observed as, and where it runs. Observed whole (the HTTP exchange, the GraphQL request, the
 * controller methods that fetch its data), never filter by filter: Spring Security's own observations are not made
 * (SecurityConfiguration). Run on platform threads: the embedded database waits for its short locks by spinning and
 * runs some of its own jobs on virtual threads, and requests on virtual threads wedged the service under load
 * (application.yaml, {@code spring.threads.virtual}). And what it makes: only the data loaders its fields ask for,
 * read from the GraphQL request's observation.
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
	void nothingIsTracedWhenNothingIsSampledAndTheMetersStayTheSame(@Autowired ApplicationContext context,
			@Autowired MeterRegistry meters) {
		// Sampling at 0 (the default): no tracer, no tracing handler starting unsampled spans (TracingWhenSampled).
		assertThat(context.getBeanNamesForType(Tracer.class)).isEmpty();
		assertThat(context.getBeanNamesForType(TracingObservationHandler.class)).isEmpty();
		double before = requests(meters);
		observe();
		assertThat(requests(meters)).isGreaterThan(before);
	}

	private static double requests(MeterRegistry meters) {
		return meters.find("graphql.request").timers().stream().mapToDouble(timer -> timer.count()).sum();
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
	void aRequestMakesOnlyTheDataLoadersItsFieldsAskFor() {
		// Spring made all of the service's batch loaders (about 70) for every request (api/DataLoadersOnDemand).
		assertThat(dataLoadersMade("signed-in", Map.of())).isEmpty();
		// The country directory batch loads its countries' missions, authorities and projects.
		assertThat(dataLoadersMade("country-directory", Map.of())).isNotEmpty().hasSizeLessThan(10);
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
		return observe(document, variables, new Recording(new CopyOnWriteArrayList<>()));
	}

	/** The names of the data loaders a request for dashboard document {@code document} made. */
	private Set<String> dataLoadersMade(String document, Map<String, Object> variables) {
		var recording = new Recording(new CopyOnWriteArrayList<>());
		observe(document, variables, recording);
		assertThat(recording.dataLoadersMade).as("one GraphQL request observed").hasSize(1);
		return recording.dataLoadersMade.getFirst();
	}

	private List<Started> observe(String document, Map<String, Object> variables, Recording recording) {
		var seen = recording.seen;
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

		/** For each GraphQL request, the names of the data loaders it made, read when it ends. */
		private final List<Set<String>> dataLoadersMade = new CopyOnWriteArrayList<>();

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
		public void onStop(Observation.Context context) {
			if (listening && context instanceof ExecutionRequestObservationContext request) {
				dataLoadersMade.add(Set.copyOf(request.getExecutionInput().getDataLoaderRegistry().getKeys()));
			}
		}

		@Override
		public boolean supportsContext(Observation.Context context) {
			return listening;
		}
	}
}
