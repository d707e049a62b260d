package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Engagement;
import org.jspecify.annotations.Nullable;

/** Protected B: travel-document issuance beside engagement for one country. */
public record TdTimeline(Country country, List<TdQuarter> quarters, @Nullable Engagement firstOttawaLeveraging,
		@Nullable TdWindow before,
		@Nullable TdWindow after) {
}
