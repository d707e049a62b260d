package ca.engagementgraph.leverage;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Engagement;
import org.jspecify.annotations.Nullable;

/** The briefing pack of a planned meeting; its sections are resolved only when asked for. */
public record Briefing(Engagement engagement, @Nullable Object counterpart, @Nullable Country country) {
}
