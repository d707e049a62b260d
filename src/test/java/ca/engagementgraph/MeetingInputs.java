package ca.engagementgraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of {@code recordEngagement} ({@code RecordEngagementInput}) as tests send it: one builder, whose defaults
 * make a meeting the demo graph accepts, so that each test states only what it is about. Two starting points:
 * {@link #meeting} (a held monitoring mission in Ruvenza, XC, with its refugee office, led by IRCC) and
 * {@link #ottawaMeeting} (a held head-of-mission meeting with Marovia's embassy in Ottawa, led by CBSA).
 * {@link #build()} gives a fresh, mutable map each time, for the tests that then break one field on purpose.
 */
public final class MeetingInputs {

	private final Map<String, Object> input = new LinkedHashMap<>();

	private MeetingInputs(String code) {
		input.put("code", code);
	}

	/** A HELD in-country monitoring mission on 2025-06-01 with XC-REF, about XC, at working level, IRCC leading. */
	public static MeetingInputs meeting(String code) {
		return new MeetingInputs(code).on("2025-06-01")
			.status("HELD")
			.kind("MONITORING_MISSION")
			.setting("IN_COUNTRY")
			.level("WORKING")
			.summary("Recorded", "Enregistrée")
			.with("XC-REF", "XC")
			.ledBy("IRCC");
	}

	/** A HELD head-of-mission meeting in Ottawa on 2024-03-01 with QM-OTT, about QM, at DG level, CBSA leading. */
	public static MeetingInputs ottawaMeeting(String code) {
		return meeting(code).on("2024-03-01")
			.kind("HEAD_OF_MISSION_MEETING")
			.setting("OTTAWA")
			.level("DG")
			.with("QM-OTT", "QM")
			.ledBy("CBSA");
	}

	public MeetingInputs on(String date) {
		return set("date", date);
	}

	public MeetingInputs status(String status) {
		return set("status", status);
	}

	public MeetingInputs kind(String kind) {
		return set("kind", kind);
	}

	public MeetingInputs setting(String setting) {
		return set("setting", setting);
	}

	public MeetingInputs level(String level) {
		return set("level", level);
	}

	public MeetingInputs summary(String english, String french) {
		return set("summaryEn", english).set("summaryFr", french);
	}

	/** The counterpart (a mission, authority or organization code) and the countries the meeting concerns. */
	public MeetingInputs with(String counterpart, String... countries) {
		return set("counterpart", counterpart).set("countries", List.of(countries));
	}

	/** The attendance becomes this department or unit alone, as the lead. */
	public MeetingInputs ledBy(String participant) {
		return set("attendance", List.of(Map.of("participant", participant, "lead", true)));
	}

	/** Adds a participant who does not lead. */
	@SuppressWarnings("unchecked")
	public MeetingInputs alsoAttendedBy(String participant) {
		var attendance = new ArrayList<>((List<Map<String, Object>>) input.get("attendance"));
		attendance.add(Map.of("participant", participant));
		return set("attendance", attendance);
	}

	public MeetingInputs raising(String... results) {
		return set("raisedResults", List.of(results));
	}

	/** Adds a follow-up action recorded with the meeting. */
	@SuppressWarnings("unchecked")
	public MeetingInputs followUp(String code, String textEn, String textFr, String due, String... assignedTo) {
		var actions = new ArrayList<>((List<Map<String, Object>>) input.getOrDefault("followUpActions", List.of()));
		actions.add(Map.of("code", code, "textEn", textEn, "textFr", textFr, "due", due, "assignedTo", List.of(assignedTo)));
		return set("followUpActions", actions);
	}

	/** The idempotency key; none when {@code key} is null. */
	public MeetingInputs clientMutationId(String key) {
		if (key == null) {
			input.remove("clientMutationId");
			return this;
		}
		return set("clientMutationId", key);
	}

	/** Any other field of the input, as the GraphQL variable carries it. */
	public MeetingInputs set(String field, Object value) {
		input.put(field, value);
		return this;
	}

	/** The input as a GraphQL variable: a new mutable map on every call. */
	public Map<String, Object> build() {
		return new LinkedHashMap<>(input);
	}
}
