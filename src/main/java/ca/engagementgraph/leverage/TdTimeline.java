package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Engagement;

/** Protected B: travel-document issuance beside engagement for one country. */
public record TdTimeline(Country country, List<TdQuarter> quarters, Engagement firstOttawaLeveraging, TdWindow before,
		TdWindow after) {
}
