package ca.engagementgraph.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ledger knows of one meeting for one country: its date and quarter, status, setting, whether it is about
 * the country (CONCERNS), whether it is Unclassified, on which of the country's channels it was (OTTAWA: with its
 * mission in Canada; IN_COUNTRY: with one of its authorities), how many of the country's results it cited and how many
 * follow-up actions from it are still open. Missed opportunities, the TD timeline, the radar and the briefing read
 * these rows instead of walking every meeting.
 */
final class MeetingRow {

	private MeetingRow() {
	}

	static String id(String meeting, String country) {
		return meeting + "@" + country;
	}

	static String quarter(LocalDate date) {
		return QUARTERS.computeIfAbsent(date.getYear() * 4 + (date.getMonthValue() - 1) / 3,
				q -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1));
	}

	/** Each quarter's name once: a rebuild names a million rows' quarters, a few hundred distinct ones. */
	private static final java.util.concurrent.ConcurrentMap<Integer, String> QUARTERS = new java.util.concurrent.ConcurrentHashMap<>();

	/** The node's properties, from a row of {@link LedgerCypher#MEETINGS}. */
	static Map<String, Object> properties(Map<String, Object> facts) {
		var properties = new LinkedHashMap<String, Object>();
		String meeting = (String) facts.get("meeting");
		String country = (String) facts.get("country");
		LocalDate date = (LocalDate) facts.get("date");
		properties.put("id", id(meeting, country));
		properties.put("meeting", meeting);
		properties.put("country", country);
		properties.put("date", date);
		properties.put("quarter", date == null ? null : quarter(date));
		properties.put("status", facts.get("status"));
		properties.put("setting", facts.get("setting"));
		properties.put("concerns", Boolean.TRUE.equals(facts.get("concerns")));
		properties.put("unclassified", facts.get("unclassified"));
		properties.put("channels", facts.get("channels"));
		properties.put("citations", ((Number) facts.get("citations")).longValue());
		// The radar's filters on planned meetings: who attends (itself or through a unit), and the forums met there.
		properties.put("departments", sortedDistinct(facts.get("departments")));
		properties.put("forums", sortedDistinct(facts.get("forums")));
		// Whether follow-up actions agreed there are still open: only then is the property written, so that the
		// index on (country, openActions) holds just the meetings a briefing's open actions come from.
		long openActions = facts.get("openActions") instanceof Number n ? n.longValue() : 0;
		properties.put("openActions", openActions > 0 ? openActions : null);
		// A held Ottawa meeting that first raised a waiting result there (firstRaiser; firstRaiserU counting only
		// Unclassified meetings and results): the program-wide count of missed Ottawa meetings subtracts these
		// (MODEL.md, "The leverage ledger"). Written only when true, like the open actions.
		boolean heldInOttawa = "HELD".equals(facts.get("status")) && facts.get("channels") instanceof List<?> channels
				&& channels.contains("OTTAWA");
		properties.put("firstRaiser", heldInOttawa && Boolean.TRUE.equals(facts.get("firstRaiser")) ? true : null);
		properties.put("firstRaiserU", heldInOttawa && Boolean.TRUE.equals(facts.get("unclassified"))
				&& Boolean.TRUE.equals(facts.get("firstRaiserU")) ? true : null);
		properties.values().removeIf(java.util.Objects::isNull); // the database keeps no nulls: compare like with like
		return properties;
	}

	@SuppressWarnings("unchecked")
	private static List<String> sortedDistinct(Object values) {
		return values == null ? List.of() : ((List<String>) values).stream().distinct().sorted().toList();
	}

	/**
	 * What a stored row adds to its country's quarter: a HELD meeting counts in {@code held}, on the OTTAWA channel
	 * in {@code ottawa}, about the country (CONCERNS) in {@code about} and, held in Ottawa (setting OTTAWA), in
	 * {@code aboutInOttawa}, citing the country's results in {@code raising} and {@code citations}, first raising a
	 * waiting result in Ottawa in {@code firstRaisers}; Unclassified ones again in the {@code U} twins.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Long> counted(Map<String, Object> row) {
		var counts = new HashMap<String, Long>();
		if (row == null || !"HELD".equals(row.get("status")) || row.get("quarter") == null) {
			return counts;
		}
		long citations = ((Number) row.get("citations")).longValue();
		boolean ottawa = ((List<String>) row.get("channels")).contains("OTTAWA");
		for (String suffix : Boolean.TRUE.equals(row.get("unclassified")) ? List.of("", "U") : List.of("")) {
			counts.put("held" + suffix, 1L);
			if (ottawa) {
				counts.put("ottawa" + suffix, 1L);
				if (Boolean.TRUE.equals(row.get("firstRaiser" + suffix))) {
					counts.put("firstRaisers" + suffix, 1L);
				}
			}
			if (Boolean.TRUE.equals(row.get("concerns"))) {
				counts.put("about" + suffix, 1L);
				if ("OTTAWA".equals(row.get("setting"))) {
					counts.put("aboutInOttawa" + suffix, 1L);
				}
			}
			if (citations > 0) {
				counts.put("raising" + suffix, 1L);
				counts.put("citations" + suffix, citations);
			}
		}
		return counts;
	}
}
