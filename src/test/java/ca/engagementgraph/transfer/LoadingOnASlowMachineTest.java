package ca.engagementgraph.transfer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.EngagementGraphApplication;
import ca.engagementgraph.database.TransactionLimits;
import ca.engagementgraph.loading.Loading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading is not a request. With requests limited to one millisecond (QUERY_TIMEOUT=1ms: every request would be
 * stopped), the service still seeds the demo at startup, restores a backup and imports thousands of meetings: loading
 * carries its own limit, none by default. When a load is stopped by its own limit, the report says which setting to
 * change. One service (without its web server) on its own fresh data folder serves the whole class.
 */
@Tag("drill")
class LoadingOnASlowMachineTest {

	@TempDir
	static Path folder;

	static ConfigurableApplicationContext service;
	static Driver driver;

	@BeforeAll
	static void startWithRequestsLimitedToOneMillisecond() {
		service = new SpringApplicationBuilder(EngagementGraphApplication.class).web(WebApplicationType.NONE)
			.run("--QUERY_TIMEOUT=1ms", "--engagement-graph.embedded.data-dir=" + folder.resolve("store"),
					"--engagement-graph.embedded.bolt-port=0", "--logging.level.root=warn");
		driver = service.getBean(Driver.class);
	}

	@AfterAll
	static void stop() {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void theDemoIsSeededAtStartupAndABackupOfItRestoresIntoTheEmptiedGraph() throws Exception {
		assertThat(count("MATCH (c:Country) WHERE c.iso2 STARTS WITH 'Q' OR c.iso2 STARTS WITH 'X' RETURN count(c) AS n"))
			.as("the demo's countries").isEqualTo(9);
		assertThat(count("MATCH (r:Result) RETURN count(r) AS n")).as("the demo's results").isEqualTo(44);
		List<String> before = fingerprint();

		Path backup = folder.resolve("backup");
		service.getBean(GraphExporter.class).backup(backup);
		driver.executableQuery("MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') DETACH DELETE n").execute();
		var inputs = new ArrayList<Loading.Input>();
		try (var files = Files.list(backup)) {
			for (Path file : files.filter(f -> !f.getFileName().toString().equals(GraphExporter.AUDIT_FILE)).sorted().toList()) {
				inputs.add(new Loading.Input(file.toString(), Files.newInputStream(file)));
			}
		}
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> audit = JsonMapper.builder().build().readValue(backup.resolve(GraphExporter.AUDIT_FILE).toFile(), List.class);
		var report = service.getBean(GraphImporter.class).restore(inputs, audit, "test", (done, total) -> {
		});

		assertThat(report.problems()).isEmpty();
		assertThat(fingerprint()).as("the restored graph").isEqualTo(before);
	}

	@Test
	void anUploadOfAThousandMeetingsSucceedsAndReportsItsProgress() throws Exception {
		String meetings = meetingsWithAMissionInOttawa(1_000, "SLOW");
		var jobs = service.getBean(ImportJobs.class);
		var status = jobs.start(List.of(new Loading.Input("engagements.csv",
				new ByteArrayInputStream(meetings.getBytes(StandardCharsets.UTF_8)))), false, "test", true);
		status = waitForEnd(jobs, status.id());

		assertThat(status.failure()).isNull();
		assertThat(status.state()).isEqualTo(ImportJobs.State.SUCCEEDED);
		assertThat(status.done()).isEqualTo(status.total()).isGreaterThan(1_000);
		assertThat(count("MATCH (e:Engagement) WHERE e.code STARTS WITH 'SLOW-' RETURN count(e) AS n")).isEqualTo(1_000);
	}

	@Test
	void aLoadStoppedByLoadTimeoutSaysToRaiseItAndWritesNothing() throws Exception {
		var limited = new GraphImporter(driver, service.getBean(ca.engagementgraph.api.Today.class), new TransactionLimits(Duration.ofSeconds(25), Duration.ofMillis(1), 0));
		var jobs = new ImportJobs(limited);
		String country = "iso2,iso3,nameEn,nameFr,region\nXW,XWW,Wland,Wlande,ASIA\n";
		driver.executableQuery("CREATE (:Country {iso2: 'XW', iso3: 'XWW', nameEn: 'Before', nameFr: 'Avant', region: 'ASIA'})").execute();
		// Holding the country's lock keeps the import waiting, past its one-millisecond limit, however fast the machine.
		try (var session = driver.session(); var lock = session.beginTransaction()) {
			lock.run("MATCH (c:Country {iso2: 'XW'}) SET c.region = 'ASIA'").consume();
			var status = jobs.start(List.of(new Loading.Input("countries.csv",
					new ByteArrayInputStream(country.getBytes(StandardCharsets.UTF_8)))), false, "test", true);
			status = waitForEnd(jobs, status.id());

			assertThat(status.state()).isEqualTo(ImportJobs.State.FAILED);
			assertThat(status.failure()).contains("stopped by a time limit", "nothing was written", "raise LOAD_TIMEOUT")
				.doesNotContain("retry");
			lock.rollback();
		}
		finally {
			jobs.destroy();
		}
		try {
			assertThat(driver.executableQuery("MATCH (c:Country {iso2: 'XW'}) RETURN c.nameEn AS name").execute().records()
				.getFirst().get("name").asString()).isEqualTo("Before");
		}
		finally {
			driver.executableQuery("MATCH (c:Country {iso2: 'XW'}) DETACH DELETE c").execute();
		}
	}

	private static ImportJobs.Status waitForEnd(ImportJobs jobs, String id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
		ImportJobs.Status status = jobs.status(id).orElseThrow();
		while (status.state() == ImportJobs.State.RUNNING) {
			assertThat(System.nanoTime()).as("the import ends").isLessThan(deadline);
			Thread.sleep(100);
			status = jobs.status(id).orElseThrow();
		}
		return status;
	}

	private static long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
	}

