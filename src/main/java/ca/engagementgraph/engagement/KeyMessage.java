package ca.engagementgraph.engagement;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** An approved message about a result or project, ready to be used in a meeting. */
@Node("KeyMessage")
public record KeyMessage(@Id String code, String textEn, String textFr, LocalDate approvedOn, Long version,
		String classification) {
}
