package ca.engagementgraph.department;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A Government of Canada department (IRCC, CBSA, GAC...). */
@Node("Department")
public record Department(@Id String code, String nameEn, String nameFr) {
}
