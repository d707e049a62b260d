package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.cooperation.EngagementPlan;
import ca.engagementgraph.country.Country;

/** Protected B: where nobody is accountable for leveraging. */
public record AccountabilityGaps(List<Country> designatedWithoutPlan, List<EngagementPlan> plansWithoutLeverage, List<Country> preventativeWithoutTdStats) {
}
