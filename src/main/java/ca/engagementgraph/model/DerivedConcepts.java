package ca.engagementgraph.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * The derived concepts of {@code graph-schema/MODEL.md} section 7 that more than one question uses, each written
 * once, as the Cypher fragment every query embeds and the Java rule where Java needs the same answer. A query that
 * wants "designation in force", a channel or a size class takes it from here, so two pages can no longer disagree
 * about which countries are designated or which projects are small.
 *
 * <p>The fragments read two standing parameters, which the read support binds on every query it runs
 * ({@link #standingParameters}): {@code $today}, the program's date (the {@code api/Today} bean: Ottawa's date, or
 * the pinned {@code engagement-graph.today}), and {@code $smallProjectCeilingCad}. No query reads the database
 * server's clock: its date is neither Ottawa's nor the pinned one.
 */
public final class DerivedConcepts {

	private DerivedConcepts() {
	}

	/** The parameter holding the program's date. */
	public static final String TODAY = "today";

	/** The parameter holding {@link #SMALL_PROJECT_CEILING_CAD}. */
	public static final String SMALL_PROJECT_CEILING = "smallProjectCeilingCad";

	/** Projects under $250,000 are small; the envelope's large projects run from $250,000 to $3M. */
	public static final long SMALL_PROJECT_CEILING_CAD = 250_000;

	/** The country every "Ottawa" mission is located in. */
	public static final String CANADA = "CA";

	/** The parameters every fragment here may read, for the program's date {@code today}. */
	public static Map<String, Object> standingParameters(LocalDate today) {
		return Map.of(TODAY, today, SMALL_PROJECT_CEILING, SMALL_PROJECT_CEILING_CAD);
	}

	/**
	 * Designation {@code d} is in force today: from its first day ({@code from}) to its last day ({@code to},
	 * inclusive; null while open-ended).
	 */
	public static String designationInForce(String d) {
		return designationInForceOn(d, "$" + TODAY);
	}

	/** Designation {@code d} was (or will be) in force on the date {@code on}, a Cypher expression. */
	public static String designationInForceOn(String d, String on) {
		return "(%1$s.from <= %2$s AND (%1$s.to IS NULL OR %1$s.to >= %2$s))".formatted(d, on);
	}

	/** The size class of project {@code p}: {@code 'SMALL'} under the ceiling, else {@code 'LARGE'}. */
	public static String sizeClass(String p) {
		return "CASE WHEN %s.fundingCad < $%s THEN 'SMALL' ELSE 'LARGE' END".formatted(p, SMALL_PROJECT_CEILING);
	}

	/** The size class of a project funded with {@code fundingCad}, as {@link #sizeClass} computes it in Cypher. */
	public static String sizeClassOf(long fundingCad) {
		return fundingCad < SMALL_PROJECT_CEILING_CAD ? "SMALL" : "LARGE";
	}

	/**
	 * The OTTAWA channel: meeting {@code e} was with one of country {@code c}'s missions in Canada (embassy, high
	 * commission or consulate), where travel documents are issued.
	 */
	public static final String ON_OTTAWA_CHANNEL = """
			EXISTS { MATCH (e)-[:WITH]->(m:Mission)-[:REPRESENTS]->(c), (m)-[:LOCATED_IN]->(:Country {iso2: '%s'}) }"""
		.formatted(CANADA);

	/**
	 * The IN_COUNTRY channel: meeting {@code e} was with one of country {@code c}'s authorities, or held in the
	 * country.
	 */
	public static final String ON_IN_COUNTRY_CHANNEL = """
			(EXISTS { MATCH (e)-[:WITH]->(:Authority)-[:OF]->(c) }
			 OR (e.setting = 'IN_COUNTRY' AND EXISTS { MATCH (e)-[:CONCERNS]->(c) }))""";

	/**
	 * Meeting {@code e} is on channel {@code $channel} for country {@code c}: OTTAWA, IN_COUNTRY or ANY (any held
	 * meeting, whatever its counterpart or setting: multilateral and interdepartmental meetings count only there).
	 */
	public static final String ON_CHANNEL = """
			($channel = 'ANY'
			 OR ($channel = 'OTTAWA' AND %s)
			 OR ($channel = 'IN_COUNTRY' AND %s))""".formatted(ON_OTTAWA_CHANNEL, ON_IN_COUNTRY_CHANNEL);

	/**
	 * The channels a meeting row {@code row} of the leverage ledger is on for its country, as a list in alphabetical
	 * order: FORUM (about the country, with an organization: the row's {@code forums}), IN_COUNTRY and OTTAWA, the
	 * ledger's image of {@link #ON_IN_COUNTRY_CHANNEL} and {@link #ON_OTTAWA_CHANNEL}. The radar lists a planned
	 * meeting's entries by it, and the nudge's wait check finds the chances ahead by it.
	 */
	public static String ledgerMeetingChannels(String row) {
		return """
				[channel IN [CASE WHEN %1$s.concerns AND size(coalesce(%1$s.forums, [])) > 0 THEN 'FORUM' END,
				             CASE WHEN 'IN_COUNTRY' IN %1$s.channels OR (%1$s.setting = 'IN_COUNTRY' AND %1$s.concerns) THEN 'IN_COUNTRY' END,
				             CASE WHEN 'OTTAWA' IN %1$s.channels THEN 'OTTAWA' END]
				 WHERE channel IS NOT NULL]""".formatted(row);
	}

	/** The country of the ledger's radar days that count every country together. */
	public static final String RADAR_ALL_COUNTRIES = "*";

	/**
	 * The name of a count on the ledger's radar days ({@code __RadarDay}, MODEL.md "The leverage ledger"): radar entries
	 * of the day on {@code channel}, those a department attends when {@code department} is given, counting every planned
	 * meeting ({@code all}) or the Unclassified ones only ({@code u}, what a reader without clearance sees). Written by
	 * the ledger, read by the radar through {@link #radarDayKey(String, String, String)}.
	 */
	public static String radarDayKey(boolean unclassifiedOnly, String channel, @org.jspecify.annotations.Nullable String department) {
		return (unclassifiedOnly ? "u" : "all") + "|" + channel + (department == null ? "" : "|" + department);
	}

	/** The name of a radar day's count of planned meetings WITH forum {@code forum} (about the country). */
	public static String radarDayForumKey(boolean unclassifiedOnly, String forum) {
		return (unclassifiedOnly ? "u" : "all") + "|forum|" + forum;
	}

	/**
	 * {@link #radarDayKey(boolean, String, String)} as a Cypher expression, for the reader's clearance
	 * ({@code $cleared}): {@code channel} and {@code department} are Cypher expressions (the latter may be null).
	 */
	public static String radarDayKey(String cleared, String channel, String department) {
		return "CASE WHEN %1$s THEN 'all' ELSE 'u' END + '|' + %2$s + coalesce('|' + %3$s, '')".formatted(cleared,
				channel, department);
	}

	/** {@link #radarDayForumKey(boolean, String)} as a Cypher expression. */
	public static String radarDayForumKey(String cleared, String forum) {
		return "CASE WHEN %1$s THEN 'all' ELSE 'u' END + '|forum|' + %2$s".formatted(cleared, forum);
	}

	/**
	 * The opportunity radar's score (MODEL.md, "Derived concepts"): points for a result's place in the results chain.
	 * The ledger folds these and {@link #RADAR_KEY_MESSAGE_POINTS} into each result's priority date, so the radar's
	 * ranking within a meeting is an ordered index walk; the radar explains a rank with the same numbers.
	 */
	public static int radarTypePoints(@org.jspecify.annotations.Nullable String resultType) {
		return switch (resultType == null ? "" : resultType) {
			case "IMPACT" -> 6;
			case "OUTCOME" -> 4;
			default -> 0;
		};
	}

	/** The radar's points for a result with an approved key message about it or its project. */
	public static final int RADAR_KEY_MESSAGE_POINTS = 3;

	/** The radar's points for a designated country (cleared readers only). */
	public static final int RADAR_DESIGNATION_POINTS = 5;

	/** The radar's points when no other planned meeting later in the period can raise the result on the channel. */
	public static final int RADAR_LAST_CHANCE_POINTS = 4;

	/** The radar's days of waiting worth one point. */
	public static final int RADAR_DAYS_PER_POINT = 30;
}
