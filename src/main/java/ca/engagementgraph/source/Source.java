package ca.engagementgraph.source;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Where a fact came from: an evaluation, a briefing note, a meeting record... */
@Node("Source")
public record Source(@Id String code, String titleEn, String titleFr, LocalDate date, String kind, String uri,
		String classification) {
}
