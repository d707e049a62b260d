package ca.engagementgraph;

import ca.engagementgraph.transfer.TransferCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Engagement Graph: a GraphQL knowledge graph of countries, capacity-building projects, partners,
 * departments, missions, meetings and results, answering "which results did we never leverage, where, and by whom?".
 * The service alone: the benchmark, soak and synthetic data live in the {@code tooling} module, not in this jar.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EngagementGraphApplication {

	public static void main(String[] args) {
		// The operators' data commands (import, export, backup, restore) run the same application without its web server.
		if (TransferCommand.isCommand(args)) {
			System.exit(TransferCommand.run(EngagementGraphApplication.class, args));
		}
		SpringApplication.run(EngagementGraphApplication.class, args);
	}
}
