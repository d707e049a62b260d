package ca.engagementgraph.program;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** A funding program, such as the IMCBP, parent of envelopes. */
@Node("Program")
public record Program(@Id String code, String nameEn, String nameFr, LocalDate start, @Nullable LocalDate end,
		@Nullable Long budgetCad) {
}
