package ca.engagementgraph.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.GraphDataWriter;
import ca.engagementgraph.loading.InvalidDataException;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.transfer.GraphImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk path on a real graph: the S-scale synthetic graph loads in several committed batches next to the demo
 * data (its codes cannot meet the demo's), answers the leveraging questions, and loads again without changing
 * anything; a batch refused by the rules stops the load and leaves the batches before it. Removed afterwards.
 */
@GraphIntegrationTest
class SyntheticLoadTest {

	/** Every node the synthetic data creates: its own codes start with a letter and a digit (A0, B7...). */
	private static final String SYNTHETIC = """
			MATCH (n) WHERE coalesce(n.code, n.iso2) =~ '(DES-|PLAN-|DEC-)?[A-LN-Z][0-9](-.*)?'
			""";

	@Autowired
	GraphImporter importer;

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@AfterEach
	void removeSyntheticData() {
		driver.executableQuery(SYNTHETIC + " DETACH DELETE n").execute();
		driver.executableQuery("MATCH (a:AuditEvent) WHERE a.summary STARTS WITH 'Loaded synthetic' OR a.summary STARTS WITH 'Loaded test' DELETE a")
			.execute();
	}

	@Test
	void theSmallScaleLoadsInCommittedBatchesAnswersAndLoadsAgainUnchanged() {
		var generator = new SyntheticData(Scale.S, 7, 500);
		var first = importer.loadInBatches(generator::generate, 0, "test", "synthetic S", GraphDataWriter.Progress.NONE);
		assertThat(first.batches()).isGreaterThan(3);
		assertThat(first.created()).isEqualTo(first.nodes());
		assertThat(count("MATCH (c:Country) WHERE c.iso2 =~ '[A-LN-Z][0-9]' RETURN count(c) AS n")).isEqualTo(Scale.S.countries());
		assertThat(count("MATCH (e:Engagement) WHERE e.code =~ '[A-LN-Z][0-9]-E.*' RETURN count(e) AS n"))
			.isEqualTo(Scale.S.engagements());
		assertThat(count("MATCH (:Engagement)-[r:RAISED]->(x) WHERE x.code =~ '[A-LN-Z][0-9]-.*' RETURN count(r) AS n"))
			.isEqualTo(generator.counts().get(":RAISED"));

		var unleveraged = dashboards().documentName("unleveraged-results")
			.variable("country", SyntheticData.iso2(0))
			.execute();
		unleveraged.errors().verify();
		unleveraged.path("unleveragedResults.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isPositive());
		dashboards().documentName("missed-opportunities").variable("country", SyntheticData.iso3(0)).execute()
			.errors().verify();

		var again = importer.loadInBatches(new SyntheticData(Scale.S, 7, 5_000)::generate, 0, "test", "synthetic S",
				GraphDataWriter.Progress.NONE);
		assertThat(again.rows()).isEqualTo(first.rows());
		assertThat(again.created()).isZero();
		assertThat(again.changed()).isZero();
	}

	@Test
	void aBatchRefusedByTheRulesStopsTheLoadAndKeepsTheBatchesBefore() {
		var model = GraphModel.get();
		var origin = new GraphData.Origin("test", 0, "record");
		var country = new GraphData.NodeRow("Country", "Z9", Map.of("iso2", "Z9", "iso3", "XZZ", "nameEn", "Zed",
				"nameFr", "Zède", "region", "ASIA"), null, origin);
		var meeting = new GraphData.NodeRow("Engagement", "Z9-E1", Map.of("code", "Z9-E1", "date",
				java.time.LocalDate.of(2024, 1, 1), "status", "HELD", "kind", "CALL", "setting", "OTTAWA", "level", "DG",
				"summaryEn", "Call", "summaryFr", "Appel"), null, origin);
		var concerns = model.relationships().stream()
			.filter(r -> r.from().equals("Engagement") && r.type().equals("CONCERNS"))
			.findFirst()
			.orElseThrow();
		// No lead: "exactly one department or unit leads a meeting" refuses the second batch.
		var batches = List.of(new GraphData(List.of(country), List.of(), List.of()),
				new GraphData(List.of(meeting), List.of(new GraphData.RelationshipRow(concerns, "Engagement", "Z9-E1",
						"Country", "Z9", Map.of())), List.of()));
		var done = new ArrayList<Long>();
		assertThatThrownBy(() -> importer.loadInBatches(sink -> batches.forEach(sink), 0, "test", "test batches",
				(rows, total) -> done.add(rows)))
			.isInstanceOfSatisfying(InvalidDataException.class, refused -> assertThat(refused.problems())
				.extracting(ca.engagementgraph.loading.DataProblem::code)
				.containsExactly("rule.oneLead"));
		assertThat(done).containsExactly(1L);
		assertThat(count("MATCH (c:Country {iso2: 'Z9'}) RETURN count(c) AS n")).isEqualTo(1);
		assertThat(count("MATCH (e:Engagement {code: 'Z9-E1'}) RETURN count(e) AS n")).isZero();
	}

	/** The dashboards' documents, from the service's jar (this module's tests run in tooling/, away from ui-queries/). */
	private HttpGraphQlTester dashboards() {
		return graphQl.mutate()
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("ui-queries/")), List.of(".graphql")))
			.build();
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
	}
}
