package ca.engagementgraph;

import ca.engagementgraph.bench.BenchCommand;
import ca.engagementgraph.soak.SoakCommand;
import ca.engagementgraph.synthetic.GenerateCommand;
import ca.engagementgraph.transfer.TransferCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Engagement Graph: a GraphQL knowledge graph of countries, capacity-building projects, partners,
 * departments, missions, meetings and results, answering "which results did we never leverage, where, and by whom?".
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EngagementGraphApplication {

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("soak")) {
			System.exit(SoakCommand.run(EngagementGraphApplication.class, args, System.out));
		}
		if (args.length > 0 && args[0].equals("generate")) {
			System.exit(GenerateCommand.run(EngagementGraphApplication.class, args, System.out));
		}
		if (args.length > 0 && args[0].equals("bench")) {
			System.exit(BenchCommand.run(EngagementGraphApplication.class, args, System.out));
		}
		if (args.length > 0 && TransferCommand.COMMANDS.contains(args[0])) {
			System.exit(TransferCommand.run(EngagementGraphApplication.class, args));
		}
		SpringApplication.run(EngagementGraphApplication.class, args);
	}
}
