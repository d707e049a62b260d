package ca.engagementgraph.ledger;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.graphdb.Transaction;

/**
 * Runs the ledger's Cypher in the transaction at hand: the database's own (inside its commit hook) or the driver's
 * (the product's writes to an external database). Rows come back as plain Java values.
 */
@FunctionalInterface
interface CypherRunner {

	List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);

	static CypherRunner of(Transaction transaction) {
		return (cypher, parameters) -> {
			try (var result = transaction.execute(cypher, parameters)) {
				return result.stream().map(CypherRunner::plain).toList();
			}
		};
	}

	/** The kernel hands stored lists back as arrays; the driver as lists. The ledger reads lists. */
	@SuppressWarnings("unchecked")
	private static <T> T plain(T value) {
		return switch (value) {
			case Map<?, ?> map -> {
				var copy = new java.util.LinkedHashMap<Object, Object>();
				map.forEach((k, v) -> copy.put(k, plain(v)));
				yield (T) copy;
			}
			case List<?> list -> (T) list.stream().map(CypherRunner::plain).toList();
			case Object[] array -> (T) java.util.Arrays.stream(array).map(CypherRunner::plain).toList();
			case long[] array -> (T) java.util.Arrays.stream(array).boxed().toList();
			case boolean[] array -> {
				var list = new java.util.ArrayList<Boolean>();
				for (boolean b : array) {
					list.add(b);
				}
				yield (T) list;
			}
			case null, default -> value;
		};
	}

	static CypherRunner of(SimpleQueryRunner runner) {
		return (cypher, parameters) -> runner.run(cypher, parameters).list(record -> record.asMap());
	}
}
