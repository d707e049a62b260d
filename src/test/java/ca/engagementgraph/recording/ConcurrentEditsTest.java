package ca.engagementgraph.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many coordinators editing one meeting at the same moment: each edit names the version it read; exactly one
 * edit per version wins, every other is refused as a conflict, and the stored meeting is exactly the accepted
 * edits, in order. Nothing is lost and nothing is half-applied.
 */
@GraphIntegrationTest
class ConcurrentEditsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@AfterEach
	void cleanUp() {
		driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'XC-RACE' DETACH DELETE n").execute();
	}

	@Test
	void concurrentEditsOfOneMeetingNeverLoseAnAcceptedWrite() throws Exception {
		graphQl.document("""
				mutation { recordEngagement(input: {code: "XC-RACE-1", date: "2025-06-01", status: HELD, kind: MONITORING_MISSION,
				  setting: IN_COUNTRY, level: WORKING, summaryEn: "start", summaryFr: "début", counterpart: "XC-REF",
				  countries: ["XC"], attendance: [{participant: "IRCC", lead: true}]}) { errors { code message } } }
				""").execute().path("recordEngagement.errors").entityList(Object.class).hasSize(0);
		var results = List.of("XC-R01", "XC-R02", "XC-R03", "XC-R04");
		var accepted = new ArrayList<String>();
		int conflicts = 0;
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (int round = 0; round < 6; round++) {
				long version = round + 1;
				var attempts = new ArrayList<Callable<Map<String, Object>>>();
				for (int writer = 0; writer < 8; writer++) {
					String summary = "round " + round + " writer " + writer;
					var raised = results.subList(0, 1 + writer % results.size());
					attempts.add(() -> update(version, summary, raised));
				}
				int winners = 0;
				for (var future : pool.invokeAll(attempts)) {
					Map<String, Object> payload = future.get();
					@SuppressWarnings("unchecked")
					var errors = (List<Map<String, Object>>) payload.get("errors");
					if (errors.isEmpty()) {
						winners++;
						@SuppressWarnings("unchecked")
						var engagement = (Map<String, Object>) payload.get("engagement");
						accepted.add((String) engagement.get("summaryEn"));
					}
					else {
						assertThat(errors.getFirst()).containsEntry("code", "VERSION_CONFLICT")
							.containsEntry("currentVersion", (int) version + 1);
						conflicts++;
					}
				}
				assertThat(winners).as("exactly one writer per version wins (round %d)", round).isEqualTo(1);
			}
		}
		assertThat(conflicts).isEqualTo(6 * 7);
		var stored = driver.executableQuery("""
				MATCH (e:Engagement {code: 'XC-RACE-1'}) RETURN e.summaryEn AS summary, e.version AS version,
				       COUNT { (e)-[:RAISED]->() } AS raised
				""").execute().records().getFirst();
		assertThat(stored.get("version").asInt()).isEqualTo(7);
		assertThat(stored.get("summary").asString()).isEqualTo(accepted.getLast());
		int writer = Integer.parseInt(accepted.getLast().substring(accepted.getLast().lastIndexOf(' ') + 1));
		assertThat(stored.get("raised").asInt()).as("the last accepted write's raises, whole").isEqualTo(1 + writer % 4);
		long audited = driver.executableQuery("""
				MATCH (a:AuditEvent {node: 'Engagement:XC-RACE-1', operation: 'UPDATE_ENGAGEMENT'}) RETURN count(a) AS n
				""").execute().records().getFirst().get("n").asLong();
		assertThat(audited).as("one audit event per accepted write").isEqualTo(6);
	}

	private Map<String, Object> update(long version, String summary, List<String> raised) {
		return graphQl.document("""
				mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) {
				  engagement { summaryEn version } errors { code currentVersion } } }
				""").variable("input", Map.of("code", "XC-RACE-1", "version", version, "summaryEn", summary,
				"raisedResults", raised)).execute().path("updateEngagement")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
	}
}
