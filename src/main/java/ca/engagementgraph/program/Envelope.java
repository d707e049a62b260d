package ca.engagementgraph.program;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A grant envelope of a program, such as the MCEE ($21M, 2019-20 to 2024-25). */
@Node("Envelope")
public record Envelope(@Id String code, String nameEn, String nameFr, LocalDate start, LocalDate end, Long budgetCad) {
}
