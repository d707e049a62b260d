package ca.engagementgraph.engagement;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A meeting record: who met whom, when, where, at what level, and what was raised. */
@Node("Engagement")
public record Engagement(@Id String code, LocalDate date, String status, String kind, String setting, String level,
		String summaryEn, String summaryFr, Long version, String classification) {
}
