package ca.engagementgraph.leverage;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** TD figures summed over a window of quarters. */
public record TdWindow(List<String> quarters, long requested, long issued, @Nullable Double meanMedianDaysToIssue) {

	public @Nullable Double issuedRatio() {
		return requested == 0 ? null : (double) issued / requested;
	}
}
