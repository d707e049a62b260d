package ca.engagementgraph.program;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A step of the program's logic model: immediate outcomes lead to intermediate, then ultimate ones. */
@Node("Outcome")
public record Outcome(@Id String code, String level, String textEn, String textFr) {
}
