package ca.engagementgraph.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param demoData load the fictional demo scenario (not only the reference data) into an empty graph */
@ConfigurationProperties("engagement-graph.seed")
record SeedProperties(@DefaultValue("true") boolean demoData) {
}
