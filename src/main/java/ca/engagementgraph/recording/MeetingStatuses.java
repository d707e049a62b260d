package ca.engagementgraph.recording;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a meeting's status may change through the mutations. A meeting is recorded PLANNED or HELD (a meeting that was
 * never planned cannot have been cancelled); a PLANNED one is then HELD or CANCELLED; a CANCELLED one may be PLANNED
 * again; a HELD one stays HELD (it took place, and what it raised counts). Independently, a meeting dated after today
 * cannot be HELD, whichever way it is written (a rule of the data, {@code loading/DomainRules}, so imports meet it too).
 * Imports carry states, not changes: a record imported as CANCELLED is history, not a transition.
 */
final class MeetingStatuses {

	static final String PLANNED = "PLANNED";
	static final String HELD = "HELD";
	static final String CANCELLED = "CANCELLED";

	/** The statuses a new meeting record may have. */
	static final Set<String> ON_CREATION = Set.of(PLANNED, HELD);

	/** From each status, the statuses an update may give (itself included: other fields change). */
	static final Map<String, Set<String>> NEXT = Map.of(
			PLANNED, Set.of(PLANNED, HELD, CANCELLED),
			HELD, Set.of(HELD),
			CANCELLED, Set.of(CANCELLED, PLANNED));

	private MeetingStatuses() {
	}

	static boolean allowed(String from, String to) {
		return NEXT.getOrDefault(from, Set.of()).contains(to);
	}

	/** The allowed changes, written for people: PLANNED → HELD, PLANNED → CANCELLED, CANCELLED → PLANNED. */
	static String described() {
		return String.join(", ", List.of(PLANNED + " → " + HELD, PLANNED + " → " + CANCELLED, CANCELLED + " → " + PLANNED));
	}
}
