package ca.engagementgraph.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.EngagementGraphApplication;
import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.InvalidDataException;
import ca.engagementgraph.transfer.OfflineLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline load (Neo4j's importer writing the store of an empty folder before the database first starts) leaves
 * the graph the transactional bulk path leaves, down to the versions, the classifications, the ledger's rows (which
 * the load computes in memory and writes with the graph) and the schema; a load it refuses leaves no store.
 * Each graph is read back with the database closed to the service, through Neo4j's own API.
 */
class OfflineLoadTest {

	@TempDir
	Path folders;

	@Test
	void anEmptyFolderLoadedOfflineHoldsTheGraphTheTransactionalPathWrites() {
		Path offline = folders.resolve("offline");
		Path transactional = folders.resolve("transactional");
		String told = generate(offline);
		generate(transactional, "--transactional");

		var loaded = Dump.of(offline);
		var written = Dump.of(transactional);
		assertThat(loaded.nodes()).hasSizeGreaterThan(800).containsExactlyElementsOf(written.nodes());
		assertThat(loaded.relationships()).hasSizeGreaterThan(2_000).containsExactlyElementsOf(written.relationships());
		assertThat(told).as("the load wrote the ledger's rows itself").containsPattern("with the ledger's [0-9,]+ rows");
		assertThat(loaded.ledger()).hasSizeGreaterThan(400).containsExactlyElementsOf(written.ledger());
		assertThat(loaded.schema()).hasSizeGreaterThan(50).containsExactlyElementsOf(written.schema());
		assertThat(loaded.protectedB()).as("the working group's meetings and their actions").isPositive()
			.isEqualTo(written.protectedB());
		assertThat(loaded.audit()).singleElement().asString().startsWith("Loaded synthetic scale S seed 7 offline");
	}

	@Test
	void aKeyListedTwiceIsRefusedAndLeavesNoStore() {
		Path home = folders.resolve("refused");
		var origin = new GraphData.Origin("countries.json", 2, "record");
		var country = new GraphData.NodeRow("Country", "Z9", Map.of("iso2", "Z9", "iso3", "XZZ", "nameEn", "Zed",
				"nameFr", "Zède", "region", "ASIA"), null, origin);
		var batch = new GraphData(List.of(country, country), List.of(), List.of());

		assertThatThrownBy(() -> OfflineLoad.load(home, sink -> sink.accept(batch), 10))
			.isInstanceOfSatisfying(InvalidDataException.class, refused -> assertThat(refused.problems())
				.singleElement()
				.satisfies(problem -> {
					assertThat(problem.code()).isEqualTo("data.duplicateKey");
					assertThat(problem.file()).isEqualTo("countries.json");
					assertThat(problem.args()).containsExactly("Country", "Z9");
				}));
		assertThat(OfflineLoad.possible(home)).as("no store left behind").isTrue();
		assertThat(home.resolve("offline-load")).doesNotExist();
	}

	@Test
	void aRelationshipListedTwiceIsWrittenOnceWithThePropertiesListedLast() {
		Path home = folders.resolve("twice");
		var origin = new GraphData.Origin("meetings.json", 1, "record");
		var meeting = new GraphData.NodeRow("Engagement", "Z9-E1", Map.of("code", "Z9-E1"), null, origin);
		var department = new GraphData.NodeRow("Department", "ZZ", Map.of("code", "ZZ"), null, origin);
		var attendedBy = attendedBy();
		var first = new GraphData(List.of(meeting, department), List.of(new GraphData.RelationshipRow(attendedBy,
				"Engagement", "Z9-E1", "Department", "ZZ", Map.of("lead", false))), List.of());
		var second = new GraphData(List.of(), List.of(new GraphData.RelationshipRow(attendedBy, "Engagement", "Z9-E1",
				"Department", "ZZ", Map.of("lead", true))), List.of());

		var report = OfflineLoad.load(home, sink -> {
			sink.accept(first);
			sink.accept(second);
		}, 10);

		assertThat(report.relationships()).isEqualTo(1);
		assertThat(report.ledgerWritten()).as("a graph without countries has an empty ledger").isTrue();
		var service = new DatabaseManagementServiceBuilder(home).build();
		try {
			Object leads = service.database("neo4j").executeTransactionally("""
					MATCH (:Engagement {code: 'Z9-E1'})-[r:ATTENDED_BY]->(:Department {code: 'ZZ'}) RETURN collect(r.lead) AS leads
					""", Map.of(), result -> result.next().get("leads"));
			assertThat(leads).isEqualTo(List.of(true));
		}
		finally {
			service.shutdown();
		}
	}

