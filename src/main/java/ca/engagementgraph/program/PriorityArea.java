package ca.engagementgraph.program;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** One of the envelope's seven priority areas; a project can address several. */
@Node("PriorityArea")
public record PriorityArea(@Id String code, String nameEn, String nameFr) {
}
