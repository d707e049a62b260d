package ca.engagementgraph.nudge;

import java.time.LocalDate;
import java.util.List;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.project.Result;
import org.jspecify.annotations.Nullable;

/**
 * A nudge as one audience receives it (the GraphQL type {@code Nudge}): its records are read when it is published,
 * once per audience, so that a subscriber's stream never reads the graph and a reader without the clearance gets
 * only the Unclassified missed results.
 */
record Nudge(NudgeKind kind, LocalDate occurredOn, @Nullable Result result, Engagement engagement, Country country,
		@Nullable String channel, @Nullable Integer daysWaited, List<Result> missedResults, List<String> departments) {
}
