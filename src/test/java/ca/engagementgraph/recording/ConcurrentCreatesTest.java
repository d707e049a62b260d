package ca.engagementgraph.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three coordinators create the same meeting (with its follow-up action) at the same moment. Exactly one create is
 * applied; another with identical content is accepted and changes nothing; one with different content is refused
 * as DUPLICATE_KEY. The stored meeting is the accepted content, at version 1, with one audit event. The race is run
 * many times, all three requests released together by a barrier.
 */
@GraphIntegrationTest
class ConcurrentCreatesTest {

	private static final int ROUNDS = 50;

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) {
			  engagement { code version summaryEn actions { code textEn version } } errors { code field } } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@AfterEach
	void cleanUp() {
		driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'XC-CREATE-' DETACH DELETE n").execute();
		driver.executableQuery("MATCH (a:AuditEvent) WHERE a.node CONTAINS ':XC-CREATE-' DELETE a").execute();
	}

	@Test
	void ofConcurrentCreatesOfOneKeyExactlyOneIsAppliedAndTheOthersAreNoOpsOrDuplicates() throws Exception {
		try (var pool = Executors.newFixedThreadPool(3)) {
			for (int round = 0; round < ROUNDS; round++) {
				String code = "XC-CREATE-" + round;
				// Even rounds: three different contents. Odd rounds: two coordinators send the same content.
				var contents = round % 2 == 0 ? List.of("A", "B", "C") : List.of("A", "A", "B");
				var barrier = new CyclicBarrier(contents.size());
				var attempts = new ArrayList<Callable<Map<String, Object>>>();
				for (String content : contents) {
					attempts.add(() -> {
						barrier.await(60, TimeUnit.SECONDS);
						return record(code, content);
					});
				}
				var answers = new ArrayList<Map<String, Object>>();
				for (var future : pool.invokeAll(attempts)) {
					answers.add(future.get());
				}
				check(round, code, contents, answers);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void check(int round, String code, List<String> contents, List<Map<String, Object>> answers) {
		var stored = driver.executableQuery("""
				MATCH (e:Engagement {code: $code})<-[:FROM]-(a:Action)
				RETURN e.summaryEn AS summary, e.version AS version, a.textEn AS action, a.version AS actionVersion,
				       COUNT { (:Action)-[:FROM]->(e) } AS actions
				""").withParameters(Map.of("code", code)).execute().records();
		assertThat(stored).as("round %d: one meeting with its action", round).hasSize(1);
		String storedContent = stored.getFirst().get("summary").asString().substring("Content ".length());
		assertThat(stored.getFirst().get("action").asString()).as("round %d: meeting and action from one create", round)
			.isEqualTo("Action " + storedContent);
		assertThat(stored.getFirst().get("version").asLong()).as("round %d: created once", round).isEqualTo(1);
		assertThat(stored.getFirst().get("actionVersion").asLong()).isEqualTo(1);
		assertThat(stored.getFirst().get("actions").asLong()).isEqualTo(1);
		for (int i = 0; i < contents.size(); i++) {
			var errors = (List<Map<String, Object>>) answers.get(i).get("errors");
			if (contents.get(i).equals(storedContent)) {
				assertThat(errors).as("round %d: the applied content and an identical one are accepted", round).isEmpty();
				var engagement = (Map<String, Object>) answers.get(i).get("engagement");
				assertThat(engagement).containsEntry("summaryEn", "Content " + storedContent).containsEntry("version", 1);
			}
			else {
				assertThat(errors).as("round %d: different content is refused", round)
					.extracting(e -> e.get("code") + " @ " + e.get("field"))
					.contains("DUPLICATE_KEY @ input.code");
				assertThat(answers.get(i).get("engagement")).isNull();
			}
		}
		var events = driver.executableQuery("""
				MATCH (a:AuditEvent) WHERE a.node IN ['Engagement:' + $code, 'Action:' + $code + '-A']
				RETURN a.node AS node, a.operation AS operation, a.after AS after
				""").withParameters(Map.of("code", code)).execute().records();
		assertThat(events).as("round %d: one audit event per real change", round)
			.extracting(r -> r.get("node").asString() + " " + r.get("operation").asString())
			.containsExactlyInAnyOrder("Engagement:" + code + " RECORD_ENGAGEMENT", "Action:" + code + "-A CREATE_ACTION");
		for (var event : events) {
			var after = JsonMapper.builder().build().readValue(event.get("after").asString(), Map.class);
			assertThat(after.get("version")).isEqualTo(1);
			assertThat(String.valueOf(after.getOrDefault("summaryEn", after.get("textEn")))).endsWith(" " + storedContent);
		}
	}

	private Map<String, Object> record(String code, String content) {
		var input = new java.util.LinkedHashMap<String, Object>();
		input.put("code", code);
		input.put("date", "2025-06-01");
		input.put("status", "HELD");
		input.put("kind", "MONITORING_MISSION");
		input.put("setting", "IN_COUNTRY");
		input.put("level", "WORKING");
		input.put("summaryEn", "Content " + content);
		input.put("summaryFr", "Contenu " + content);
		input.put("counterpart", "XC-REF");
		input.put("countries", List.of("XC"));
		input.put("attendance", List.of(Map.of("participant", "IRCC", "lead", true)));
		input.put("followUpActions", List.of(Map.of("code", code + "-A", "textEn", "Action " + content, "textFr",
				"Suivi " + content, "due", "2025-07-01", "assignedTo", List.of("IRCC"))));
		return graphQl.document(RECORD).variable("input", input).execute().path("recordEngagement")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
	}
}
