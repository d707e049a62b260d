package ca.engagementgraph.cooperation;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Protected B: a record of decision of the removals working group about a country. */
@Node("Decision")
public record Decision(@Id String code, LocalDate date, String kind, String textEn, String textFr, Long version) {
}
