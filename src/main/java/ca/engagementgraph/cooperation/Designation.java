package ca.engagementgraph.cooperation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Protected B: a country found recalcitrant on removals, or at risk of becoming so, over a period. */
@Node("Designation")
public record Designation(@Id String code, String status, LocalDate from, @Nullable LocalDate to) {
}
