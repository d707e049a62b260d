package ca.engagementgraph.engagement;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A follow-up action agreed at a meeting and assigned to a department. */
@Node("Action")
public record Action(@Id String code, String textEn, String textFr, LocalDate due, String status, Long version,
		String classification) {
}