	@Test
	void aMeetingBreakingARuleIsFoundAsTheLoadStreams() {
		Path home = folders.resolve("rules");
		var origin = new GraphData.Origin("meetings.json", 1, "record");
		var meeting = new GraphData.NodeRow("Engagement", "Z9-E2", Map.of("code", "Z9-E2",
				"date", java.time.LocalDate.of(2024, 3, 1), "status", "HELD"), null, origin);
		var fine = new GraphData.NodeRow("Engagement", "Z9-E3", Map.of("code", "Z9-E3"), null, origin);
		var department = new GraphData.NodeRow("Department", "ZZ", Map.of("code", "ZZ"), null, origin);
		var attendedBy = attendedBy();
		var batch = new GraphData(List.of(meeting, fine, department), List.of(new GraphData.RelationshipRow(attendedBy,
				"Engagement", "Z9-E3", "Department", "ZZ", Map.of("lead", true))), List.of());

		var report = OfflineLoad.load(home, sink -> sink.accept(batch), 10);

		assertThat(report.ledgerWritten()).as("no ledger for a load about to be refused").isFalse();
		assertThat(report.meetingProblems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("Engagement Z9-E2");
			assertThat(problem.code()).isEqualTo("rule.oneLead");
			assertThat(problem.args()).containsExactly(0L);
		});
	}

	/** The model's ATTENDED_BY, which a test's records use to name a lead. */
	private static ca.engagementgraph.model.RelationshipSpec attendedBy() {
		return ca.engagementgraph.model.GraphModel.get().relationships().stream()
			.filter(r -> r.type().equals("ATTENDED_BY"))
			.findFirst()
			.orElseThrow();
	}

	/** Generates scale S into {@code home}; returns what the command told. */
	private static String generate(Path home, String... settings) {
		var out = new ByteArrayOutputStream();
		var dataset = GenerateCommand.generate(EngagementGraphApplication.class, Scale.S, 7, home, 500,
				List.of(settings), new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(dataset).as(out.toString(StandardCharsets.UTF_8)).isNotNull();
		return out.toString(StandardCharsets.UTF_8);
	}

	/** A graph as sorted lines of text, read with Neo4j's own API (the folder's database is closed to anyone else). */
	private record Dump(List<String> nodes, List<String> relationships, List<String> ledger, List<String> schema,
			long protectedB, List<String> audit) {

		static Dump of(Path home) {
			var service = new DatabaseManagementServiceBuilder(home).build();
			try {
				var db = service.database("neo4j");
				return db.executeTransactionally("""
						CALL () {
						  MATCH (n) WHERE NOT n:AuditEvent AND none(l IN labels(n) WHERE l STARTS WITH '__')
						  WITH n ORDER BY labels(n)[0], coalesce(n.code, n.iso2)
						  RETURN collect([labels(n)[0], properties(n)]) AS nodes
						}
						CALL () {
						  MATCH (a)-[r]->(b) WHERE NOT a:AuditEvent AND none(l IN labels(a) WHERE l STARTS WITH '__')
						  RETURN collect([labels(a)[0] + ':' + coalesce(a.code, a.iso2) + ' ' + type(r) + ' '
						       + labels(b)[0] + ':' + coalesce(b.code, b.iso2), properties(r)]) AS relationships
						}
						CALL () {
						  MATCH (n) WHERE n:__RaisableLedger OR n:__MeetingLedger OR n:__CountryLedger OR n:__ProjectLedger
						                  OR n:__QuarterLedger OR n:__RadarDay
						  RETURN collect([labels(n)[0], properties(n)]) AS ledger
						}
						CALL () {
						  MATCH (n) WHERE n.classification = 'PROTECTED_B' AND NOT n:AuditEvent RETURN count(n) AS protectedB
						}
						CALL () {
						  MATCH (a:AuditEvent) WITH a ORDER BY a.at RETURN collect(a.summary) AS audit
						}
						RETURN nodes, relationships, ledger, protectedB, audit
						""", Map.of(), result -> {
					var row = result.next();
					@SuppressWarnings("unchecked")
					var audit = (List<String>) row.get("audit");
					return new Dump(strings(row.get("nodes")), strings(row.get("relationships")), strings(row.get("ledger")),
							schema(db), (Long) row.get("protectedB"), audit.stream()
								.filter(summary -> summary.startsWith("Loaded synthetic"))
								.toList());
				});
			}
			finally {
				service.shutdown();
			}
		}

		private static List<String> schema(org.neo4j.graphdb.GraphDatabaseService db) {
			return db.executeTransactionally("""
					SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, owningConstraint, state
					RETURN name, type, entityType, labelsOrTypes, properties, owningConstraint, state
					""", Map.of(), result -> result.stream()
				// The token lookup indexes every store has are named by whoever created the store.
				.map(row -> String.join(" ", "LOOKUP".equals(row.get("type")) ? "-" : row.get("name").toString(),
						row.get("type").toString(),
						row.get("entityType").toString(), String.valueOf(row.get("labelsOrTypes")),
						String.valueOf(row.get("properties")), String.valueOf(row.get("owningConstraint")),
						row.get("state").toString()))
				.sorted()
				.toList());
		}

		/** Each [name, properties] pair as a line, properties in name order (arrays spelt out), lines sorted. */
		@SuppressWarnings("unchecked")
		private static List<String> strings(Object pairs) {
			return ((List<List<Object>>) pairs).stream().map(pair -> {
				var properties = new java.util.TreeMap<String, String>();
				((Map<String, Object>) pair.get(1)).forEach((name, value) -> properties.put(name, shown(value)));
				return pair.get(0) + " " + properties;
			}).sorted().toList();
		}

		private static String shown(Object value) {
			return switch (value) {
				case String[] array -> java.util.Arrays.toString(array);
				case long[] array -> java.util.Arrays.toString(array);
				case double[] array -> java.util.Arrays.toString(array);
				case boolean[] array -> java.util.Arrays.toString(array);
				case Object[] array -> java.util.Arrays.toString(array);
				default -> String.valueOf(value);
			};
		}
	}
}
