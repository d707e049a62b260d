package ca.engagementgraph.ledger;

import java.util.Map;

import org.neo4j.driver.Session;

/**
 * Which format of the ledger the graph holds. A graph without the marker (written before the ledger existed, or
 * by another tool into an empty database) or with an older format gets its ledger rebuilt.
 */
final class LedgerState {

	/**
	 * Raise when the rows change meaning, so existing graphs are rebuilt on upgrade. 2: meeting rows for every meeting
	 * about a country (CONCERNS), with its setting, the quarter counters {@code about} and {@code aboutInOttawa}, and the
	 * country counters {@code with_<counterpart>}. 3: the radar's priority dates on result rows ({@code priority},
	 * {@code priorityU}, with {@code keyMessage} and {@code keyMessageU}), and the attending departments and forums on
	 * meeting rows. 4: the radar's day counts ({@code __RadarDay}). 5: the open follow-up actions on meeting rows
	 * ({@code openActions}) and the dated rows' counters ({@code dated}, {@code dated_<channel>}). 6: the held Ottawa
	 * meetings that first raised a waiting result ({@code firstRaiser}, {@code firstRaiserU} on meeting rows, the quarter
	 * counters {@code firstRaisers}, {@code firstRaisersU}). Formats 3 to 5 are upgraded in place by adding what is new
	 * ({@link #upgradable}).
	 */
	static final int FORMAT = 6;

	/** Whether a ledger of this format is brought to {@link #FORMAT} by adding what is new, without a rebuild. */
	static boolean upgradable(int format) {
		return format >= 3 && format < FORMAT;
	}

	private LedgerState() {
	}

	/** Set as a write's transaction metadata, it asks the ledger to wait for a rebuild (a bulk load). */
	public static final Map<String, Object> DEFERRED = Map.of("ledger", "deferred");

	/** Marks the ledger stale in the deferring write's own transaction: a crash before the rebuild is then caught. */
	static final String MARK_STALE = "MERGE (s:__LedgerState {id: 1}) SET s.stale = true";

	static boolean current(Session session) {
		return format(session) == FORMAT;
	}

	/** The format of the ledger the graph holds, 0 when it holds none or a bulk load left it stale. */
	static int format(Session session) {
		return session.executeRead(tx -> tx.run("MATCH (s:__LedgerState) RETURN s.format AS format, s.stale AS stale")
			.list()
			.stream()
			.filter(r -> !r.get("stale").asBoolean(false))
			.mapToInt(r -> r.get("format").asInt(0))
			.findFirst()
			.orElse(0));
	}

	/** The same, read through the embedded API (a restart's check, with no Cypher to compile). */
	static int format(ca.engagementgraph.database.InProcessReads graph) {
		return graph.read(tx -> {
			try (var states = tx.findNodes(org.neo4j.graphdb.Label.label("__LedgerState"))) {
				while (states.hasNext()) {
					var state = states.next();
					if (!Boolean.TRUE.equals(state.getProperty("stale", false))) {
						return ((Number) state.getProperty("format", 0)).intValue();
					}
				}
				return 0;
			}
		});
	}

	/**
	 * The start-up check of a ledger an external database holds, which others may have written to without keeping it:
	 * the countries whose counters disagree with the graph on how many results they have and how many of them a held
	 * meeting raised. Cheap (one walk over the results), and it catches any write that added, removed or moved a
	 * result or its first raising; a drift it cannot see is what {@code ledger rebuild} is for.
	 */
	static final String DRIFTED = """
			CALL () {
			  MATCH (c:Country)<-[:IN]-(:Project)<-[:OF]-(r:Result)
			  WITH c.iso2 AS country, r, EXISTS { (r)<-[:RAISED]-(:Engagement {status: 'HELD'}) } AS raised
			  RETURN country, count(DISTINCT r) AS results, count(DISTINCT CASE WHEN raised THEN r END) AS raisedAny
			  UNION
			  MATCH (counter:__CountryLedger)
			  WHERE coalesce(counter.results, 0) > 0
			    AND NOT EXISTS { (:Country {iso2: counter.country})<-[:IN]-(:Project)<-[:OF]-(:Result) }
			  RETURN counter.country AS country, 0 AS results, 0 AS raisedAny
			}
			OPTIONAL MATCH (counter:__CountryLedger {country: country})
			WITH country, results, raisedAny, counter
			WHERE coalesce(counter.results, 0) <> results OR coalesce(counter.any, 0) <> raisedAny
			RETURN collect(country) AS drifted
			""";

	static java.util.List<String> drifted(Session session) {
		return session.executeRead(tx -> tx.run(DRIFTED).single().get("drifted").asList(v -> v.asString()));
	}

	static void markCurrent(Session session) {
		session.executeWrite(tx -> tx.run("MERGE (s:__LedgerState {id: 1}) SET s.format = $format REMOVE s.stale",
				Map.of("format", FORMAT)).consume());
	}
}
