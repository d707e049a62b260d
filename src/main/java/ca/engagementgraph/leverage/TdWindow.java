package ca.engagementgraph.leverage;

import java.util.List;

/** TD figures summed over a window of quarters. */
public record TdWindow(List<String> quarters, long requested, long issued, Double meanMedianDaysToIssue) {

	public Double issuedRatio() {
		return requested == 0 ? null : (double) issued / requested;
	}
}
