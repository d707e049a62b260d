package ca.engagementgraph.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What date it is for the program: Ottawa's calendar day. Questions such as "days since achieved" or "designation
 * in force" depend on it, so it can be pinned ({@code engagement-graph.today=2026-11-21}) for demos and tests.
 */
@Component
public class Today {

	private static final ZoneId OTTAWA = ZoneId.of("America/Toronto");

	private final Clock clock;
	private final @Nullable LocalDate pinned;

	Today(@Value("${engagement-graph.today:}") String pinned) {
		this.clock = Clock.system(OTTAWA);
		this.pinned = pinned.isBlank() ? null : LocalDate.parse(pinned);
	}

	public LocalDate date() {
		return pinned != null ? pinned : LocalDate.now(clock);
	}
}
