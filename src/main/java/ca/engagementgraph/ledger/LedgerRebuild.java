package ca.engagementgraph.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

import ca.engagementgraph.database.NewNodes;
import ca.engagementgraph.database.WriteTransactions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;

/**
 * Builds the whole ledger again from the graph: for a graph that predates it, after a bulk load (which defers it),
 * after writes the ledger could not see (an external database written by other tools), or on request
 * ({@code ledger rebuild}). Loading work: no request timeout applies.
 *
 * <p>One country at a time, from the country's side: two walks read every meeting on the country's channels or
 * raising its results (with what it is to the country) and every result and project of the country (with the
 * meetings that raised it); the rows and counters are then computed here, by the same {@link RaisableRow} and
 * {@link MeetingRow} that keep them current, and created, never merged. The country after is read while one is
 * written. Asking the maintenance path instead (every raising's channel checked from the meeting, per meeting and
 * country) made the rebuild two thirds of a bulk load (graph-schema/PERFORMANCE.md, section 3).
 */
final class LedgerRebuild {

	/**
	 * Countries read at once while one is written. Two: with the rows' indexes built at the end, reading (the walks
	 * and the rows' computation) is the longer part, and one reader left a core idle.
	 */
	static final int READERS = 2;

	/** Ledger nodes per write transaction: a busy country's meetings do not make one huge transaction. */
	static final int WRITE_BATCH = 10_000;

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LedgerRebuild.class);

	private LedgerRebuild() {
	}

	/** Every meeting that is something to country {@code $country}: about it, on its channels or raising its results. */
	static final String MEETINGS_OF_COUNTRY = """
			MATCH (c:Country {iso2: $country})
			CALL (c) {
			  MATCH (c)<-[:REPRESENTS]-(m:Mission)<-[:WITH]-(e:Engagement)
			  RETURN e, EXISTS { (m)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) } AS ottawa, false AS authority, 0 AS citations
			  UNION ALL
			  MATCH (c)<-[:OF]-(:Authority)<-[:WITH]-(e:Engagement)
			  RETURN e, false AS ottawa, true AS authority, 0 AS citations
			  UNION ALL
			  MATCH (c)<-[:IN]-(:Project)<-[:OF]-(:Result)<-[:RAISED]-(e:Engagement)
			  RETURN e, false AS ottawa, false AS authority, 1 AS citations
			  UNION ALL
			  MATCH (c)<-[:IN]-(:Project)<-[:RAISED]-(e:Engagement)
			  RETURN e, false AS ottawa, false AS authority, 0 AS citations
			  UNION ALL
			  MATCH (c)<-[:CONCERNS]-(e:Engagement)
			  RETURN e, false AS ottawa, false AS authority, 0 AS citations
			}
			WITH e, any(x IN collect(ottawa) WHERE x) AS ottawa, any(x IN collect(authority) WHERE x) AS authority,
			     sum(citations) AS citations
			RETURN elementId(e) AS id, e.code AS meeting, e.date AS date, e.status AS status, e.setting AS setting,
			       $country IN [(e)-[:CONCERNS]->(k:Country) | k.iso2] AS concerns, %s AS unclassified,
			       ottawa, authority, citations,
			       coalesce(e.setting = 'IN_COUNTRY' AND $country IN [(e)-[:CONCERNS]->(k:Country) | k.iso2], false) AS heldIn,
			       %s AS departments,
			       [(e)-[:WITH]->(w) WHERE w.code IS NOT NULL | w.code] AS counterparts,
			       [(e)-[:WITH]->(o:Organization) WHERE o.code IS NOT NULL | o.code] AS forums,
			       %s AS openActions
			""".formatted(LedgerCypher.UNCLASSIFIED_MEETING, LedgerCypher.DEPARTMENTS_PRESENT, LedgerCypher.OPEN_ACTIONS);

	/** Every result and project of country {@code $country}, with the meetings that raised it. */
	static final String RAISABLES_OF_COUNTRY = """
			MATCH (:Country {iso2: $country})<-[:IN]-(p:Project)
			CALL (p) {
			  RETURN p AS x
			  UNION
			  MATCH (p)<-[:OF]-(x:Result) RETURN x
			}
			WITH DISTINCT x
			RETURN CASE WHEN x:Result THEN 'Result' ELSE 'Project' END AS kind, x.code AS key,
			       CASE WHEN x:Result THEN [(x)-[:OF]->(p:Project)-[:IN]->(:Country {iso2: $country}) | p.code]
			            ELSE [x.code] END AS projects,
			       coalesce(x.achievedOn, x.start) AS achievedOn, coalesce(x.classification, 'UNCLASSIFIED') AS classification,
			       CASE WHEN x:Result THEN [(x)-[:OF]->(:Project)-[:IN]->(k:Country) | k.iso2]
			            ELSE [(x)-[:IN]->(k:Country) | k.iso2] END AS countries,
			       [(x)<-[:RAISED]-(e:Engagement) | elementId(e)] AS raisedBy,
			       %s
			""".formatted(LedgerCypher.RANKING);

	/** A country's ledger, computed: its rows and counters, ready to be created. */
	record CountryLedger(List<Map<String, Object>> raisables, List<Map<String, Object>> meetings,
			List<Map<String, Object>> countryCounters, List<Map<String, Object>> projectCounters,
			List<Map<String, Object>> quarterCounters) {

		int size() {
			return raisables.size() + meetings.size() + countryCounters.size() + projectCounters.size()
					+ quarterCounters.size();
		}
	}

	/**
	 * How a rebuild reads a country and writes its ledger: through the driver's sessions, or in the embedded
	 * database's process ({@link WriteTransactions} running there), where each country's rows are neither packed for
	 * Bolt nor unpacked again on the way in and out.
	 */
	interface Transactions {

		CountryLedger read(String country);

		/** Runs one transaction of the ledger's own writes, marked so that the ledger's listener skips it. */
		void write(java.util.function.Consumer<SimpleQueryRunner> work);

		static Transactions over(Driver driver, TransactionConfig limits) {
			TransactionConfig writes = writes(limits);
			return new Transactions() {

				@Override
				public CountryLedger read(String country) {
					return LedgerRebuild.read(driver, country, limits);
				}

				@Override
				public void write(java.util.function.Consumer<SimpleQueryRunner> work) {
					try (var session = driver.session()) {
						session.executeWrite(tx -> {
							work.accept(tx);
							return null;
						}, writes);
					}
				}
			};
		}

		static Transactions inProcess(WriteTransactions transactions) {
			return new Transactions() {

				@Override
				public CountryLedger read(String country) {
					return transactions.loadingRead(tx -> LedgerRebuild.read(tx, country));
				}

				@Override
				public void write(java.util.function.Consumer<SimpleQueryRunner> work) {
					transactions.loading(tx -> {
						// The embedded transaction's metadata, as the driver's transaction config sets it over Bolt.
						tx.run("CALL tx.setMetaData($metadata)", Map.of("metadata", LedgerState.DEFERRED)).consume();
						work.accept(tx);
						return null;
					});
				}
			};
		}
	}

	/** @param limits the loading limits: a rebuild is loading work, not a request */
	static long run(Driver driver, TransactionConfig limits, LongConsumer progress) {
		return run(driver, limits, Transactions.over(driver, limits), progress);
	}

	/**
	 * @param limits the loading limits of the statements run through the driver's session (clearing the old ledger,
	 * the radar's days, the state)
	 * @param transactions where each country is read and its ledger written
	 */
	static long run(Driver driver, TransactionConfig limits, Transactions transactions, LongConsumer progress) {
		TransactionConfig writes = writes(limits);
		long started = System.nanoTime();
		try (var session = driver.session(); var reader = Executors.newFixedThreadPool(READERS, Thread.ofPlatform()
			.name("ledger-rebuild-reader-", 1)
			.daemon(true)
			.factory())) {
			// Every row is deleted then created, none read back: the rows' indexes are built once at the end
			// (DeferredIndexes); deleting a million rows from seven indexes each was most of a rebuild's first minute.
			DeferredIndexes.drop(session);
			long done = 0;
			try {
				session.run("""
						MATCH (n) WHERE n:__RaisableLedger OR n:__MeetingLedger OR n:__CountryLedger OR n:__ProjectLedger
						                OR n:__QuarterLedger OR n:__RadarDay OR n:__LedgerState
						CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS
						""").consume();
				List<String> countries = session.run("MATCH (c:Country) RETURN c.iso2 AS iso2 ORDER BY iso2")
					.list(r -> r.get("iso2").asString());
				// The countries being read while one is written: READERS of them, in order.
				var ahead = new java.util.ArrayDeque<CompletableFuture<CountryLedger>>();
				int requested = 0;
				for (int i = 0; i < countries.size(); i++) {
					while (requested < countries.size() && ahead.size() < READERS) {
						String country = countries.get(requested++);
						ahead.add(CompletableFuture.supplyAsync(() -> transactions.read(country), reader));
					}
					CountryLedger ledger = join(ahead.poll());
					write(transactions, ledger);
					progress.accept(done += ledger.size());
				}
				LOG.info("Ledger rebuild: {} rows of {} countries written in {} ms", done, countries.size(), elapsed(started));
			}
			catch (RuntimeException | Error failed) {
				// The indexes come back whatever happened, or the service would answer from label scans until the next
				// rebuild; a failure to create them is told beside the one that stopped the rebuild.
				try {
					DeferredIndexes.restore(session);
				}
				catch (RuntimeException alsoFailed) {
					failed.addSuppressed(alsoFailed);
				}
				throw failed;
			}
			long restoring = System.nanoTime();
			DeferredIndexes.restore(session);
			LOG.info("Ledger rebuild: the rows' indexes and constraints built in {} ms", elapsed(restoring));
			long radar = System.nanoTime();
			done += RadarDays.rebuild(session, writes, WRITE_BATCH);
			LedgerState.markCurrent(session);
			LOG.info("Ledger rebuild: the radar's days counted in {} ms; {} ms in all", elapsed(radar), elapsed(started));
			return done;
		}
	}

	/**
	 * How the ledger's own rows are written: within the loading limits, marked so that the ledger's listener on the
	 * embedded database skips them (the rows are the ledger itself: it has nothing to keep for them).
	 */
	static TransactionConfig writes(TransactionConfig limits) {
		var builder = TransactionConfig.builder().withMetadata(LedgerState.DEFERRED);
		if (limits.timeout() != null) {
			builder.withTimeout(limits.timeout());
		}
		return builder.build();
	}

	private static long elapsed(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	private static CountryLedger join(CompletableFuture<CountryLedger> next) {
		try {
			return next.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** Reads one country's meetings and raisables in one transaction and computes its ledger. */
	static CountryLedger read(Driver driver, String country, TransactionConfig limits) {
		try (var session = driver.session()) {
			return session.executeRead(tx -> read(tx, country), limits);
		}
	}

	/**
	 * Reads one country's meetings and raisables in transaction {@code tx} and computes its ledger: in the embedded
	 * database's process through its own API ({@link CountryWalks}), otherwise with the two statements.
	 */
	static CountryLedger read(SimpleQueryRunner tx, String country) {
		var inProcess = ca.engagementgraph.database.InProcessTransaction.of(tx);
		if (inProcess.isPresent()) {
			return compute(country, CountryWalks.meetings(inProcess.get(), country),
					CountryWalks.raisables(inProcess.get(), country));
		}
		return readByCypher(tx, country);
	}

	/** The same, with {@link #MEETINGS_OF_COUNTRY} and {@link #RAISABLES_OF_COUNTRY} wherever {@code tx} runs them. */
	static CountryLedger readByCypher(SimpleQueryRunner tx, String country) {
		var parameters = Map.<String, Object>of("country", country);
		var meetings = new HashMap<String, Map<String, Object>>();
		tx.run(MEETINGS_OF_COUNTRY, parameters).forEachRemaining(r -> meetings.put(r.get("id").asString(), r.asMap()));
		var raisables = tx.run(RAISABLES_OF_COUNTRY, parameters).list(r -> r.asMap());
		return compute(country, meetings, raisables);
	}

	@SuppressWarnings("unchecked")
	static CountryLedger compute(String country, Map<String, Map<String, Object>> meetings,
			List<Map<String, Object>> raisables) {
		var raisableRows = new ArrayList<Map<String, Object>>(raisables.size());
		// The meetings (element ids) that first raised a waiting result in Ottawa: "firstRaiser", "firstRaiserU".
		var firstRaisers = new HashMap<String, Set<String>>();
		var countryCounts = new TreeMap<String, Long>();
		var projectCounts = new TreeMap<String, Map<String, Long>>();
		for (var facts : raisables) {
			var countries = (List<String>) facts.get("countries");
			String primary = countries.stream().min(String::compareTo).orElse(country);
			var row = new RaisableRow((String) facts.get("kind"), (String) facts.get("key"), country,
					((List<String>) facts.get("projects")).stream().min(String::compareTo).orElse(null),
					(LocalDate) facts.get("achievedOn"),
					(String) facts.get("classification"), country.equals(primary), RaisableRow.Ranking.of(facts));
			for (String meeting : (List<String>) facts.get("raisedBy")) {
				var held = meetings.get(meeting);
				if (held != null && "HELD".equals(held.get("status"))) {
					row.fold(raising(held));
				}
			}
			var properties = row.properties();
			raisableRows.add(properties);
			markFirstRaisers(properties, (List<String>) facts.get("raisedBy"), meetings, firstRaisers);
			RaisableRow.counted(properties).forEach((name, n) -> {
				countryCounts.merge(name, n, Long::sum);
				if (row.project() != null) {
					projectCounts.computeIfAbsent(row.project(), p -> new TreeMap<>()).merge(name, n, Long::sum);
				}
			});
		}
		var meetingRows = new ArrayList<Map<String, Object>>(meetings.size());
		var quarterCounts = new TreeMap<String, Map<String, Long>>();
		// Each meeting's facts let go of once its row is made: a busy country's meetings are then held about once,
		// not twice (an offline load computes the ledger beside the graph it holds in memory).
		for (var remaining = meetings.values().iterator(); remaining.hasNext();) {
			var facts = remaining.next();
			var channels = new ArrayList<String>(2);
			if (Boolean.TRUE.equals(facts.get("ottawa"))) {
				channels.add("OTTAWA");
			}
			if (Boolean.TRUE.equals(facts.get("authority"))) {
				channels.add("IN_COUNTRY");
			}
			var row = new LinkedHashMap<String, Object>(facts);
			row.put("country", country);
			row.put("channels", channels);
			var marks = firstRaisers.getOrDefault((String) facts.get("id"), Set.of());
			row.put("firstRaiser", marks.contains("firstRaiser"));
			row.put("firstRaiserU", marks.contains("firstRaiserU"));
			var properties = MeetingRow.properties(row);
			meetingRows.add(properties);
			MeetingRow.counted(properties).forEach((name, n) -> quarterCounts
				.computeIfAbsent((String) properties.get("quarter"), q -> new TreeMap<>())
				.merge(name, n, Long::sum));
			remaining.remove();
		}
		var countryCounters = new ArrayList<Map<String, Object>>();
		if (!countryCounts.isEmpty()) {
			countryCounters.add(counter(Map.of("country", country), countryCounts));
		}
		var projectCounters = new ArrayList<Map<String, Object>>();
		projectCounts.forEach((project, counts) -> projectCounters
			.add(counter(Map.of("project", project, "country", country), counts)));
		var quarterCounters = new ArrayList<Map<String, Object>>();
		quarterCounts.forEach((quarter, counts) -> quarterCounters
			.add(counter(Map.of("country", country, "quarter", quarter), counts)));
		return new CountryLedger(raisableRows, meetingRows, countryCounters, projectCounters, quarterCounters);
	}

	/**
	 * Marks the meetings that raised result row {@code row} on the day of its first Ottawa raising (of any meeting,
	 * and of Unclassified meetings for an Unclassified result), the result achieved before that day: what
	 * {@code LedgerCypher.MEETINGS} asks of each meeting during a write, here from the result's side. As there,
	 * {@link MeetingRow#properties} keeps a mark only on a held Ottawa meeting (and Unclassified, for the U mark).
	 */
	private static void markFirstRaisers(Map<String, Object> row, List<String> raisedBy,
			Map<String, Map<String, Object>> meetings, Map<String, Set<String>> firstRaisers) {
		if (!"Result".equals(row.get("kind")) || !(row.get("achievedOn") instanceof LocalDate achievedOn)) {
			return;
		}
		for (String meeting : raisedBy) {
			var facts = meetings.get(meeting);
			if (facts == null || !(facts.get("date") instanceof LocalDate date) || !achievedOn.isBefore(date)) {
				continue;
			}
			if (date.equals(row.get("ottawa"))) {
				firstRaisers.computeIfAbsent(meeting, m -> new HashSet<>()).add("firstRaiser");
			}
			if (date.equals(row.get("ottawaU")) && "UNCLASSIFIED".equals(row.get("classification"))) {
				firstRaisers.computeIfAbsent(meeting, m -> new HashSet<>()).add("firstRaiserU");
			}
		}
	}

	/** What a HELD meeting contributes to a raisable of the country (as {@link LedgerCypher#RAISING} says it). */
	private static Map<String, Object> raising(Map<String, Object> meeting) {
		var raising = new HashMap<String, Object>();
		raising.put("date", meeting.get("date"));
		raising.put("ottawa", meeting.get("ottawa"));
		raising.put("inCountry", Boolean.TRUE.equals(meeting.get("authority")) || Boolean.TRUE.equals(meeting.get("heldIn")));
		raising.put("departments", meeting.get("departments"));
		raising.put("unclassified", meeting.get("unclassified"));
		raising.put("counterparts", meeting.get("counterparts"));
		return raising;
	}

	private static Map<String, Object> counter(Map<String, Object> identity, Map<String, Long> counts) {
		var properties = new LinkedHashMap<String, Object>(identity);
		counts.forEach((name, n) -> {
			if (n != 0) {
				properties.put(name, n);
			}
		});
		return properties;
	}

	/** A country's ledger, by the label of its rows. */
	static List<Map.Entry<String, List<Map<String, Object>>>> parts(CountryLedger ledger) {
		return List.of(Map.entry("__RaisableLedger", ledger.raisables()), Map.entry("__MeetingLedger", ledger.meetings()),
				Map.entry("__CountryLedger", ledger.countryCounters()),
				Map.entry("__ProjectLedger", ledger.projectCounters()),
				Map.entry("__QuarterLedger", ledger.quarterCounters()));
	}

	/** Creates a country's ledger in transactions of at most {@link #WRITE_BATCH} nodes. */
	private static void write(Transactions transactions, CountryLedger ledger) {
		var pending = new ArrayList<Map.Entry<String, List<Map<String, Object>>>>();
		for (var part : parts(ledger)) {
			var rows = part.getValue();
			for (int i = 0; i < rows.size(); i += WRITE_BATCH) {
				pending.add(Map.entry(part.getKey(), rows.subList(i, Math.min(rows.size(), i + WRITE_BATCH))));
			}
		}
		// Small parts share a transaction until it holds a batch's worth of nodes.
		int start = 0;
		while (start < pending.size()) {
			int end = start;
			int nodes = 0;
			while (end < pending.size() && (end == start || nodes + pending.get(end).getValue().size() <= WRITE_BATCH)) {
				nodes += pending.get(end).getValue().size();
				end++;
			}
			var transaction = pending.subList(start, end);
			// Through the embedded database's own API in its process (NewNodes): about a sixth of the rebuild at M.
			transactions.write(tx -> transaction.forEach(part -> NewNodes.create(tx, part.getKey(), part.getValue())));
			start = end;
		}
	}
}
