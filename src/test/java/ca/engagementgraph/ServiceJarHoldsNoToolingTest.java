package ca.engagementgraph;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service jar is the service: the benchmark, the soak and the synthetic-data generator live in the
 * {@code tooling} module (its own jar, which depends on this one). The service's classpath, which the jar is built
 * from, holds none of their classes.
 */
class ServiceJarHoldsNoToolingTest {

	private static final List<String> TOOLING = List.of("ca.engagementgraph.bench.BenchCommand",
			"ca.engagementgraph.bench.BenchmarkProbe", "ca.engagementgraph.bench.RawCypher",
			"ca.engagementgraph.soak.SoakCommand", "ca.engagementgraph.synthetic.SyntheticData",
			"ca.engagementgraph.synthetic.GenerateCommand", "ca.engagementgraph.synthetic.DemoMeetings",
			"ca.engagementgraph.synthetic.Scale", "ca.engagementgraph.tooling.Tools");

	@Test
	void theServiceClasspathHoldsNoBenchmarkSoakOrGeneratorClass() {
		var loader = getClass().getClassLoader();
		for (String name : TOOLING) {
			assertThat(loader.getResource(name.replace('.', '/') + ".class")).as(name).isNull();
		}
		for (String folder : List.of("ca/engagementgraph/bench/", "ca/engagementgraph/soak/", "ca/engagementgraph/synthetic/",
				"ca/engagementgraph/tooling/")) {
			assertThat(loader.getResource(folder)).as(folder).isNull();
		}
	}
}
