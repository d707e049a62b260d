package ca.engagementgraph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README invites other Bolt clients. Nodes they write as MODEL.md describes them, but without the service's
 * bookkeeping (no {@code version}, no audit event), are served like any other: they read as version 0, the
 * dashboards' documents answer with them, and the first change through the API brings them to version 1 with an
 * audit event that shows what the other tool had written. Works on fictional Tland (XT), written here over Bolt
 * with a plain driver session, as cypher-shell or a script would.
 */
@GraphIntegrationTest
class DataWrittenByOtherToolsTest {

	private static final String TLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (mcee:Envelope {code: 'MCEE'}), (iom:Organization {code: 'IOM'}),
			      (area:PriorityArea {code: 'PA-BORDER'}), (cbsa:Department {code: 'CBSA'})
			CREATE (xt:Country {iso2: 'XT', iso3: 'XTT', nameEn: 'Tland', nameFr: 'Tlande', region: 'AFRICA'})
			CREATE (m:Mission {code: 'XT-OTT', nameEn: 'Embassy of Tland', nameFr: 'Ambassade de Tlande', kind: 'EMBASSY',
			        city: 'Ottawa'})-[:REPRESENTS]->(xt)
			CREATE (m)-[:LOCATED_IN]->(canada)
			CREATE (p:Project {code: 'XT-P1', titleEn: 'Ports', titleFr: 'Ports', status: 2, start: date('2021-01-01'),
			        end: date('2025-12-31'), fundingCad: 200000})-[:IN]->(xt)
			CREATE (p)-[:FUNDED_BY]->(mcee), (p)-[:IMPLEMENTED_BY]->(iom), (p)-[:ADDRESSES]->(area)
			CREATE (raised:Result {code: 'XT-R1', summaryEn: 'Officers trained', summaryFr: 'Agents formés',
			        achievedOn: date('2022-06-01'), type: 'OUTPUT', indicatorEn: 'officers', indicatorFr: 'agents'})-[:OF]->(p)
			CREATE (waiting:Result {code: 'XT-R2', summaryEn: 'Scanners installed', summaryFr: 'Scanners installés',
			        achievedOn: date('2023-03-01'), type: 'OUTPUT', indicatorEn: 'scanners', indicatorFr: 'scanners'})-[:OF]->(p)
			CREATE (e:Engagement {code: 'XT-HOM-1', date: date('2024-05-01'), status: 'HELD', kind: 'HEAD_OF_MISSION_MEETING',
			        setting: 'OTTAWA', level: 'DG', summaryEn: 'Training results', summaryFr: 'Résultats de la formation'})-[:WITH]->(m)
			CREATE (e)-[:CONCERNS]->(xt), (e)-[:ATTENDED_BY {lead: true}]->(cbsa), (e)-[:RAISED]->(raised)
			""";

	@Autowired
	Neo4jConnectionDetails database;

	@Autowired
	ca.engagementgraph.ledger.Ledger ledger;

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeEach
	void anotherToolWritesTland() {
		bolt("MATCH (n) WHERE n.iso2 = 'XT' OR n.code STARTS WITH 'XT-' DETACH DELETE n");
		bolt(TLAND);
	}

	@AfterEach
	void removeTland() {
		bolt("MATCH (n) WHERE n.iso2 = 'XT' OR n.code STARTS WITH 'XT-' DETACH DELETE n");
		bolt("MATCH (a:AuditEvent) WHERE a.node STARTS WITH 'Result:XT-' DELETE a");
	}

	@Test
	void nodesWithoutTheServicesBookkeepingAreServedByTheDashboardsDocuments() {
		var dashboards = TestSupport.withUiQueries(graphQl);
		var unleveraged = dashboards.documentName("unleveraged-results").variable("country", "XT").execute();
		unleveraged.errors().verify();
		unleveraged.path("unleveragedResults.nodes[*].result.code").entityList(String.class).containsExactly("XT-R2");
		var profile = dashboards.documentName("country-profile").variable("code", "XT").execute();
		profile.errors().verify();
		profile.path("country.projects[0].resultCount").entity(Integer.class).isEqualTo(2);
		var recordForm = dashboards.documentName("record-form").variable("code", "XT").execute();
		recordForm.errors().verify();
		recordForm.path("country.projects[0].results[*].code").entityList(String.class).contains("XT-R1", "XT-R2")
			.hasSize(2);
		profile.path("country.engagements[*].code").entityList(String.class).containsExactly("XT-HOM-1");
		dashboards.documentName("gap-by-country").execute().errors().verify();
		dashboards.documentName("neighbourhood").variable("key", "XT-R1").execute().errors().verify();

		// As GraphiQL or a client that edits would ask: the version too, which they never wrote.
		var withVersions = graphQl.document("""
				{ unleveragedResults(country: "XT") { nodes { result { code version } project { code version } } }
				  result(code: "XT-R1") { version raisedAt { code version } } }
				""").execute();
		withVersions.errors().verify();
		withVersions.path("unleveragedResults.nodes[0].result.version").entity(Integer.class).isEqualTo(0)
			.path("unleveragedResults.nodes[0].project.version").entity(Integer.class).isEqualTo(0)
			.path("result.version").entity(Integer.class).isEqualTo(0)
			.path("result.raisedAt[0].version").entity(Integer.class).isEqualTo(0);
	}

	@Test
	void theFirstChangeThroughTheApiVersionsAndAuditsThem() {
		String update = """
				mutation($input: UpdateResultInput!) { updateResult(input: $input) {
				  result { code summaryEn version } errors { code currentVersion } } }
				""";
		var changed = graphQl.document(update)
			.variable("input", Map.of("code", "XT-R2", "version", 0, "summaryEn", "Scanners installed at the port"))
			.execute();
		changed.path("updateResult.errors").entityList(Object.class).hasSize(0);
		changed.path("updateResult.result.version").entity(Integer.class).isEqualTo(1)
			.path("updateResult.result.summaryEn").entity(String.class).isEqualTo("Scanners installed at the port");
		graphQl.document(update).variable("input", Map.of("code", "XT-R2", "version", 0, "summaryEn", "Stale"))
			.execute().path("updateResult.errors[0].code").entity(String.class).isEqualTo("VERSION_CONFLICT")
			.path("updateResult.errors[0].currentVersion").entity(Integer.class).isEqualTo(1);
		var trail = graphQl.document("{ auditTrail(node: \"Result:XT-R2\") { nodes { operation before after } } }")
			.execute();
		trail.path("auditTrail.nodes[*].operation").entityList(String.class).containsExactly("UPDATE_RESULT");
		trail.path("auditTrail.nodes[0].before").entity(String.class)
			.satisfies(before -> assertThat(before).contains("\"summaryEn\":\"Scanners installed\"", "\"version\":0"));
		trail.path("auditTrail.nodes[0].after").entity(String.class)
			.satisfies(after -> assertThat(after).contains("\"version\":1"));
		assertThat(boltValue("MATCH (r:Result {code: 'XT-R2'}) RETURN r.version AS v")).isEqualTo(1L);
		assertThat(boltValue("MATCH (r:Result {code: 'XT-R1'}) RETURN r.version AS v"))
			.as("nodes nobody changed keep what their tool wrote").isNull();
	}

	@Test
	void aMeetingAnotherToolGaveTwoOfTheSameLinkCanStillBeChanged() {
		// A MERGE with a property in its pattern, as a script might write it, adds a second ATTENDED_BY beside the lead's.
		bolt("""
				MATCH (e:Engagement {code: 'XT-HOM-1'}), (cbsa:Department {code: 'CBSA'})
				MERGE (e)-[:ATTENDED_BY {lead: false}]->(cbsa)
				""");
		var changed = graphQl.document("""
				mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) {
				  engagement { code date } errors { code } } }
				""").variable("input", Map.of("code", "XT-HOM-1", "version", 0, "date", "2024-05-02")).execute();
		changed.path("updateEngagement.errors").entityList(Object.class).hasSize(0);
		changed.path("updateEngagement.engagement.date").entity(String.class).isEqualTo("2024-05-02");
		assertThat(boltValue("""
				MATCH (:Engagement {code: 'XT-HOM-1'})-[a:ATTENDED_BY]->(:Department {code: 'CBSA'}) RETURN collect(a.lead) AS v
				""")).as("the twin is folded into the lead's attendance the meeting lists").isEqualTo(List.of(true));
	}

	private void bolt(String cypher) {
		try (var driver = GraphDatabase.driver(database.getUri(), database.getAuthToken());
				var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> tx.run(cypher).consume());
		}
		TestDatabase.ledgerFollowsBoltWrites(ledger);
	}

	private Object boltValue(String cypher) {
		try (var driver = GraphDatabase.driver(database.getUri(), database.getAuthToken());
				var session = driver.session()) {
			List<Object> values = session.executeRead(tx -> tx.run(cypher).list(r -> r.get("v").asObject()));
			return values.getFirst();
		}
	}
}