	/** Every domain node with its properties and every relationship, sorted. */
	private static List<String> fingerprint() {
		var lines = new ArrayList<String>();
		driver.executableQuery("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__' OR l = 'AuditEvent')
				RETURN labels(n)[0] AS line, properties(n) AS properties
				UNION ALL
				MATCH (a)-[r]->(b) WHERE none(l IN labels(a) WHERE l STARTS WITH '__' OR l = 'AuditEvent')
				RETURN coalesce(a.code, a.iso2) + ' ' + type(r) + ' ' + coalesce(b.code, b.iso2) AS line, properties(r) AS properties
				""").execute().records().forEach(r -> lines.add(r.get("line").asString() + " "
						+ new java.util.TreeMap<>(r.get("properties").asMap(String::valueOf))));
		return lines.stream().sorted().toList();
	}

	/**
	 * {@code count} held meetings coded {@code prefix-1}... with one of the demo's missions in Ottawa, each led by one
	 * department and raising nothing, as the {@code engagements.csv} a spreadsheet would give: valid by every rule.
	 */
	private static String meetingsWithAMissionInOttawa(int count, String prefix) {
		var mission = driver.executableQuery("""
				MATCH (c:Country)<-[:REPRESENTS]-(m:Mission)-[:LOCATED_IN]->(:Country {iso2: 'CA'})
				RETURN c.iso2 AS country, m.code AS mission ORDER BY m.code LIMIT 1
				""").execute().records().getFirst();
		var csv = new StringBuilder("code,date,status,kind,setting,level,summaryEn,summaryFr,WITH,CONCERNS,ATTENDED_BY,RAISED\n");
		for (int n = 1; n <= count; n++) {
			csv.append(String.join(",", prefix + "-" + n, java.time.LocalDate.of(2020, 1, 1).plusDays(n % 1_500).toString(),
					"HELD", "CALL", "OTTAWA", "DG", "Meeting " + n, "Réunion " + n, "Mission:" + mission.get("mission").asString(),
					mission.get("country").asString(), "\"GAC{lead=true}; IRCC\"", "")).append('\n');
		}
		return csv.toString();
	}
}
