package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.country.Country;
import org.jspecify.annotations.Nullable;

/**
 * Protected B: travel-document issuance beside engagement for one country. The first Ottawa leveraging is an
 * {@code Engagement} record, or its code and date when that is all the client asked.
 */
public record TdTimeline(Country country, List<TdQuarter> quarters, @Nullable Object firstOttawaLeveraging,
		@Nullable TdWindow before,
		@Nullable TdWindow after) {
}
