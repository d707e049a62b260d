package ca.engagementgraph.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The ledger rows' indexes and constraints, dropped while a rebuild creates every row and created again after it: a
 * database builds an index over rows already written in one sorted pass, where creating the rows under the index
 * updates it row by row at every commit (about a third of a rebuild at scale L, graph-schema/PERFORMANCE.md 4.26). The
 * rebuild creates rows and never reads them back, so nothing it does needs them meanwhile.
 *
 * <p>Before anything is dropped, the statements that create them again are kept in the graph
 * ({@code __DeferredLedgerIndexes}) and the ledger is marked stale, in one transaction: a rebuild that stops half way
 * (the process killed) leaves a ledger the next start rebuilds, and that rebuild creates them from there. A rebuild
 * that fails in a running process creates them again on its way out. The definitions are read from the
 * database itself (names, labels, properties), so they stay what the migrations made them.
 */
final class DeferredIndexes {

	/** The labels of the rows a rebuild creates (not the state, nor the radar's days, which it merges). */
	static final List<String> ROW_LABELS = List.of("__RaisableLedger", "__MeetingLedger", "__CountryLedger",
			"__ProjectLedger", "__QuarterLedger");

	/** How long a rebuild waits for the indexes to be built: loading work has no request time limit. */
	private static final long AWAIT_SECONDS = 24 * 3600;

	private static final String UNIQUENESS = """
			SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties
			WHERE type IN ['UNIQUENESS', 'NODE_PROPERTY_UNIQUENESS'] AND entityType = 'NODE' AND labelsOrTypes[0] IN $labels
			RETURN name, labelsOrTypes[0] AS label, properties ORDER BY name
			""";

	private static final String RANGE_INDEXES = """
			SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint
			WHERE type = 'RANGE' AND entityType = 'NODE' AND owningConstraint IS NULL AND labelsOrTypes[0] IN $labels
			RETURN name, labelsOrTypes[0] AS label, properties ORDER BY name
			""";

	private DeferredIndexes() {
	}

	/**
	 * Drops the rows' indexes and constraints, keeping the statements that create them again (with those a stopped
	 * rebuild kept before).
	 */
	static void drop(Session session) {
		var statements = new LinkedHashSet<>(kept(session));
		var drops = new ArrayList<String>();
		for (var row : session.run(UNIQUENESS, Map.of("labels", ROW_LABELS)).list()) {
			statements.add("CREATE CONSTRAINT %s IF NOT EXISTS FOR (n:%s) REQUIRE (%s) IS UNIQUE".formatted(
					quoted(row.get("name").asString()), quoted(row.get("label").asString()), properties(row)));
			drops.add("DROP CONSTRAINT " + quoted(row.get("name").asString()) + " IF EXISTS");
		}
		for (var row : session.run(RANGE_INDEXES, Map.of("labels", ROW_LABELS)).list()) {
			statements.add("CREATE INDEX %s IF NOT EXISTS FOR (n:%s) ON (%s)".formatted(quoted(row.get("name").asString()),
					quoted(row.get("label").asString()), properties(row)));
			drops.add("DROP INDEX " + quoted(row.get("name").asString()) + " IF EXISTS");
		}
		if (drops.isEmpty()) {
			return;
		}
		// With the ledger marked stale in the same transaction: a rebuild killed before it deleted the old state must
		// still leave a ledger the next start rebuilds (and so the indexes it creates again).
		session.executeWrite(tx -> {
			tx.run("MERGE (d:__DeferredLedgerIndexes {id: 'ledger'}) SET d.statements = $statements",
					Map.of("statements", List.copyOf(statements))).consume();
			tx.run(LedgerState.MARK_STALE).consume();
			return null;
		});
		drops.forEach(drop -> session.run(drop).consume());
	}

	/** Creates again what {@link #drop} (or a stopped rebuild) dropped, and waits until every index is online. */
	static void restore(Session session) {
		var statements = kept(session);
		if (statements.isEmpty()) {
			return;
		}
		// The plain indexes first, in as many transactions as there are cores: the database builds the indexes each
		// transaction creates in one population job in the background, reading each row once for all of them, and
		// runs the jobs side by side. One job for all of them kept one core busy while the other idled (at L, 28.6 s
		// of the load's end); one statement each read every meeting row once per index (PERFORMANCE 4.34, 4.37). Each
		// label's indexes are dealt in turn to the jobs, so that every job has a share of the large ones.
		// A constraint builds its own index as it is created, and waits for it: those follow, beside the jobs.
		var plainIndex = statements.stream()
			.collect(Collectors.partitioningBy(statement -> statement.startsWith("CREATE INDEX")));
		var indexes = plainIndex.get(true).stream().sorted(java.util.Comparator.comparing(DeferredIndexes::labelOf)).toList();
		int jobs = Math.max(1, Math.min(indexes.size(), Runtime.getRuntime().availableProcessors()));
		for (int job = 0; job < jobs; job++) {
			int first = job;
			session.executeWrite(tx -> {
				for (int i = first; i < indexes.size(); i += jobs) {
					tx.run(indexes.get(i)).consume();
				}
				return null;
			});
		}
		plainIndex.get(false).forEach(constraint -> session.run(constraint).consume());
		session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", AWAIT_SECONDS)).consume();
		session.executeWrite(tx -> tx.run("MATCH (d:__DeferredLedgerIndexes) DELETE d").consume());
	}

	/** The label a kept {@code CREATE INDEX ... FOR (n:`Label`) ...} statement is about. */
	private static String labelOf(String statement) {
		int from = statement.indexOf("(n:");
		return from < 0 ? statement : statement.substring(from, statement.indexOf(')', from));
	}

	private static List<String> kept(Session session) {
		return session.executeRead(tx -> tx.run("MATCH (d:__DeferredLedgerIndexes) RETURN d.statements AS statements")
			.list(row -> row.get("statements").asList(value -> value.asString()))
			.stream()
			.flatMap(List::stream)
			.toList());
	}

	private static String properties(Record row) {
		return row.get("properties").asList(value -> "n." + quoted(value.asString())).stream().collect(Collectors.joining(", "));
	}

	/** A name the database gave back, quoted for a schema statement (which takes no parameters). */
	private static String quoted(String name) {
		return "`" + name.replace("`", "``") + "`";
	}
}
