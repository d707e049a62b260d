package ca.engagementgraph.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import ca.engagementgraph.model.DerivedConcepts;
import org.jspecify.annotations.Nullable;

/**
 * What the ledger knows of one raisable (a result or a project) in one of its countries: when it was first raised
 * at a HELD meeting on each channel, with each department present, counting every meeting or only Unclassified ones,
 * and with which counterparts it was ever raised.
 *
 * <p>Facts are named {@code <channel>[U][_<department>]}: {@code ottawa} (first raised with the country's mission in
 * Canada), {@code anyU} (first raised anywhere at an Unclassified meeting), {@code inCountry_CBSA} (first raised in
 * the country at a meeting CBSA attended). The three channel facts and their Unclassified twins are always present,
 * {@link #NEVER} when never raised (so an index finds "never" by equality); department facts only once raised.
 */
final class RaisableRow {

	/** "Never raised": later than any real date, so "not raised by date d" is simply {@code fact > d}. */
	static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

	static final List<String> CHANNELS = List.of("any", "ottawa", "inCountry");

	/** The channels missed opportunities are asked on, whose dated rows are counted ({@code dated_<channel>}). */
	static final List<String> DATED_CHANNELS = List.of("ottawa", "inCountry");

	private final String kind;
	private final String key;
	private final String country;
	private final String project;
	private final LocalDate achievedOn;
	private final String classification;
	private final boolean primary;
	private final Ranking ranking;
	private final Map<String, LocalDate> facts = new HashMap<>();
	private final TreeSet<String> raisedWith = new TreeSet<>();
	private final TreeSet<String> raisedWithU = new TreeSet<>();

	RaisableRow(String kind, String key, String country, String project, LocalDate achievedOn, String classification,
			boolean primary, Ranking ranking) {
		this.kind = kind;
		this.ranking = ranking;
		this.key = key;
		this.country = country;
		this.project = project;
		this.achievedOn = achievedOn;
		this.classification = classification;
		this.primary = primary;
		for (String channel : CHANNELS) {
			facts.put(channel, NEVER);
			facts.put(channel + "U", NEVER);
		}
	}

	/**
	 * What the opportunity radar ranks a result by besides its wait (MODEL.md, "Derived concepts"): its type, and
	 * whether an approved key message is about it or its project (any, or an Unclassified one for readers without
	 * clearance).
	 */
	record Ranking(@Nullable String type, boolean keyMessage, boolean keyMessageU) {

		static Ranking of(Map<String, Object> facts) {
			return new Ranking((String) facts.get("type"), Boolean.TRUE.equals(facts.get("keyMessage")),
					Boolean.TRUE.equals(facts.get("keyMessageU")));
		}

		/**
		 * The priority date: {@code achievedOn} moved earlier by {@link DerivedConcepts#RADAR_DAYS_PER_POINT} days per
		 * point the result scores whatever the meeting. At one meeting a result's wait adds one point per 30 days
		 * before the meeting's date, so ranking by score is ranking by this date, oldest first: one ordered index walk.
		 */
		LocalDate priority(LocalDate achievedOn, boolean withKeyMessage) {
			int points = DerivedConcepts.radarTypePoints(type)
					+ (withKeyMessage ? DerivedConcepts.RADAR_KEY_MESSAGE_POINTS : 0);
			return achievedOn.minusDays((long) points * DerivedConcepts.RADAR_DAYS_PER_POINT);
		}
	}

	static String id(String kind, String key, String country) {
		return kind + ":" + key + "@" + country;
	}

	String id() {
		return id(kind, key, country);
	}

	String kind() {
		return kind;
	}

	String key() {
		return key;
	}

	String country() {
		return country;
	}

	String project() {
		return project;
	}

	/** Counted in the coverage: a result (projects have their own rows only for "project mentioned"). */
	boolean isResult() {
		return "Result".equals(kind);
	}

	boolean unclassified() {
		return "UNCLASSIFIED".equals(classification);
	}

	/** Takes one HELD meeting that raised this raisable into account (dates only ever move earlier). */
	@SuppressWarnings("unchecked")
	void fold(Map<String, Object> raising) {
		LocalDate date = (LocalDate) raising.get("date");
		if (date == null) {
			return;
		}
		boolean unclassified = Boolean.TRUE.equals(raising.get("unclassified"));
		var departments = new TreeSet<>((List<String>) raising.get("departments"));
		for (String channel : CHANNELS) {
			boolean onChannel = channel.equals("any") || Boolean.TRUE.equals(raising.get(channel));
			if (!onChannel) {
				continue;
			}
			for (String variant : unclassified ? List.of(channel, channel + "U") : List.of(channel)) {
				earliest(variant, date);
				for (String department : departments) {
					earliest(variant + "_" + department, date);
				}
			}
		}
		var counterparts = (List<String>) raising.get("counterparts");
		raisedWith.addAll(counterparts);
		if (unclassified) {
			raisedWithU.addAll(counterparts);
		}
	}

