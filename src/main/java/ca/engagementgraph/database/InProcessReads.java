package ca.engagementgraph.database;

import java.util.function.Function;

import org.neo4j.graphdb.Transaction;

/**
 * A read through Neo4j's embedded API, without Cypher: only the embedded database offers it. For the checks a start
 * makes before the first request (is the graph empty, is its ledger current): as Cypher, the first statement of a
 * process is compiled cold, a second or more of a restart on two cores; through the embedded API it is a few
 * lookups. Everything else reads with Cypher, on every database alike.
 */
public interface InProcessReads {

	/** Runs {@code work} in a read transaction of the graph's database and returns what it returns. */
	<T> T read(Function<Transaction, T> work);
}
