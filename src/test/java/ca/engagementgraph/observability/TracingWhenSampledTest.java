package ca.engagementgraph.observability;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Tracing is wired when an operator samples some requests, and not at all when the probability is 0. */
class TracingWhenSampledTest {

	private static final String TRACER = "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure"
			+ ".OpenTelemetryTracingAutoConfiguration";

	private static final String OTHER = "org.springframework.boot.graphql.autoconfigure.GraphQlAutoConfiguration";

	@Test
	void atZeroTheTracingAutoConfigurationsAreLeftOutAndEveryOtherKept() {
		assertThat(matches("0.0")).containsExactly(false, true, true);
	}

	@Test
	void anyShareAboveZeroKeepsThem() {
		assertThat(matches("0.1")).containsExactly(true, true, true);
		assertThat(matches("1")).containsExactly(true, true, true);
	}

	@Test
	void withNoProbabilityConfiguredBootsOwnDefaultSamplesSoTracingStays() {
		assertThat(matches(null)).containsExactly(true, true, true);
	}

	private static boolean[] matches(String probability) {
		var environment = new MockEnvironment();
		if (probability != null) {
			environment.setProperty(TracingWhenSampled.PROBABILITY, probability);
		}
		var filter = new TracingWhenSampled();
		filter.setEnvironment(environment);
		return filter.match(new String[] { TRACER, OTHER, null }, null);
	}
}
