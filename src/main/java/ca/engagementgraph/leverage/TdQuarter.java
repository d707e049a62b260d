package ca.engagementgraph.leverage;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One quarter of a country's timeline: its TD figures (if any), how many held meetings raised its results and the
 * first of them (as many as the client asked for, at most a page: {@code Engagement} records, or their code and date
 * when that is all the client asked), and how many citations they made.
 */
public record TdQuarter(String quarter, @Nullable Long requested, @Nullable Long issued,
		@Nullable Double medianDaysToIssue, int engagementCount, List<?> engagements, int resultsRaised) {

	public @Nullable Double issuedRatio() {
		return requested == null || requested == 0 ? null : (double) issued / requested;
	}
}
