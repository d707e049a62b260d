package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.engagement.Engagement;

/** One quarter of a country's timeline: its TD figures (if any) and the meetings that raised its results. */
public record TdQuarter(String quarter, Long requested, Long issued, Double medianDaysToIssue,
		List<Engagement> engagements, int resultsRaised) {

	public Double issuedRatio() {
		return requested == null || requested == 0 ? null : (double) issued / requested;
	}
}
