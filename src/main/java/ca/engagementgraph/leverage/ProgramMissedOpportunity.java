package ca.engagementgraph.leverage;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.Mission;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.project.Result;
import org.jspecify.annotations.Nullable;

/**
 * A held meeting with a country's mission in Canada where results of the country were waiting and none was raised,
 * in the program-wide list: how many were waiting, and the one that had waited longest.
 */
public record ProgramMissedOpportunity(Engagement engagement, Country country, @Nullable Mission counterpart,
		int couldHaveRaisedCount, @Nullable Result oldestWaiting) {
}
