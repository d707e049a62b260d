package ca.engagementgraph.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ca.engagementgraph.EngagementGraphApplication;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.model.GraphModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bulk import and export: spreadsheets and JSON in, all or nothing, every problem located; the same files again
 * change nothing; an export imported into an empty database reproduces the graph. Test data lives in fictional
 * Vland (XV) and is removed after each test.
 */
@GraphIntegrationTest
class ImportExportTest {

	private static final String VLAND = """
			{"label": "Country", "records": [{"iso2": "XV", "iso3": "XVV", "nameEn": "Vland", "nameFr": "Vlande", "region": "ASIA"}]}
			""";

	private static final String VLAND_MISSION = """
			{"label": "Mission", "records": [{"code": "XV-OTT", "nameEn": "Embassy of Vland", "nameFr": "Ambassade de Vlande",
			  "kind": "EMBASSY", "city": "Ottawa", "REPRESENTS": "XV", "LOCATED_IN": "CA"}]}
			""";

	@Autowired
	GraphImporter importer;

	@Autowired
	GraphExporter exporter;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails database;

	@TempDir
	Path folder;

	@AfterEach
	void removeVland() {
		driver.executableQuery("MATCH (n) WHERE n.iso2 = 'XV' OR n.code STARTS WITH 'XV-' DETACH DELETE n").execute();
	}

	@Test
	void spreadsheetExportsWithAccentsQuotedCommasLineBreaksAndAByteOrderMarkImport() {
		String csv = "\uFEFFcode,date,status,kind,setting,level,summaryEn,summaryFr,WITH,CONCERNS,ATTENDED_BY\r\n"
				+ "XV-E1,2024-03-01,HELD,CALL,OTTAWA,DG,\"Met the embassy, then the consul\",\"Réunion à l'ambassade, élargie\","
				+ "XV-OTT,XV,\"CBSA{lead=true}; Unit:MCET\"\r\n"
				+ "XV-E2,2024-04-01,PLANNED,CALL,OTTAWA,DG,\"Two lines:\nfirst, second\",Prévue,Mission:XV-OTT,XVV,GAC{lead=true}\r\n";
		var report = load(false, json("countries.json", VLAND), json("missions.json", VLAND_MISSION), csv("engagements.csv", csv));
		assertThat(report.problems()).extracting(DataProblem::toString).isEmpty();
		var stored = driver.executableQuery("""
				MATCH (e:Engagement {code: 'XV-E1'})-[:ATTENDED_BY {lead: true}]->(lead)
				RETURN e.summaryEn AS en, e.summaryFr AS fr, lead.code AS lead,
				       COUNT { (e)-[:ATTENDED_BY]->(:Unit {code: 'MCET'}) } AS units
				""").execute().records().getFirst();
		assertThat(stored.get("en").asString()).isEqualTo("Met the embassy, then the consul");
		assertThat(stored.get("fr").asString()).isEqualTo("Réunion à l'ambassade, élargie");
		assertThat(stored.get("lead").asString()).isEqualTo("CBSA");
		assertThat(stored.get("units").asLong()).isEqualTo(1);
		assertThat(count("MATCH (e:Engagement {code: 'XV-E2'}) WHERE e.summaryEn = 'Two lines:\\nfirst, second' RETURN count(e) AS n"))
			.isEqualTo(1);
		assertThat(count("MATCH (:Engagement {code: 'XV-E2'})-[:CONCERNS]->(:Country {iso2: 'XV'}) RETURN count(*) AS n"))
			.as("a country written in alpha-3 is still Vland").isEqualTo(1);
	}

