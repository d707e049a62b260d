package ca.engagementgraph.cooperation;

import java.time.LocalDate;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Protected B: a country's removals and repatriation engagement plan, with its escalation stage. */
@Node("EngagementPlan")
public record EngagementPlan(@Id String code, LocalDate approvedOn, Long escalationStage, Long version) {
}
