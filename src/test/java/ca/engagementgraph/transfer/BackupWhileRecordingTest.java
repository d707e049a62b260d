package ca.engagementgraph.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import ca.engagementgraph.EngagementGraphApplication;
import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup is one point in time, even while coordinators keep recording. Two writers record meetings with a
 * follow-up action (one transaction each) and then edit them, without pause, while backups are taken: one by the
 * service's exporter, one by the command line through the Bolt port as an operator's nightly job would. Each backup
 * is restored into an empty database, where every invariant a single committed state has must hold: every action's
 * meeting is there and every recorded meeting has the action recorded with it; every audit event names a node that
 * is there; each node's version is the number of its audit events, and the latest event's "after" is the node.
 * Writes on fictional Cland (XC), removed afterwards.
 */
@GraphIntegrationTest
class BackupWhileRecordingTest {

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { errors { code message } } }
			""";

	private static final String UPDATE = """
			mutation($input: UpdateEngagementInput!) { updateEngagement(input: $input) { errors { code message } } }
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphExporter exporter;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jConnectionDetails database;

	@TempDir
	Path folder;

	private final AtomicBoolean writing = new AtomicBoolean(true);
	private final AtomicLong started = new AtomicLong();
	private final AtomicLong finished = new AtomicLong();

	@AfterEach
	void cleanUp() {
		driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'XC-BACKUP-' DETACH DELETE n").execute();
		driver.executableQuery("MATCH (a:AuditEvent) WHERE a.node CONTAINS ':XC-BACKUP-' DELETE a").execute();
	}

	@Test
	void aBackupTakenWhileMeetingsAreRecordedRestoresToOneConsistentState() throws Exception {
		var backups = List.of(folder.resolve("by-the-service"), folder.resolve("by-the-command-line"));
		var overlapping = new ArrayList<Boolean>();
		try (var writers = Executors.newFixedThreadPool(2)) {
			List<Future<?>> running = List.of(writers.submit(() -> write("A")), writers.submit(() -> write("B")));
			awaitWrites(4, running);

			long before = started.get();
			long startedAt = System.nanoTime();
			exporter.backup(backups.get(0));
			long millis = (System.nanoTime() - startedAt) / 1_000_000;
			overlapping.add(started.get() > before);

			before = started.get();
			String byCommand = cli("backup", backups.get(1).toString(), "--spring.neo4j.uri=" + database.getUri(),
					"--spring.neo4j.authentication.password=" + ca.engagementgraph.TestSupport.boltPassword(database), "--engagement-graph.embedded.enabled=false");
			assertThat(byCommand).startsWith("Backed up the graph to");
			overlapping.add(started.get() > before);
			// A figure for the README (how long writes are held back), never an assertion.
			System.out.printf("Backups under writes: by the service in %d ms; %s", millis, byCommand);

			writing.set(false);
			for (Future<?> writer : running) {
				writer.get(); // a writer's failure fails the test
			}
		}
		assertThat(overlapping).as("writes were under way during the backups").contains(true);
		assertThat(finished.get()).isGreaterThan(4);
		for (Path backup : backups) {
			Path store = folder.resolve("restored-" + backup.getFileName());
			assertThat(cli("restore", backup.toString(), "--engagement-graph.embedded.data-dir=" + store,
					"--engagement-graph.embedded.bolt-port=0")).startsWith("Wrote ");
			var service = new DatabaseManagementServiceBuilder(store).build();
			try {
				checkInvariants(backup.getFileName().toString(), service.database("neo4j"));
			}
			finally {
				service.shutdown();
			}
		}
	}

	/** Records a meeting with its follow-up action, then edits it; again and again until told to stop. */
	private Void write(String writer) {
		for (int n = 0; writing.get(); n++) {
			String code = "XC-BACKUP-" + writer + "-" + n;
			started.incrementAndGet();
			expectNoErrors(graphQl.document(RECORD).variable("input", meeting(code)).execute().path("recordEngagement.errors"));
			started.incrementAndGet();
			expectNoErrors(graphQl.document(UPDATE).variable("input",
					Map.of("code", code, "version", 1, "summaryEn", "Edited " + code)).execute()
				.path("updateEngagement.errors"));
			finished.addAndGet(2);
		}
		return null;
	}

	private static void expectNoErrors(org.springframework.graphql.test.tester.GraphQlTester.Path errors) {
		errors.entityList(Object.class).hasSize(0);
	}

	private void awaitWrites(long count, List<Future<?>> writers) throws Exception {
		while (finished.get() < count) {
			for (Future<?> writer : writers) {
				if (writer.isDone()) {
					writer.get(); // surfaces a writer that failed before the backups started
				}
			}
			Thread.sleep(50);
		}
	}

	@SuppressWarnings("unchecked")
	private static void checkInvariants(String backup, GraphDatabaseService restored) {
		assertThat(count(restored, "MATCH (a:Action) WHERE NOT EXISTS { (a)-[:FROM]->(:Engagement) } RETURN count(a) AS n"))
			.as("%s: every action's meeting is in the backup", backup).isZero();
		var meetings = rows(restored, """
				MATCH (e:Engagement) WHERE e.code STARTS WITH 'XC-BACKUP-'
				RETURN e.code AS code, e.version AS version, e.summaryEn AS summary,
				       [(a:Action)-[:FROM]->(e) | a.code] AS actions
				""");
		assertThat(meetings).as("%s: meetings recorded before it", backup).isNotEmpty();
		for (var meeting : meetings) {
			assertThat((List<Object>) meeting.get("actions")).as("%s: %s has the action recorded with it", backup,
					meeting.get("code")).containsExactly(meeting.get("code") + "-A");
		}
		var nodes = new HashMap<String, Map<String, Object>>();
		for (var node : rows(restored, """
				MATCH (n:Engagement|Action) WHERE n.code STARTS WITH 'XC-BACKUP-'
				RETURN labels(n)[0] + ':' + n.code AS node, n.version AS version, properties(n) AS properties
				""")) {
			nodes.put((String) node.get("node"), node);
		}
		var events = new HashMap<String, List<Map<String, Object>>>();
		for (var event : rows(restored, """
				MATCH (a:AuditEvent) WHERE a.node CONTAINS ':XC-BACKUP-'
				RETURN a.node AS node, a.after AS after ORDER BY a.at, a.id
				""")) {
			assertThat(nodes).as("%s: the node of every audit event is in the backup", backup)
				.containsKey((String) event.get("node"));
			events.computeIfAbsent((String) event.get("node"), k -> new ArrayList<>()).add(event);
		}
		for (var node : nodes.values()) {
			var history = events.getOrDefault((String) node.get("node"), List.of());
			assertThat((long) history.size()).as("%s: %s has one audit event per version", backup, node.get("node"))
				.isEqualTo(node.get("version"));
			Map<String, Object> after = JSON.readValue((String) history.getLast().get("after"), Map.class);
			var properties = (Map<String, Object>) node.get("properties");
			assertThat(((Number) after.get("version")).longValue()).isEqualTo(node.get("version"));
			assertThat(after.get("summaryEn")).as("%s: the latest event is the node's state", backup)
				.isEqualTo(properties.get("summaryEn"));
		}
	}

	private static Map<String, Object> meeting(String code) {
		var input = new java.util.LinkedHashMap<String, Object>();
		input.put("code", code);
		input.put("date", "2025-06-01");
		input.put("status", "HELD");
		input.put("kind", "MONITORING_MISSION");
		input.put("setting", "IN_COUNTRY");
		input.put("level", "WORKING");
		input.put("summaryEn", "Recorded " + code);
		input.put("summaryFr", "Enregistrée " + code);
		input.put("counterpart", "XC-REF");
		input.put("countries", List.of("XC"));
		input.put("attendance", List.of(Map.of("participant", "IRCC", "lead", true)));
		input.put("followUpActions", List.of(Map.of("code", code + "-A", "textEn", "Follow up", "textFr", "Suivre",
				"due", "2025-07-01", "assignedTo", List.of("IRCC"))));
		return input;
	}

	private static long count(GraphDatabaseService database, String cypher) {
		return database.executeTransactionally(cypher, Map.of(), result -> (Long) result.next().get("n"));
	}

	private static List<Map<String, Object>> rows(GraphDatabaseService database, String cypher) {
		return database.executeTransactionally(cypher, Map.of(), result -> result.stream().map(HashMap::new)
			.map(row -> (Map<String, Object>) row).toList());
	}

	private static String cli(String... arguments) throws IOException {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		new TransferCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
			.execute(EngagementGraphApplication.class, arguments);
		return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
	}
}
