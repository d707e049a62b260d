package ca.engagementgraph.leverage;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Engagement;

/** The briefing pack of a planned meeting; its sections are resolved only when asked for. */
public record Briefing(Engagement engagement, Object counterpart, Country country) {
}
