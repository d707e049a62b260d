package ca.engagementgraph.cooperation;

import org.jspecify.annotations.Nullable;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/** Protected B: travel documents requested and issued for one country in one quarter. */
@Node("TdStat")
public record TdStat(@Id String code, @Nullable String country, String quarter, Long requested, Long issued,
		@Nullable Double medianDaysToIssue, Long version) {
}
