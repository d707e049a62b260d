package ca.engagementgraph.seed;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import ca.engagementgraph.transfer.GraphImporter;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The loader merges on business keys: loading the same files again leaves the graph exactly as it was. */
@GraphIntegrationTest
class SeedReloadTest {

	/** Every node and relationship with all its properties, in a stable order: equal lists, equal graphs. */
	private static final String FINGERPRINT = """
			CALL () {
			  MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__' OR l = 'AuditEvent')
			  WITH n ORDER BY labels(n)[0], coalesce(n.code, n.iso2)
			  RETURN collect([labels(n), properties(n)]) AS nodes
			}
			CALL () {
			  MATCH (a)-[r]->(b) WHERE none(l IN labels(a) WHERE l STARTS WITH '__' OR l = 'AuditEvent')
			  WITH a, r, b ORDER BY coalesce(a.code, a.iso2), type(r), coalesce(b.code, b.iso2)
			  RETURN collect([coalesce(a.code, a.iso2), type(r), coalesce(b.code, b.iso2), properties(r)]) AS relationships
			}
			RETURN size(nodes) AS nodeCount, size(relationships) AS relationshipCount, nodes, relationships
			""";

	@Autowired
	Driver driver;

	@Autowired
	GraphImporter importer;

	@Autowired
	org.springframework.beans.factory.ObjectProvider<ca.engagementgraph.database.InProcessReads> inProcess;

	@Test
	void theRestartCheckFindsTheLoadedGraphThroughTheEmbeddedApi() {
		var reads = inProcess.getIfAvailable();
		org.junit.jupiter.api.Assumptions.assumeTrue(reads != null, "only the embedded database reads in process");
		assertThat(SeedData.hasDomainData(reads)).isTrue();
	}

	@Test
	void loadingTheSeedAgainChangesNothing() {
		var before = driver.executableQuery(FINGERPRINT).execute().records().getFirst();
		var written = SeedData.load(importer, true);
		var after = driver.executableQuery(FINGERPRINT).execute().records().getFirst();

		assertThat(written.created()).isZero();
		assertThat(written.changed()).isZero();
		assertThat(written.nodes()).isEqualTo(before.get("nodeCount").asInt());
		assertThat(written.relationships()).isEqualTo(before.get("relationshipCount").asInt());
		assertThat(after.get("nodeCount").asInt()).isEqualTo(before.get("nodeCount").asInt());
		assertThat(after.get("relationshipCount").asInt()).isEqualTo(before.get("relationshipCount").asInt());
		assertThat(after.get("nodes").asList()).isEqualTo(before.get("nodes").asList());
		assertThat(after.get("relationships").asList()).isEqualTo(before.get("relationships").asList());
	}
}
