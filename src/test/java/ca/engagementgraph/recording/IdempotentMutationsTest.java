package ca.engagementgraph.recording;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that does not know whether its mutation was applied (a timeout, a dropped connection) sends it again
 * with the same {@code clientMutationId}: it gets the outcome of the attempt that was applied, and nothing is
 * written twice, whether the attempts follow each other or run at the same moment. A key used for another request
 * is refused; keys belong to their user and expire. Works on meetings of fictional Cland (XC).
 */
@GraphIntegrationTest
class IdempotentMutationsTest {

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) {
			  clientMutationId engagement { code version summaryEn } errors { code field message currentVersion } } }
			""";

	private static final String UPDATE = """
			mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) {
			  clientMutationId engagement { code version summaryEn } errors { code field message currentVersion } } }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	IdempotencyKeySweeper sweeper;

	@LocalServerPort
	int port;

	@AfterEach
	void cleanUp() {
		driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'XC-IDEM-' DETACH DELETE n").execute();
		driver.executableQuery("MATCH (a:AuditEvent) WHERE a.node STARTS WITH 'Engagement:XC-IDEM-' DELETE a").execute();
		driver.executableQuery("MATCH (k:__IdempotencyKey) WHERE k.node STARTS WITH 'Engagement:XC-IDEM-' DELETE k").execute();
	}

	@Test
	void aRetryWithTheSameKeyGetsTheFirstOutcomeAndWritesNothing() {
		var first = record(graphQl, meeting("XC-IDEM-1", "key-1"));
		assertThat(first).containsEntry("clientMutationId", "key-1").containsEntry("errors", List.of());
		assertThat(record(graphQl, meeting("XC-IDEM-1", "key-1"))).isEqualTo(first);
		assertThat(events("XC-IDEM-1", "RECORD_ENGAGEMENT")).isEqualTo(1);

		var edit = update("XC-IDEM-1", 1, "Edited once", "key-2");
		var applied = update(graphQl, edit);
		assertThat(engagement(applied)).containsEntry("version", 2);
		assertThat(update(graphQl, edit)).as("the retry of an applied update is not a version conflict").isEqualTo(applied);
		assertThat(events("XC-IDEM-1", "UPDATE_ENGAGEMENT")).isEqualTo(1);
		assertThat(storedVersion("XC-IDEM-1")).isEqualTo(2);

		edit.remove("clientMutationId");
		assertThat(errorCodes(update(graphQl, edit))).as("without a key, the same retry cannot tell").containsExactly(
				"VERSION_CONFLICT");
	}

	@Test
	void aKeyAlreadyUsedForAnotherRequestIsRefusedAndNothingIsWritten() {
		assertThat(errorCodes(record(graphQl, meeting("XC-IDEM-2", "key-3")))).isEmpty();
		var other = record(graphQl, meeting("XC-IDEM-3", "key-3"));
		assertThat(other.get("engagement")).isNull();
		assertThat(other).containsEntry("clientMutationId", "key-3");
		@SuppressWarnings("unchecked")
		var error = ((List<Map<String, Object>>) other.get("errors")).getFirst();
		assertThat(error).containsEntry("code", "IDEMPOTENCY_KEY_REUSED").containsEntry("field", "input.clientMutationId");
		assertThat((String) error.get("message")).contains("key-3", "recordEngagement", "24 hours", "new clientMutationId");
		assertThat(count("MATCH (e:Engagement {code: 'XC-IDEM-3'}) RETURN count(e) AS n")).isZero();

		assertThat(errorCodes(update(graphQl, update("XC-IDEM-2", 1, "Edited", "key-3"))))
			.as("nor another mutation").containsExactly("IDEMPOTENCY_KEY_REUSED");
		assertThat(storedVersion("XC-IDEM-2")).isEqualTo(1);
	}

	@Test
	void attemptsWithOneKeyAtTheSameMomentWriteOnceAndAllGetTheSameAnswer() throws Exception {
		int clients = 6;
		var creates = concurrently(clients, () -> record(graphQl, meeting("XC-IDEM-4", "key-4")));
		assertThat(creates).allSatisfy(answer -> assertThat(answer).isEqualTo(creates.getFirst()));
		assertThat(engagement(creates.getFirst())).containsEntry("version", 1);
		assertThat(events("XC-IDEM-4", "RECORD_ENGAGEMENT")).isEqualTo(1);

		var updates = concurrently(clients, () -> update(graphQl, update("XC-IDEM-4", 1, "Edited together", "key-5")));
		assertThat(updates).allSatisfy(answer -> assertThat(answer).isEqualTo(updates.getFirst()));
		assertThat(engagement(updates.getFirst())).containsEntry("version", 2).containsEntry("summaryEn", "Edited together");
		assertThat(events("XC-IDEM-4", "UPDATE_ENGAGEMENT")).isEqualTo(1);
		assertThat(storedVersion("XC-IDEM-4")).isEqualTo(2);
	}

	@Test
	void aRetryAfterALostAnswerIsAnsweredAsTheAppliedAttemptWas() throws Exception {
		assertThat(errorCodes(record(graphQl, meeting("XC-IDEM-5", null)))).isEmpty();
		var edit = update("XC-IDEM-5", 1, "Sent once, answer lost", "key-6");
		sendAndDropTheAnswer(UPDATE, edit);
		assertThat(storedVersion("XC-IDEM-5")).as("the server applied it").isEqualTo(2);

		var retry = update(graphQl, edit);
		assertThat(retry).containsEntry("clientMutationId", "key-6").containsEntry("errors", List.of());
		assertThat(engagement(retry)).containsEntry("version", 2).containsEntry("summaryEn", "Sent once, answer lost");
		assertThat(events("XC-IDEM-5", "UPDATE_ENGAGEMENT")).isEqualTo(1);
	}

	@Test
	void keysBelongToTheirUserAndExpire() {
		assertThat(errorCodes(record(graphQl, meeting("XC-IDEM-6", null)))).isEmpty();
		var edit = update("XC-IDEM-6", 1, "Edited by admin", "key-7");
		assertThat(errorCodes(update(graphQl, edit))).isEmpty();
		assertThat(errorCodes(update(TestSupport.as(graphQl, "coordinator"), edit)))
			.as("another user's key of the same name is not a replay").containsExactly("VERSION_CONFLICT");

		assertThat(errorCodes(record(graphQl, meeting("XC-IDEM-7", "key-8")))).isEmpty();
		driver.executableQuery("""
				MATCH (k:__IdempotencyKey {node: 'Engagement:XC-IDEM-6'}) SET k.expiresAt = datetime() - duration('PT1S')
				""").execute();
		assertThat(errorCodes(update(graphQl, edit))).as("an expired key runs the request as new")
			.containsExactly("VERSION_CONFLICT");
		assertThat(sweeper.sweep()).isGreaterThanOrEqualTo(1);
		assertThat(count("MATCH (k:__IdempotencyKey {node: 'Engagement:XC-IDEM-6'}) RETURN count(k) AS n")).isZero();
		assertThat(count("""
				MATCH (k:__IdempotencyKey {node: 'Engagement:XC-IDEM-7'}) WHERE k.expiresAt > datetime() + duration('PT23H')
				RETURN count(k) AS n
				""")).as("a live key stays, kept 24 hours").isEqualTo(1);
	}

	/**
	 * Sends the request over a plain socket and hangs up as soon as the answer starts: the server has applied it,
	 * and the client never read what it said.
	 */
	private void sendAndDropTheAnswer(String document, Map<String, Object> input) throws IOException {
		byte[] body = JsonMapper.builder().build()
			.writeValueAsBytes(Map.of("query", document, "variables", Map.of("input", input)));
		String head = "POST /graphql HTTP/1.1\r\nHost: localhost:" + port + "\r\nContent-Type: application/json\r\n"
				+ "Accept: application/json\r\nAuthorization: Basic "
				+ Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8))
				+ "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
		try (var socket = new Socket("localhost", port)) {
			socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
			socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
			socket.getOutputStream().write(body);
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			assertThat(in.read()).as("the answer starts").isNotNegative();
		}
	}

	private List<Map<String, Object>> concurrently(int clients, Callable<Map<String, Object>> request) throws Exception {
		var barrier = new CyclicBarrier(clients);
		var attempts = new ArrayList<Callable<Map<String, Object>>>();
		for (int i = 0; i < clients; i++) {
			attempts.add(() -> {
				barrier.await(60, TimeUnit.SECONDS);
				return request.call();
			});
		}
		var answers = new ArrayList<Map<String, Object>>();
		try (var pool = Executors.newFixedThreadPool(clients)) {
			for (var future : pool.invokeAll(attempts)) {
				answers.add(future.get());
			}
		}
		return answers;
	}

	private static Map<String, Object> meeting(String code, String key) {
		var input = new LinkedHashMap<String, Object>();
		input.put("code", code);
		input.put("date", "2025-06-01");
		input.put("status", "HELD");
		input.put("kind", "MONITORING_MISSION");
		input.put("setting", "IN_COUNTRY");
		input.put("level", "WORKING");
		input.put("summaryEn", "Recorded");
		input.put("summaryFr", "Enregistrée");
		input.put("counterpart", "XC-REF");
		input.put("countries", List.of("XC"));
		input.put("attendance", List.of(Map.of("participant", "IRCC", "lead", true)));
		if (key != null) {
			input.put("clientMutationId", key);
		}
		return input;
	}

	private static Map<String, Object> update(String code, long version, String summary, String key) {
		var input = new LinkedHashMap<String, Object>();
		input.put("code", code);
		input.put("version", version);
		input.put("summaryEn", summary);
		input.put("clientMutationId", key);
		return input;
	}

	private static Map<String, Object> record(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.document(RECORD).variable("input", input).execute().path("recordEngagement")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
	}

	private static Map<String, Object> update(HttpGraphQlTester tester, Map<String, Object> input) {
		return tester.document(UPDATE).variable("input", input).execute().path("updateEngagement")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> engagement(Map<String, Object> payload) {
		return (Map<String, Object>) payload.get("engagement");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> errorCodes(Map<String, Object> payload) {
		return ((List<Map<String, Object>>) payload.get("errors")).stream().map(e -> e.get("code")).toList();
	}

	private long events(String code, String operation) {
		return count("MATCH (a:AuditEvent {node: 'Engagement:" + code + "', operation: '" + operation
				+ "'}) RETURN count(a) AS n");
	}

	private long storedVersion(String code) {
		return count("MATCH (e:Engagement {code: '" + code + "'}) RETURN e.version AS n");
	}

	private long count(String cypher) {
		var value = driver.executableQuery(cypher).execute().records().getFirst().get("n");
		return value.asObject() instanceof Boolean b ? (b ? 1 : 0) : value.asLong();
	}
}
