package ca.engagementgraph.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.Loading;
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
 * data (its codes cannot meet the demo's), has the shape the generator's parameters give it, answers the leveraging
 * questions consistently with that shape, and loads again without changing anything; a batch refused by the rules
 * stops the load and leaves the batches before it. Removed afterwards.
 *
 * <p>The expected figures are worked out here from the generator's documented rules (scale S: 10 countries, 15
 * projects, 60 results, 400 meetings; shares in proportion to 1/(rank+1); ranks ending in 1 recalcitrant, in 4
 * preventative...), not read back from the generator.
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
		var first = importer.loadInBatches(generator::generate, 0, "test", "synthetic S", Loading.Progress.NONE);
		assertThat(first.batches()).isGreaterThan(3);
		assertThat(first.created()).isEqualTo(first.nodes());
		assertThat(count("MATCH (c:Country) WHERE c.iso2 =~ '[A-LN-Z][0-9]' RETURN count(c) AS n")).isEqualTo(Scale.S.countries());
		assertThat(count("MATCH (e:Engagement) WHERE e.code =~ '[A-LN-Z][0-9]-E.*' RETURN count(e) AS n"))
			.isEqualTo(Scale.S.engagements());
		assertThat(count("MATCH (:Engagement)-[r:RAISED]->(x) WHERE x.code =~ '[A-LN-Z][0-9]-.*' RETURN count(r) AS n"))
			.isEqualTo(generator.counts().get(":RAISED"));
		hasTheShapeTheParametersGive();
		answersAgreeWithThatShape();

		var again = importer.loadInBatches(new SyntheticData(Scale.S, 7, 5_000)::generate, 0, "test", "synthetic S",
				Loading.Progress.NONE);
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

	/** Rank i's share of n in proportion to 1/(i+1), at least one, what is left over going to the busiest first. */
	private static final Map<String, Long> MEETINGS_PER_COUNTRY = codes(
			// 400 / H(10) = 136.57: 136, 68, 45, 34, 27, 22, 19, 17, 15, 13 = 396; the 4 left go to ranks 0-3.
			137, 69, 46, 35, 27, 22, 19, 17, 15, 13);

	private static final Map<String, Long> PROJECTS_PER_COUNTRY = codes(
			// 15 / H(10) = 5.12: 5, 2, 1, 1, 1 and at least one for the other five = 15.
			5, 2, 1, 1, 1, 1, 1, 1, 1, 1);

	private void hasTheShapeTheParametersGive() {
		assertThat(grouped("""
				MATCH (e:Engagement) WHERE e.code =~ '[A-LN-Z][0-9]-E.*'
				RETURN substring(e.code, 0, 2) AS key, count(e) AS n
				""")).isEqualTo(MEETINGS_PER_COUNTRY);
		assertThat(grouped("""
				MATCH (p:Project)-[:IN]->(c:Country) WHERE c.iso2 =~ '[A-LN-Z][0-9]'
				RETURN c.iso2 AS key, count(p) AS n
				""")).isEqualTo(PROJECTS_PER_COUNTRY);
		assertThat(count("""
				MATCH (r:Result)-[:OF]->(:Project)-[:IN]->(c:Country) WHERE c.iso2 =~ '[A-LN-Z][0-9]' RETURN count(r) AS n
				""")).isEqualTo(Scale.S.results());
		assertThat(count("""
				MATCH (p:Project)-[:IN]->(c:Country) WHERE c.iso2 =~ '[A-LN-Z][0-9]' AND NOT EXISTS { (p)<-[:OF]-(:Result) }
				RETURN count(p) AS n
				""")).as("every project has a result").isZero();
		// Each country: its embassy in Ottawa, Canada's embassy there, three authorities.
		assertThat(grouped("""
				MATCH (c:Country) WHERE c.iso2 =~ '[A-LN-Z][0-9]'
				RETURN c.iso2 AS key,
				       COUNT { (c)<-[:REPRESENTS]-(:Mission)-[:LOCATED_IN]->(:Country {iso2: 'CA'}) } * 100
				       + COUNT { (c)<-[:LOCATED_IN]-(:Mission)-[:REPRESENTS]->(:Country {iso2: 'CA'}) } * 10
				       + COUNT { (c)<-[:OF]-(:Authority) } AS n
				""")).isEqualTo(codes(113, 113, 113, 113, 113, 113, 113, 113, 113, 113));
		// Meetings after the generator's today (2026-11-21) are planned, and only they.
		assertThat(count("""
				MATCH (e:Engagement) WHERE e.code =~ '[A-LN-Z][0-9]-E.*'
				  AND (e.date > date('2026-11-21')) <> (e.status = 'PLANNED')
				RETURN count(e) AS n
				""")).isZero();
		// Rank 1 recalcitrant with a plan where nobody holds LEVERAGE (rank % 30 == 1); rank 4 preventative without a
		// plan (rank % 20 == 4).
		assertThat(grouped("""
				MATCH (d:Designation)-[:OF]->(c:Country) WHERE c.iso2 =~ '[A-LN-Z][0-9]'
				RETURN c.iso2 + ' ' + d.status + ' plans ' + toString(COUNT { (c)<-[:FOR]-(:EngagementPlan) }) AS key, 1 AS n
				""")).containsOnlyKeys("A1 RECALCITRANT plans 1", "A4 PREVENTATIVE plans 0");
		// TD figures for designated countries and ranks divisible by 3 (not rank 14): 2015-Q1 to 2026-Q3, 47 quarters.
		assertThat(grouped("""
				MATCH (t:TdStat)-[:FOR]->(c:Country) WHERE c.iso2 =~ '[A-LN-Z][0-9]'
				RETURN c.iso2 AS key, count(t) AS n
				""")).isEqualTo(Map.of("A0", 47L, "A1", 47L, "A3", 47L, "A4", 47L, "A6", 47L, "A9", 47L));
	}

	@SuppressWarnings("unchecked")
	private void answersAgreeWithThatShape() {
		// Coverage: every synthetic country received projects; their results add up to the scale's.
		var coverage = dashboards().documentName("gap-by-country").execute().path("leveragingCoverage")
			.entityList(Map.class).get().stream()
			.filter(row -> ((Map<String, Object>) row.get("country")).get("iso2").toString().matches("[A-LN-Z][0-9]"))
			.toList();
		assertThat(coverage).hasSize(Scale.S.countries());
		assertThat(coverage.stream().mapToLong(row -> ((Number) row.get("results")).longValue()).sum())
			.isEqualTo(Scale.S.results());
		for (var row : coverage) {
			String iso2 = ((Map<String, Object>) row.get("country")).get("iso2").toString();
			long results = ((Number) row.get("results")).longValue();
			assertThat(results).as(iso2).isGreaterThanOrEqualTo(PROJECTS_PER_COUNTRY.get(iso2));
			// The unleveraged list on any channel holds exactly the results coverage counts as never raised.
			long raisedAnywhere = ((Number) row.get("raisedAnywhere")).longValue();
			dashboards().documentName("unleveraged-results").variable("country", iso2).variable("channel", "ANY")
				.execute().path("unleveragedResults.totalCount").entity(Long.class).isEqualTo(results - raisedAnywhere);
		}
		// The busiest country's results were raised at some of its 137 meetings.
		assertThat(coverage.stream().filter(row -> ((Map<String, Object>) row.get("country")).get("iso2").equals("A0"))
			.mapToLong(row -> ((Number) row.get("raisedAnywhere")).longValue()).sum()).isPositive();

		// Accountability: rank 4 is designated without a plan, rank 1's plan has nobody on LEVERAGE, and every
		// preventative synthetic country has TD figures.
		var gaps = dashboards().documentName("accountability-gaps").execute();
		gaps.path("accountabilityGaps.designatedWithoutPlan[*].iso2").entityList(String.class)
			.satisfies(codes -> assertThat(codes).contains("A4").doesNotContain("A1"));
		gaps.path("accountabilityGaps.plansWithoutLeverage[*].code").entityList(String.class)
			.satisfies(codes -> assertThat(codes).contains("PLAN-A1"));
		gaps.path("accountabilityGaps.preventativeWithoutTdStats[*].iso2").entityList(String.class)
			.satisfies(codes -> assertThat(codes).noneMatch(code -> code.matches("[A-LN-Z][0-9]")));

		// TD timeline: 47 quarters of figures for rank 0, none for rank 2.
		dashboards().documentName("td-timeline").variable("country", "A0").execute()
			.path("tdTimeline.quarters[?(@.requested != null)].quarter").entityList(String.class)
			.satisfies(quarters -> assertThat(quarters).hasSize(47).startsWith("2015-Q1").endsWith("2026-Q3"));
		dashboards().documentName("td-timeline").variable("country", "A2").execute()
			.path("tdTimeline.quarters[?(@.requested != null)].quarter").entityList(String.class).hasSize(0);

		// Missed opportunities of the busiest country (asked by its alpha-3 code): held meetings with its own mission
		// or authorities, each with results achieved before it.
		var missed = dashboards().documentName("missed-opportunities").variable("country", SyntheticData.iso3(0))
			.execute().path("missedOpportunities.nodes").entityList(Map.class).get();
		assertThat(missed).isNotEmpty().allSatisfy(row -> {
			var meeting = (Map<String, Object>) row.get("engagement");
			String date = meeting.get("date").toString();
			assertThat(date).isLessThanOrEqualTo("2026-11-21");
			assertThat(((Map<String, Object>) row.get("counterpart")).get("code").toString())
				.matches(row.get("channel").equals("OTTAWA") ? "A0-OTT" : "A0-(REF|BOR|MFA)");
			assertThat((List<Map<String, Object>>) row.get("couldHaveRaised")).isNotEmpty().hasSizeLessThanOrEqualTo(5)
				.allSatisfy(result -> assertThat(result.get("achievedOn").toString()).isLessThan(date));
			assertThat(((Number) row.get("couldHaveRaisedCount")).intValue())
				.isGreaterThanOrEqualTo(((List<?>) row.get("couldHaveRaised")).size());
		});
	}

	private static Map<String, Long> codes(long... perRank) {
		var map = new java.util.TreeMap<String, Long>();
		for (int rank = 0; rank < perRank.length; rank++) {
			map.put("A" + rank, perRank[rank]);
		}
		return map;
	}

	private Map<String, Long> grouped(String cypher) {
		var map = new java.util.TreeMap<String, Long>();
		driver.executableQuery(cypher).execute().records()
			.forEach(r -> map.put(r.get("key").asString(), r.get("n").asLong()));
		return map;
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
