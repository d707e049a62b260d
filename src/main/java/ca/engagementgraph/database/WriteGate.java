package ca.engagementgraph.database;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.neo4j.driver.SimpleQueryRunner;

/**
 * What makes a backup one point in time. Neo4j reads at "read committed": every statement of a transaction sees
 * what was committed when it ran, so a backup that reads label after label would catch a meeting without the
 * action written in the same transaction, or audit events of meetings it does not hold. The gate is a lock that
 * every write of the product holds shared and a backup holds alone, kept in the database itself so that it also
 * holds the service back when the backup runs as a separate command over Bolt.
 *
 * <p>Neo4j's Cypher has no shared lock, so the gate is {@value #SLOTS} slot nodes ({@code :__WriteGate {slot}}):
 * a write transaction first takes the write lock of one slot, picked at random, and keeps it until it commits;
 * concurrent writes mostly pick different slots and do not wait for each other. A backup takes the locks of all
 * slots, in slot order, before its first read: it waits for the writes in flight to commit, new writes wait for
 * it, and everything it then reads is one committed state. Locks are taken by setting and removing a marker
 * property (the same statement leaves nothing behind, and setting a property to its own value would take no lock);
 * the slots are merged on a unique key, so a deleted slot comes back instead of leaving a hole in the gate.
 *
 * <p>A write must enter the gate before it takes any other lock (it is the first statement of the transaction):
 * then a write waiting at the gate holds nothing the backup could wait for, and no deadlock is possible.
 */
public final class WriteGate {

	/** More slots than concurrent writers in practice (writes run on two cores), few enough for one statement. */
	static final int SLOTS = 32;

	private static final String ENTER = """
			MERGE (gate:__WriteGate {slot: $slot}) SET gate.held = true REMOVE gate.held
			""";

	private static final String CLOSE = """
			UNWIND range(0, $last) AS slot
			MERGE (gate:__WriteGate {slot: slot}) SET gate.held = true REMOVE gate.held
			""";

	private WriteGate() {
	}

	/** A write passes the gate: the first statement of every write transaction of the product. */
	public static void enter(SimpleQueryRunner tx) {
		tx.run(ENTER, Map.of("slot", ThreadLocalRandom.current().nextInt(SLOTS))).consume();
	}

	/**
	 * Holds every write back until the caller's transaction ends (commit or rollback): the first statement of a
	 * backup, whose reads then all see one state.
	 */
	public static void close(SimpleQueryRunner tx) {
		tx.run(CLOSE, Map.of("last", SLOTS - 1)).consume();
	}
}