	@Test
	void aDryRunReportsEveryInvalidRowWithFileLineAndColumnAndWritesNothing() {
		String csv = """
				code,date,status,kind,setting,level,summaryEn,summaryFr,WITH,CONCERNS,ATTENDED_BY
				XV-E1,2024-13-01,HELD,CALL,OTTAWA,DG,a,a,XV-OTT,XV,CBSA{lead=true}
				XV-E2,2024-02-01,MAYBE,CALL,OTTAWA,DG,a,a,XV-OTT,XV,CBSA{lead=true}
				XV-E3,2024-02-01,HELD,CALL,OTTAWA,DG,a,a,XV-NOPE,XV,CBSA{lead=true}
				XV-E3,2024-02-01,HELD,CALL,OTTAWA,DG,a,a,XV-OTT,XV,CBSA{lead=true}
				""";
		long before = count("MATCH (n) RETURN count(n) AS n");
		var report = load(true, json("countries.json", VLAND), json("missions.json", VLAND_MISSION), csv("engagements.csv", csv));
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).extracting(DataProblem::toString).containsExactlyInAnyOrder(
				"engagements.csv, line 2, field 'date': expected a date as YYYY-MM-DD, got \"2024-13-01\"",
				"engagements.csv, line 3, field 'status': 'MAYBE' is not one of [CANCELLED, HELD, PLANNED]",
				"engagements.csv, line 4, field 'WITH': no Mission/Authority/Organization with key 'XV-NOPE'",
				"engagements.csv, line 5, field 'code': duplicate Engagement key 'XV-E3'");
		assertThat(count("MATCH (n) RETURN count(n) AS n")).isEqualTo(before);
	}

	@Test
	void aBadRowAtTheEndOfALargeFileLeavesTheDatabaseUnchanged() {
		load(false, json("countries.json", VLAND), json("missions.json", VLAND_MISSION));
		long before = count("MATCH (n) RETURN count(n) AS n");
		long relationshipsBefore = count("MATCH ()-[r]->() RETURN count(r) AS n");
		// 20,000 valid meetings, then one whose mission represents another country: a rule that can only be
		// checked once everything is written, so this proves the rollback, not only the up-front validation.
		var csv = new StringBuilder("code,date,status,kind,setting,level,summaryEn,summaryFr,WITH,CONCERNS,ATTENDED_BY\n");
		for (int i = 0; i < 20_000; i++) {
			csv.append("XV-BULK-").append(i).append(",2024-01-01,HELD,CALL,OTTAWA,DG,a,b,XV-OTT,XV,CBSA{lead=true}\n");
		}
		csv.append("XV-BULK-LAST,2024-01-01,HELD,CALL,OTTAWA,DG,a,b,QM-OTT,XV,CBSA{lead=true}\n");
		var progress = new ArrayList<Long>();
		var report = importer.load(List.of(csv("engagements.csv", csv.toString())), false, "test",
				(done, total) -> progress.add(done));
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).extracting(DataProblem::toString).containsExactly(
				"engagements.csv, line 20002, field 'WITH': mission QM-OTT represents QM, which is not a country this meeting concerns (XV)");
		assertThat(progress).as("written in batches, progress reported after each").hasSizeGreaterThan(4);
		assertThat(count("MATCH (n) RETURN count(n) AS n")).isEqualTo(before);
		assertThat(count("MATCH ()-[r]->() RETURN count(r) AS n")).isEqualTo(relationshipsBefore);
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() {
		var first = load(false, json("countries.json", VLAND), json("missions.json", VLAND_MISSION));
		assertThat(first.created()).isEqualTo(2);
		var again = load(false, json("countries.json", VLAND), json("missions.json", VLAND_MISSION));
		assertThat(again.problems()).isEmpty();
		assertThat(again.created()).isZero();
		assertThat(again.changed()).isZero();
		assertThat(count("MATCH (c:Country {iso2: 'XV'}) RETURN c.version AS n")).isEqualTo(1);
	}

	@Test
	void aCountrysExportCarriesEverythingItReferencesSoItImportsOnItsOwn() throws IOException {
		var files = exporter.export(folder.resolve("qm"), GraphExporter.Format.JSON, "QM", true);
		var inputs = new ArrayList<Loading.Input>();
		for (Path file : files) {
			inputs.add(new Loading.Input(file.getFileName().toString(), Files.newInputStream(file)));
		}
		// Read with no database behind: every reference must resolve within the exported files.
		var data = new Loading(GraphModel.get(), java.time.LocalDate.now(), true).read(inputs);
		assertThat(data.nodes()).filteredOn(n -> n.label().equals("Result")).extracting(n -> n.key())
			.contains("QM-R01", "QM-R08").noneMatch(key -> key.startsWith("QN-"));
		assertThat(data.nodes()).filteredOn(n -> n.label().equals("Department")).isNotEmpty();
	}

	@Test
	void anExportImportedIntoAnEmptyDatabaseReproducesTheGraph() throws IOException {
		var expected = fingerprint(query -> driver.executableQuery(query).execute().records().stream()
			.map(r -> r.get("line").asString()).toList());
		for (var format : GraphExporter.Format.values()) {
			Path export = folder.resolve("export-" + format);
			exporter.export(export, format, null, true);
			Path database = folder.resolve("restored-" + format);
			var out = new ByteArrayOutputStream();
			int exit = new TransferCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
				.execute(EngagementGraphApplication.class, new String[] { "import", export.toString(),
						"--engagement-graph.embedded.data-dir=" + database, "--engagement-graph.embedded.bolt-port=0" });
			assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
			assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Wrote ");
			var service = new DatabaseManagementServiceBuilder(database).build();
			try {
				var restored = service.database("neo4j");
				var actual = fingerprint(query -> restored.executeTransactionally(query, Map.of(),
						result -> result.stream().map(row -> (String) row.get("line")).toList()));
				assertThat(actual).as("graph restored from %s", format).isEqualTo(expected);
			}
			finally {
				service.shutdown();
			}
		}
	}

	@Test
	void anOnlineBackupRestoredIntoAnEmptyDatabaseEqualsTheOriginalWithItsAuditTrail() {
		var expected = fingerprint(query -> driver.executableQuery(query).execute().records().stream()
			.map(r -> r.get("line").asString()).toList());
		long auditEvents = count("MATCH (a:AuditEvent) RETURN count(a) AS n");
		Path backup = folder.resolve("backup");
		// Taken while the service runs, through its Bolt port, as an operator's scheduled job would.
		assertThat(cli("backup", backup.toString(), "--spring.neo4j.uri=" + database.getUri(),
				"--spring.neo4j.authentication.password=" + ca.engagementgraph.TestSupport.boltPassword(database),
				"--engagement-graph.embedded.enabled=false")).startsWith("Backed up the graph to");
		Path restoredStore = folder.resolve("restored");
		assertThat(cli("restore", backup.toString(), "--engagement-graph.embedded.data-dir=" + restoredStore,
				"--engagement-graph.embedded.bolt-port=0")).startsWith("Wrote ");
		assertThat(cli("restore", backup.toString(), "--engagement-graph.embedded.data-dir=" + restoredStore,
				"--engagement-graph.embedded.bolt-port=0")).contains("a restore needs an empty database");
		var service = new DatabaseManagementServiceBuilder(restoredStore).build();
		try {
			var restored = service.database("neo4j");
			assertThat(fingerprint(query -> restored.executeTransactionally(query, Map.of(),
					result -> result.stream().map(row -> (String) row.get("line")).toList()))).isEqualTo(expected);
			long restoredEvents = restored.executeTransactionally("MATCH (a:AuditEvent) RETURN count(a) AS n", Map.of(),
					result -> (Long) result.next().get("n"));
			assertThat(restoredEvents).as("the audit trail, plus the restore itself").isEqualTo(auditEvents + 1);
		}
		finally {
			service.shutdown();
		}
	}

	private static String cli(String... arguments) {
		var out = new ByteArrayOutputStream();
		new TransferCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
			.execute(EngagementGraphApplication.class, arguments);
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theCommandLineDryRunListsProblemsAndExitsWithOne() throws IOException {
		Path bad = Files.writeString(folder.resolve("countries.csv"), "iso2,iso3,nameEn,nameFr,region\nXV,XVV,Vland,Vlande,MARS\n");
		var out = new ByteArrayOutputStream();
		int exit = new TransferCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()))
			.execute(EngagementGraphApplication.class, new String[] { "import", "--dry-run", bad.toString(),
					"--engagement-graph.embedded.data-dir=" + folder.resolve("cli-db"), "--engagement-graph.embedded.bolt-port=0" });
		assertThat(exit).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 problem(s); nothing was written:",
				"countries.csv, line 2, field 'region': 'MARS' is not one of");
	}

	@Test
	void anUploadRunsInTheBackgroundAndReportsProgressAndProblems() throws InterruptedException {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("files", new ByteArrayResource("iso2,iso3,nameEn,nameFr,region\nXV,XVV,Vland,Vlande,ASIA\n".getBytes()) {
			@Override
			public String getFilename() {
				return "countries.csv";
			}
		});
		var client = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> {
				headers.setBasicAuth("admin", "demo");
				headers.set("X-Requested-By", "test");
			})
			.build();
		Map<?, ?> started = client.post().uri("/imports?dryRun=true").contentType(MediaType.MULTIPART_FORM_DATA).body(body)
			.retrieve().body(Map.class);
		assertThat(started.get("id")).isNotNull();
		Map<?, ?> status = started;
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while ("RUNNING".equals(status.get("state")) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			status = client.get().uri("/imports/" + started.get("id")).retrieve().body(Map.class);
		}
		assertThat(status.get("state")).isEqualTo("SUCCEEDED");
		assertThat(status.get("total")).isEqualTo(1);
		assertThat(((Map<?, ?>) status.get("result")).get("dryRun")).isEqualTo(true);
		assertThat(count("MATCH (c:Country {iso2: 'XV'}) RETURN count(c) AS n")).as("a dry run writes nothing").isZero();
	}

	/** Every domain node and relationship with its properties, one sorted line each. */
	private static List<String> fingerprint(java.util.function.Function<String, List<String>> run) {
		var lines = new ArrayList<String>();
		lines.addAll(run.apply("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__' OR l = 'AuditEvent')
				RETURN labels(n)[0] + ' ' + coalesce(n.code, n.iso2) + ' ' + toString(size(keys(n))) AS line, properties(n) AS p
				"""));
		lines.addAll(run.apply("""
				MATCH (a)-[r]->(b) WHERE none(l IN labels(a) WHERE l STARTS WITH '__' OR l = 'AuditEvent')
				RETURN coalesce(a.code, a.iso2) + ' ' + type(r) + ' ' + coalesce(b.code, b.iso2) + ' '
				       + coalesce(toString(r.lead), '') + coalesce(r.role, '') AS line
				"""));
		var values = run.apply("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__' OR l = 'AuditEvent')
				UNWIND keys(n) AS key
				RETURN coalesce(n.code, n.iso2) + '.' + key + '=' + toString(n[key]) AS line
				""");
		lines.addAll(values);
		return lines.stream().sorted().toList();
	}

	private ImportReport load(boolean dryRun, Loading.Input... inputs) {
		return importer.load(List.of(inputs), dryRun, "test", Loading.Progress.NONE);
	}

	private static Loading.Input json(String name, String content) {
		return new Loading.Input(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private static Loading.Input csv(String name, String content) {
		return new Loading.Input(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
	}
}
