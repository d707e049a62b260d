package ca.engagementgraph.nudge;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.project.Result;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Where nudges go live: every subscriber's stream ({@code radarNudges}) is this one stream, each reading the view
 * of its audience. Nudges are published after the transaction that stored them committed; a subscriber that is not
 * connected then misses it live, and reads it in the next digest.
 */
@Component
class Nudges {

	private static final Logger log = LoggerFactory.getLogger(Nudges.class);

	/** One nudge, as readers with the clearance and readers without it receive it (null: not told). */
	record Published(NudgeEvent event, @Nullable Nudge cleared, @Nullable Nudge uncleared) {

		@Nullable Nudge forReader(boolean readerCleared) {
			return readerCleared ? cleared : uncleared;
		}
	}

	private final Sinks.Many<Published> sink = Sinks.many().multicast().directBestEffort();
	private final GraphReader graph;

	Nudges(GraphReader graph) {
		this.graph = graph;
	}

	Flux<Published> live() {
		return sink.asFlux();
	}

	/** How many subscribers are connected now. */
	int subscribers() {
		return sink.currentSubscriberCount();
	}

	/** Sends the nudges to the subscribers connected now. */
	synchronized void publish(List<NudgeEvent> events) {
		for (NudgeEvent event : events) {
			try {
				var published = new Published(event, event.forCleared() ? view(event, true) : null,
						event.forUncleared() ? view(event, false) : null);
				sink.emitNext(published, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1)));
			}
			catch (RuntimeException ex) { // the digest still tells it
				log.warn("Nudge {} could not be sent live: {}", event.id(), ex.getMessage());
			}
		}
	}

	/** The nudge's records as a reader with or without the clearance may receive them; null if they may not. */
	private @Nullable Nudge view(NudgeEvent event, boolean cleared) {
		Map<String, Object> asReader = Map.of("cleared", cleared);
		var engagement = graph.one(Engagement.class, "MATCH (node:Engagement {code: $key}) RETURN node",
				with(asReader, event.meeting()));
		var country = graph.one(Country.class, "MATCH (node:Country {iso2: $key}) RETURN node",
				with(asReader, event.country()));
		if (engagement.isEmpty() || country.isEmpty()) {
			return null;
		}
		Result result = null;
		if (event.result() != null) {
			result = graph.one(Result.class, "MATCH (node:Result {code: $key}) RETURN node", with(asReader, event.result()))
				.orElse(null);
			if (result == null) {
				return null;
			}
		}
		var missed = event.missedFor(cleared).stream()
			.flatMap(code -> graph.one(Result.class, "MATCH (node:Result {code: $key}) RETURN node", with(asReader, code))
				.stream())
			.toList();
		if (event.kind() == NudgeKind.AGENDA_MISSED && missed.isEmpty()) {
			return null;
		}
		return new Nudge(event.kind(), event.occurredOn(), result, engagement.get(), country.get(), event.channel(),
				event.daysWaited(), missed, event.departments());
	}

	private static Map<String, Object> with(Map<String, Object> reader, String key) {
		var parameters = new java.util.HashMap<>(reader);
		parameters.put("key", key);
		return parameters;
	}
}
