package ca.engagementgraph.ledger;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.database.InProcessReads;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A restart's ledger check reads the same format through the embedded API as through Cypher. */
@GraphIntegrationTest
class LedgerStateTest {

	@Autowired
	Driver driver;

	@Autowired
	ObjectProvider<InProcessReads> inProcess;

	@Test
	void theEmbeddedCheckReadsTheFormatTheCypherCheckReads() {
		var reads = inProcess.getIfAvailable();
		assumeTrue(reads != null, "only the embedded database reads in process");
		try (var session = driver.session()) {
			assertThat(LedgerState.format(reads)).isEqualTo(LedgerState.format(session)).isEqualTo(LedgerState.FORMAT);
		}
	}
}
