package ca.engagementgraph;

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

	public static void main(String[] args) {
		SpringApplication.run(EngagementGraphApplication.class, args);
	}
}
