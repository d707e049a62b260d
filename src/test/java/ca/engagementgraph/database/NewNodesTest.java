package ca.engagementgraph.database;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nodes created from rows of properties (a ledger rebuild's) hold what {@code CREATE (n) SET n = row} would store,
 * value for value, whether they are created through the embedded database's own API or by the statement: integers
 * of every width, decimals, booleans, dates, lists of each and empty ones, and nulls left out.
 */
@GraphIntegrationTest
class NewNodesTest {

	@Autowired
	WriteTransactions writes;

	@Test
	void nodesCreatedFromRowsHoldWhatTheStatementWouldStore() {
		var row = new HashMap<String, Object>();
		row.put("id", "XN-1");
		row.put("small", 3);
		row.put("large", 5_000_000_000L);
		row.put("ratio", 2.5);
		row.put("flag", true);
		row.put("day", LocalDate.of(2026, 11, 21));
		row.put("names", List.of("OTTAWA", "IN_COUNTRY"));
		row.put("none", List.of());
		row.put("counts", List.of(1L, 2L));
		row.put("days", List.of(LocalDate.of(2024, 1, 1)));
		row.put("nothing", null);
		var rows = List.<Map<String, Object>>of(row, Map.of("id", "XN-2"));

		var stored = writes.loadingRolledBack(tx -> {
			NewNodes.create(tx, "XNewNode", rows);
			tx.run("UNWIND $rows AS row CREATE (n:XNewNodeByCypher) SET n = row", Map.of("rows", rows)).consume();
			var both = new ArrayList<List<Map<String, Object>>>();
			for (String label : List.of("XNewNode", "XNewNodeByCypher")) {
				both.add(tx.run("MATCH (n:$($label)) RETURN properties(n) AS p ORDER BY n.id", Map.of("label", label))
					.list(r -> r.get("p").asMap()));
			}
			return both;
		});

		assertThat(stored.getFirst()).hasSize(2).isEqualTo(stored.getLast());
		assertThat(stored.getFirst().getFirst()).doesNotContainKey("nothing").containsEntry("small", 3L);
		long left = writes.loadingRead(tx -> tx.run("MATCH (n) WHERE n:XNewNode OR n:XNewNodeByCypher RETURN count(n) AS n")
			.single().get("n").asLong());
		assertThat(left).as("rolled back").isZero();
	}
}
