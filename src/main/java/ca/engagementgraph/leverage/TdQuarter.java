package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.engagement.Engagement;
import org.jspecify.annotations.Nullable;

/** One quarter of a country's timeline: its TD figures (if any) and the meetings that raised its results. */
public record TdQuarter(String quarter, @Nullable Long requested, @Nullable Long issued,
		@Nullable Double medianDaysToIssue,
		List<Engagement> engagements, int resultsRaised) {

	public @Nullable Double issuedRatio() {
		return requested == null || requested == 0 ? null : (double) issued / requested;
	}
}
