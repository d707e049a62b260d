package ca.engagementgraph.ledger;

import java.util.List;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild drops the ledger rows' indexes and constraints while it creates the rows, then creates them again
 * ({@link DeferredIndexes}): the schema after it is the one the migrations made, online, and a rebuild that stopped
 * after dropping them (the process killed) leaves what the next rebuild needs to create them again.
 */
@GraphIntegrationTest
class RebuildKeepsTheLedgersIndexesTest {

	@Autowired
	Driver driver;

	@Autowired
	Ledger ledger;

	@Test
	void aRebuildLeavesTheLedgersIndexesAsTheMigrationsMadeThemOnline() {
		var before = schema();
		assertThat(before).as("the ledger rows' indexes and constraints").hasSizeGreaterThan(20);

		ledger.rebuild(done -> {
		});

		assertThat(schema()).containsExactlyElementsOf(before);
		assertThat(deferredStatements()).as("nothing left to create again").isZero();
	}

	@Test
	void aRebuildStoppedAfterDroppingTheIndexesLeavesThemToTheNextRebuild() {
		var before = schema();
		try (var session = driver.session()) {
			DeferredIndexes.drop(session); // what a rebuild does first; the process dies here
		}
		assertThat(schema()).as("dropped").isEmpty();
		assertThat(deferredStatements()).isEqualTo(before.size());

		ledger.rebuild(done -> {
		});

		assertThat(schema()).containsExactlyElementsOf(before);
		assertThat(deferredStatements()).isZero();
	}

	/** The ledger rows' indexes and constraints, as lines: name, type, labels, properties, owner, state. */
	private List<String> schema() {
		return driver.executableQuery("""
				SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint, state
				WHERE labelsOrTypes[0] IN $labels
				RETURN name + ' ' + type + ' ' + labelsOrTypes[0] + ' ' + reduce(s = '', p IN properties | s + p + ',')
				       + ' ' + coalesce(owningConstraint, '-') + ' ' + state AS line
				ORDER BY line
				""").withParameters(java.util.Map.of("labels", DeferredIndexes.ROW_LABELS))
			.execute()
			.records()
			.stream()
			.map(row -> row.get("line").asString())
			.toList();
	}

	private long deferredStatements() {
		return driver.executableQuery("MATCH (d:__DeferredLedgerIndexes) RETURN coalesce(sum(size(d.statements)), 0) AS n")
			.execute()
			.records()
			.getFirst()
			.get("n")
			.asLong();
	}
}
