package ca.engagementgraph.cooperation;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Protected B: travel documents requested and issued for one country in one quarter. */
@Node("TdStat")
public record TdStat(@Id String code, String country, String quarter, Long requested, Long issued,
		Double medianDaysToIssue, Long version) {
}
