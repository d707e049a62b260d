package ca.engagementgraph.department;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A team inside a department, such as the MCET that manages the envelope. */
@Node("Unit")
public record Unit(@Id String code, String nameEn, String nameFr) {
}
