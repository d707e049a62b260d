package ca.engagementgraph.transfer;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.InvalidDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What follows an offline load once the database is open ({@link GraphImporter#afterOfflineLoad}), on the shared
 * graph: records whose classification their batch could not decide get the rule's, the rules are checked on every
 * meeting (a violation names its record and is thrown), and the load is audited. Uses fictional meetings XQ-*.
 */
@GraphIntegrationTest
class OfflineLoadFinishTest {

	@Autowired
	GraphImporter importer;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTheMeetings() {
		driver.executableQuery("""
				MATCH (n) WHERE n.code STARTS WITH 'XQ-' DETACH DELETE n
				""").execute();
		driver.executableQuery("MATCH (a:AuditEvent) WHERE a.summary STARTS WITH 'Loaded offline test' DELETE a").execute();
	}

	@Test
	void aWorkingGroupMeetingItsActionAndTheSourceOnlyItCitesBecomeProtectedBAndTheLoadIsAudited() {
		driver.executableQuery("""
				MATCH (rwg:Organization {code: 'RWG'}), (gac:Department {code: 'GAC'})
				CREATE (e:Engagement {code: 'XQ-E1', date: date('2024-03-01'), status: 'HELD', kind: 'WORKING_GROUP',
				        setting: 'MULTILATERAL', level: 'DG', summaryEn: 'Removals', summaryFr: 'Renvois', version: 1,
				        classification: 'UNCLASSIFIED'})-[:PART_OF]->(rwg)
				CREATE (e)-[:ATTENDED_BY {lead: true}]->(gac)
				CREATE (:Action {code: 'XQ-A1', textEn: 'Follow up', textFr: 'Suivre', status: 'OPEN', version: 1,
				        classification: 'UNCLASSIFIED'})-[:FROM]->(e)
				CREATE (e)-[:SOURCED_FROM]->(:Source {code: 'XQ-S1', titleEn: 'Minutes', titleFr: 'Procès-verbal',
				        version: 1, classification: 'UNCLASSIFIED'})
				""").execute();

		var report = importer.afterOfflineLoad(new OfflineLoad.Report(2, 3, 10), "test", "offline test");

		assertThat(report.nodes()).isEqualTo(2);
		assertThat(driver.executableQuery("""
				MATCH (n) WHERE n.code IN ['XQ-E1', 'XQ-A1', 'XQ-S1'] RETURN collect(DISTINCT n.classification) AS found
				""").execute().records().getFirst().get("found").asList()).containsExactly("PROTECTED_B");
		assertThat(driver.executableQuery("""
				MATCH (a:AuditEvent) WHERE a.summary STARTS WITH 'Loaded offline test' RETURN a.operation AS operation,
				       a.classification AS classification
				""").execute().records()).singleElement().satisfies(event -> {
					assertThat(event.get("operation").asString()).isEqualTo("IMPORT");
					assertThat(event.get("classification").asString()).as("the graph holds Protected B records").isEqualTo("PROTECTED_B");
				});
	}

	@Test
	void aMeetingBreakingARuleAnywhereInTheGraphIsNamed() {
		driver.executableQuery("""
				CREATE (:Engagement {code: 'XQ-E2', date: date('2024-03-01'), status: 'HELD', kind: 'CALL',
				        setting: 'OTTAWA', level: 'DG', summaryEn: 'No lead', summaryFr: 'Sans responsable', version: 1,
				        classification: 'UNCLASSIFIED'})
				""").execute();

		assertThatThrownBy(() -> importer.afterOfflineLoad(new OfflineLoad.Report(1, 0, 10), "test", "offline test"))
			.isInstanceOfSatisfying(InvalidDataException.class, refused -> assertThat(refused.problems())
				.extracting(DataProblem::file, DataProblem::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Engagement XQ-E2", "rule.oneLead")));
		assertThat(driver.executableQuery("MATCH (a:AuditEvent) WHERE a.summary STARTS WITH 'Loaded offline test' RETURN a")
			.execute().records()).as("nothing audited").isEmpty();
	}

	@Test
	void problemsTheLoadsStreamFoundRefuseTheLoadWithTheGraphsOwn() {
		driver.executableQuery("""
				CREATE (:Engagement {code: 'XQ-E3', date: date('2030-03-01'), status: 'HELD', kind: 'CALL',
				        setting: 'OTTAWA', level: 'DG', summaryEn: 'Too early', summaryFr: 'Trop tôt', version: 1,
				        classification: 'UNCLASSIFIED'})-[:ATTENDED_BY {lead: true}]->(:Department {code: 'XQ-D1'})
				""").execute();
		var found = new DataProblem("Engagement XQ-E4", 0, "record", "ATTENDED_BY", "rule.oneLead", java.util.List.of(0L));

		assertThatThrownBy(() -> importer.afterOfflineLoad(new OfflineLoad.Report(2, 1, 10, java.util.List.of(found)),
				"test", "offline test"))
			.isInstanceOfSatisfying(InvalidDataException.class, refused -> assertThat(refused.problems())
				.extracting(DataProblem::file, DataProblem::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("Engagement XQ-E4", "rule.oneLead"),
						org.assertj.core.groups.Tuple.tuple("Engagement XQ-E3", "rule.heldInFuture")));
		assertThat(driver.executableQuery("MATCH (a:AuditEvent) WHERE a.summary STARTS WITH 'Loaded offline test' RETURN a")
			.execute().records()).as("nothing audited").isEmpty();
	}
}
