package ca.engagementgraph.radar;

import java.time.LocalDate;
import java.util.List;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Engagement;
import org.jspecify.annotations.Nullable;

/**
 * A planned meeting that can leverage one country's results on one channel, with the first of its ranked suggestions
 * (fetched with the page), and its key ({@code meeting|country|channel}) and the radar's period, to fetch later pages
 * of them.
 */
public record RadarMeeting(Engagement engagement, Country country, String channel, @Nullable Object counterpart,
		int waitingCount, String key, List<RadarSuggestion> ranked, LocalDate periodFrom, LocalDate periodTo) {
}
