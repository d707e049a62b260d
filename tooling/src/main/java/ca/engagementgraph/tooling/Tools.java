package ca.engagementgraph.tooling;

import java.util.Arrays;

import ca.engagementgraph.EngagementGraphApplication;
import ca.engagementgraph.bench.BenchCommand;
import ca.engagementgraph.soak.SoakCommand;
import ca.engagementgraph.synthetic.GenerateCommand;
import org.springframework.boot.SpringApplication;

/**
 * The tooling's command line, beside the service rather than inside it: {@code bench}, {@code soak} and
 * {@code generate} (see README, "Benchmark" and "Operations"). {@code service} starts the service itself with the
 * tooling on its classpath, which is how {@code bench} starts the service it measures: the tooling's packages lie
 * under the service's component scan, so the benchmark's probe ({@code engagement-graph.benchmark.enabled}) is
 * there, and nowhere else.
 */
public final class Tools {

	private static final String USAGE = """
			Usage: bench [--scale L] ... | soak [--minutes 10] ... | generate --scale S|M|L ... | service [--name=value...]
			(see README.md, sections "Benchmark" and "Operations")""";

	private Tools() {
	}

	public static void main(String[] args) throws Exception {
		String command = args.length == 0 ? "" : args[0];
		switch (command) {
			case "bench" -> System.exit(BenchCommand.run(EngagementGraphApplication.class, args, System.out));
			case "soak" -> System.exit(SoakCommand.run(EngagementGraphApplication.class, args, System.out));
			case "generate" -> System.exit(GenerateCommand.run(EngagementGraphApplication.class, args, System.out));
			case "service" -> SpringApplication.run(EngagementGraphApplication.class, Arrays.copyOfRange(args, 1, args.length));
			default -> {
				System.err.println(command.isEmpty() ? "No command given." : "Unknown command '" + command + "'.");
				System.err.println(USAGE);
				System.exit(2);
			}
		}
	}
}
