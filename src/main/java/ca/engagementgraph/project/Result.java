package ca.engagementgraph.project;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Something a project achieved: the good news the program can raise with the country's government. */
@Node("Result")
public record Result(@Id String code, String summaryEn, String summaryFr, LocalDate achievedOn, String type,
		String indicatorEn, String indicatorFr, Double baseline, Double value, String unitEn, String unitFr, Long version,
		String classification) {
}
