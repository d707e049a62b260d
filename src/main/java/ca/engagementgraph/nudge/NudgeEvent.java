package ca.engagementgraph.nudge;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A nudge as it is kept ({@code __NudgeEvent}, until the daily digest has told it) and sent. Who may receive it is
 * decided when it is made, once: {@code forCleared} (readers with the Protected B clearance) and {@code forUncleared}
 * (the others: the meeting and result are Unclassified, and "never raised" counts Unclassified meetings only, so that
 * a nudge's absence says nothing of a Protected B meeting either).
 *
 * @param id                  one per happening: {@code WAIT_CROSSED:result@country:channel:meeting},
 *                            {@code AGENDA_MISSED:meeting}; storing it twice is a no-op
 * @param meetingOn           the meeting's date (the planned chance, or the meeting held)
 * @param missed              AGENDA_MISSED: the agenda's results not raised
 * @param missedUnclassified  the Unclassified ones among them, what a reader without clearance is told
 * @param departments         the departments attending the meeting (themselves or through a unit)
 */
record NudgeEvent(String id, NudgeKind kind, LocalDate occurredOn, String country, @Nullable String channel,
		@Nullable String result, String meeting, LocalDate meetingOn, @Nullable Integer daysWaited, List<String> missed,
		List<String> missedUnclassified, List<String> departments, boolean forCleared, boolean forUncleared) {

	static String waitId(String result, String country, String channel, String meeting) {
		return NudgeKind.WAIT_CROSSED + ":" + result + "@" + country + ":" + channel + ":" + meeting;
	}

	static String agendaId(String meeting) {
		return NudgeKind.AGENDA_MISSED + ":" + meeting;
	}

	/** Whether a reader (or recipient) with or without the clearance is told of it. */
	boolean visibleTo(boolean cleared) {
		return cleared ? forCleared : forUncleared;
	}

	/** The missed results such a reader is told of. */
	List<String> missedFor(boolean cleared) {
		return cleared ? missed : missedUnclassified;
	}

	/** The node's properties (the database keeps no nulls). */
	Map<String, Object> properties() {
		var properties = new HashMap<String, Object>();
		properties.put("id", id);
		properties.put("kind", kind.name());
		properties.put("occurredOn", occurredOn);
		properties.put("country", country);
		properties.put("channel", channel);
		properties.put("result", result);
		properties.put("meeting", meeting);
		properties.put("meetingOn", meetingOn);
		properties.put("daysWaited", daysWaited);
		properties.put("missed", missed);
		properties.put("missedU", missedUnclassified);
		properties.put("departments", departments);
		properties.put("forCleared", forCleared);
		properties.put("forUncleared", forUncleared);
		properties.values().removeIf(java.util.Objects::isNull);
		return properties;
	}

	static NudgeEvent of(Value node) {
		return new NudgeEvent(node.get("id").asString(), NudgeKind.valueOf(node.get("kind").asString()),
				node.get("occurredOn").asLocalDate(), node.get("country").asString(),
				node.get("channel").isNull() ? null : node.get("channel").asString(),
				node.get("result").isNull() ? null : node.get("result").asString(), node.get("meeting").asString(),
				node.get("meetingOn").asLocalDate(), node.get("daysWaited").isNull() ? null : node.get("daysWaited").asInt(),
				node.get("missed").isNull() ? List.of() : node.get("missed").asList(Value::asString),
				node.get("missedU").isNull() ? List.of() : node.get("missedU").asList(Value::asString),
				node.get("departments").isNull() ? List.of() : node.get("departments").asList(Value::asString),
				node.get("forCleared").asBoolean(false), node.get("forUncleared").asBoolean(false));
	}
}
