package ca.engagementgraph.recording;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.engagementgraph.model.EngagementStatus;

import static ca.engagementgraph.model.EngagementStatus.CANCELLED;
import static ca.engagementgraph.model.EngagementStatus.HELD;
import static ca.engagementgraph.model.EngagementStatus.PLANNED;

/**
 * How a meeting's status may change through the mutations. A meeting is recorded PLANNED or HELD (a meeting that was
 * never planned cannot have been cancelled); a PLANNED one is then HELD or CANCELLED; a CANCELLED one may be PLANNED
 * again; a HELD one stays HELD (it took place, and what it raised counts). Independently, a meeting dated after today
 * cannot be HELD, whichever way it is written (a rule of the data, {@code loading/DomainRules}, so imports meet it too).
 * Imports carry states, not changes: a record imported as CANCELLED is history, not a transition.
 */
final class MeetingStatuses {

	/** The statuses a new meeting record may have. */
	static final Set<EngagementStatus> ON_CREATION = EnumSet.of(PLANNED, HELD);

	/** From each status, the statuses an update may give (itself included: other fields change). */
	static final Map<EngagementStatus, Set<EngagementStatus>> NEXT = Map.of(
			PLANNED, EnumSet.of(PLANNED, HELD, CANCELLED),
			HELD, EnumSet.of(HELD),
			CANCELLED, EnumSet.of(CANCELLED, PLANNED));

	private MeetingStatuses() {
	}

	static boolean allowed(EngagementStatus from, EngagementStatus to) {
		return NEXT.getOrDefault(from, Set.of()).contains(to);
	}

	/** The status a stored record has. */
	static EngagementStatus of(Map<String, Object> current) {
		return EngagementStatus.valueOf((String) current.get("status"));
	}

	/** The allowed changes, written for people: PLANNED → HELD, PLANNED → CANCELLED, CANCELLED → PLANNED. */
	static String described() {
		return String.join(", ", List.of(PLANNED + " → " + HELD, PLANNED + " → " + CANCELLED, CANCELLED + " → " + PLANNED));
	}
}