	/** Starts from what a stored row holds (for a change that can only add raisings). */
	@SuppressWarnings("unchecked")
	void foldStored(Map<String, Object> stored) {
		for (var entry : stored.entrySet()) {
			if (entry.getValue() instanceof LocalDate date && isFact(entry.getKey())) {
				earliest(entry.getKey(), date);
			}
		}
		raisedWith.addAll((List<String>) stored.getOrDefault("raisedWith", List.of()));
		raisedWithU.addAll((List<String>) stored.getOrDefault("raisedWithU", List.of()));
	}

	/** {@code <channel>[U][_<department>]}: without a regular expression, as every stored property is asked. */
	private static boolean isFact(String name) {
		int department = name.indexOf('_');
		String channel = department < 0 ? name : name.substring(0, department);
		if (channel.endsWith("U")) {
			channel = channel.substring(0, channel.length() - 1);
		}
		return CHANNELS.contains(channel);
	}

	private void earliest(String fact, LocalDate date) {
		facts.merge(fact, date, (a, b) -> a.isBefore(b) ? a : b);
	}

	/** The node's properties. */
	Map<String, Object> properties() {
		var properties = new LinkedHashMap<String, Object>();
		properties.put("id", id());
		properties.put("kind", kind);
		properties.put("key", key);
		properties.put("country", country);
		properties.put("project", project);
		properties.put("achievedOn", achievedOn);
		properties.put("classification", classification);
		properties.put("primary", primary);
		if (isResult() && achievedOn != null) {
			properties.put("keyMessage", ranking.keyMessage());
			properties.put("keyMessageU", ranking.keyMessageU());
			properties.put("priority", ranking.priority(achievedOn, ranking.keyMessage()));
			properties.put("priorityU", ranking.priority(achievedOn, ranking.keyMessageU()));
		}
		properties.putAll(facts);
		properties.put("raisedWith", List.copyOf(raisedWith));
		properties.put("raisedWithU", List.copyOf(raisedWithU));
		properties.values().removeIf(java.util.Objects::isNull); // the database keeps no nulls: compare like with like
		return properties;
	}

	/**
	 * What a stored row adds to the coverage counters of its country and project: {@code results} (and
	 * {@code resultsU} when Unclassified), one per fact raised and one per counterpart it was raised with
	 * ({@code with_<code>}, {@code withU_<code>}), and the rows with a date ({@code dated}, {@code dated_<channel>}).
	 * Unclassified twins count only for an Unclassified
	 * result, as a reader without clearance never sees the others.
	 */
	static Map<String, Long> counted(Map<String, Object> row) {
		var counts = new HashMap<String, Long>();
		if (row != null && "Project".equals(row.get("kind"))) {
			counts.put("projects", 1L); // so that a project (and its country) without results still has counters
		}
		if (row == null || !"Result".equals(row.get("kind"))) {
			return counts;
		}
		boolean unclassified = "UNCLASSIFIED".equals(row.get("classification"));
		counts.put("results", 1L);
		if (unclassified) {
			counts.put("resultsU", 1L);
		}
		// Per counterpart, the results ever raised with it: a briefing's "never raised with this counterpart" total
		// is then the country's results less this count, not a walk over every row of the country.
		for (Object counterpart : (List<?>) row.getOrDefault("raisedWith", List.of())) {
			counts.put("with_" + counterpart, 1L);
		}
		if (unclassified) {
			for (Object counterpart : (List<?>) row.getOrDefault("raisedWithU", List.of())) {
				counts.put("withU_" + counterpart, 1L);
			}
		}
		// The rows with a date (those the ledger's indexes by date hold), in all and raised on each channel: how many
		// results were waiting on a date is then these totals less a few short ranges of recent rows (missed
		// opportunities), instead of a count of every row achieved before it.
		if (row.get("achievedOn") != null && row.get("key") != null) {
			counts.put("dated", 1L);
			for (String channel : DATED_CHANNELS) {
				if (row.get(channel) instanceof LocalDate date && !NEVER.equals(date)) {
					counts.put("dated_" + channel, 1L);
				}
			}
		}
		for (var entry : row.entrySet()) {
			if (entry.getValue() instanceof LocalDate date && isFact(entry.getKey()) && !NEVER.equals(date)) {
				boolean twin = entry.getKey().replaceFirst("_.*$", "").endsWith("U");
				if (!twin || unclassified) {
					counts.put(entry.getKey(), 1L);
				}
			}
		}
		return counts;
	}
}
