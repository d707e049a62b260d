package ca.engagementgraph.database;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import ca.engagementgraph.MeetingInputs;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestDatabase;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.transfer.GraphImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outage drill, against a Neo4j server in a process of its own: under concurrent reads and writes through the
 * GraphQL API, the database is stopped for 20 seconds and started again on the same store. Reads and writes recover
 * by themselves, writes as soon as reads, and every meeting the API acknowledged is in the graph afterwards.
 * Runs in the standalone-server run of {@code ./mvnw verify} only (the embedded database cannot be stopped under
 * the running service). The meetings are about fictional Drillland (XD), removed afterwards.
 */
@GraphIntegrationTest
@EnabledIfSystemProperty(named = "engagement-graph.test.database", matches = "standalone")
class ExternalDatabaseOutageDrillTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final Duration OUTAGE = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	GraphImporter importer;

	/** One request of the drill: what it was, when it started and ended, and whether it was answered without error. */
	record Call(boolean write, long started, long ended, boolean ok, String code, String answer) {
	}

	@AfterEach
	void removeDrillland() {
		driver.executableQuery("MATCH (n) WHERE n.iso2 = 'XD' OR n.code STARTS WITH 'XD-' DETACH DELETE n").execute();
		driver.executableQuery("MATCH (a:AuditEvent) WHERE a.node STARTS WITH 'XD' OR a.summary CONTAINS 'drillland' DELETE a").execute();
	}

	@Test
	void readsAndWritesRecoverByThemselvesAfterAnOutageAndNothingAcknowledgedIsLost() throws Exception {
		var report = importer.load(List.of(json("countries.json", """
				{"label": "Country", "records": [{"iso2": "XD", "iso3": "XDD", "nameEn": "Drillland", "nameFr": "Exercicie", "region": "ASIA"}]}
				"""), json("missions.json", """
				{"label": "Mission", "records": [{"code": "XD-OTT", "nameEn": "Embassy of Drillland", "nameFr": "Ambassade d'Exercicie",
				  "kind": "EMBASSY", "city": "Ottawa", "REPRESENTS": "XD", "LOCATED_IN": "CA"}]}
				""")), false, "drillland", Loading.Progress.NONE);
		assertThat(report.problems()).isEmpty();

		var server = TestDatabase.standalone();
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		var calls = new ConcurrentLinkedQueue<Call>();
		var acknowledged = ConcurrentHashMap.<String>newKeySet();
		var running = new AtomicBoolean(true);
		var written = new AtomicInteger();
		String record = Files.readString(Path.of("ui-queries/record-meeting.graphql"));
		List<String> reads = List.of(Files.readString(Path.of("ui-queries/gap-by-country.graphql")),
				Files.readString(Path.of("ui-queries/unleveraged-results.graphql")));
		long outageStart;
		long outageEnd;
		try (var load = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int client = 0; client < 4; client++) {
				int reader = client;
				load.submit(() -> {
					for (int n = 0; running.get(); n++) {
						calls.add(call(http, false, reads.get((reader + n) % 2), Map.of("country", "QM"), null));
					}
				});
				load.submit(() -> {
					while (running.get()) {
						String code = "XD-DRILL-" + written.incrementAndGet();
						Call call = call(http, true, record, Map.of("input", meeting(code)), code);
						calls.add(call);
						if (call.ok()) {
							acknowledged.add(code);
						}
					}
				});
			}
			waitUntil(calls, c -> c.write() && c.ok(), 0, "a first write to be acknowledged");
			waitUntil(calls, c -> !c.write() && c.ok(), 0, "a first read to be answered");

			outageStart = System.nanoTime();
			server.stop();
			Thread.sleep(OUTAGE);
			server.start();
			outageEnd = System.nanoTime();

			waitUntil(calls, c -> !c.write() && c.ok(), outageEnd, "reads to recover");
			waitUntil(calls, c -> c.write() && c.ok(), outageEnd, "writes to recover");
			long readsBack = first(calls, c -> !c.write() && c.ok(), outageEnd);
			// Both work again; keep the load on long enough to see writes issued after reads recovered.
			waitUntil(calls, c -> c.write() && c.started() > readsBack && c.ended() > 0, 0, "writes issued after reads recovered");
			Thread.sleep(2_000);
			running.set(false);
		}

		long readsBack = first(calls, c -> !c.write() && c.ok(), outageEnd);
		long writesBack = first(calls, c -> c.write() && c.ok(), outageEnd);
		System.out.printf("Outage drill: %d requests, %d meetings acknowledged; after the database came back, reads answered "
				+ "in %.1f s, writes in %.1f s%n", calls.size(), acknowledged.size(), (readsBack - outageEnd) / 1e9,
				(writesBack - outageEnd) / 1e9);

		long origin = outageStart;
		calls.stream().filter(c -> !c.ok() || c.ended() - c.started() > Duration.ofSeconds(5).toNanos())
			.forEach(c -> System.out.printf("  %s started %+.1f s (outage from 0 to %.1f s), took %.1f s: %s%n",
					c.write() ? "write" : "read ", (c.started() - origin) / 1e9, (outageEnd - origin) / 1e9,
					(c.ended() - c.started()) / 1e9, c.code()));
		assertThat(calls).as("requests during the outage were refused, not hung").anyMatch(c -> c.started() > outageStart
				&& c.ended() < outageEnd && !c.ok());
		// A failure says the database is unavailable (or, while the restarted server is still starting and accepts
		// connections it does not serve yet, the request runs into the HTTP time limit); never an internal error.
		assertThat(calls).filteredOn(c -> !c.ok()).extracting(Call::code).as("failures say the database is unavailable")
			.isSubsetOf("DATABASE_UNAVAILABLE", "HTTP 503");
		// Writes recover as fast as reads: once a read is answered again, no write fails any more, not even one
		// issued during the outage and still retrying (a second allows for a refusal already on its way back).
		assertThat(calls).as("writes that ended after reads recovered")
			.filteredOn(c -> c.write() && c.ended() > readsBack + Duration.ofSeconds(1).toNanos())
			.isNotEmpty()
			.allMatch(Call::ok, "answered without error");
		Set<String> stored = Set.copyOf(driver.executableQuery(
				"MATCH (e:Engagement) WHERE e.code STARTS WITH 'XD-DRILL-' RETURN collect(e.code) AS codes").execute()
			.records().getFirst().get("codes").asList(v -> v.asString()));
		assertThat(stored).as("every acknowledged meeting is in the graph").containsAll(acknowledged);
	}

	private static Loading.Input json(String name, String content) {
		return new Loading.Input(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}

	private static Map<String, Object> meeting(String code) {
		return MeetingInputs.ottawaMeeting(code).on("2026-06-01").kind("CALL").level("WORKING")
			.summary("Outage drill", "Exercice de panne")
			.with("XD-OTT", "XD")
			.build();
	}

	private Call call(HttpClient http, boolean write, String document, Map<String, Object> variables, String code) {
		long started = System.nanoTime();
		try {
			var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
				.timeout(Duration.ofSeconds(90))
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))))
				.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			if (response.statusCode() != 200) {
				return new Call(write, started, System.nanoTime(), false, "HTTP " + response.statusCode(), body);
			}
			var errors = JSON.readTree(body).path("errors");
			boolean refused = write && !JSON.readTree(body).path("data").path("recordEngagement").path("errors").isEmpty();
			String errorCode = errors.isEmpty() ? refused ? "REFUSED" : "OK" : errors.get(0).path("extensions").path("code").asString();
			return new Call(write, started, System.nanoTime(), errors.isEmpty() && !refused, errorCode, body);
		}
		catch (Exception ex) {
			return new Call(write, started, System.nanoTime(), false, ex.getClass().getSimpleName(), String.valueOf(ex.getMessage()));
		}
	}

	private static long first(Iterable<Call> calls, Predicate<Call> condition, long after) {
		long first = Long.MAX_VALUE;
		for (Call c : calls) {
			if (c.started() > after && condition.test(c)) {
				first = Math.min(first, c.ended());
			}
		}
		return first;
	}

	private static void waitUntil(Iterable<Call> calls, Predicate<Call> condition, long after, String what)
			throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (first(calls, condition, after) == Long.MAX_VALUE) {
			if (System.nanoTime() > deadline) {
				var recent = new ArrayList<Call>();
				calls.forEach(recent::add);
				throw new AssertionError("Gave up waiting for " + what + "; last calls: "
						+ recent.subList(Math.max(0, recent.size() - 5), recent.size()));
			}
			Thread.sleep(200);
		}
	}
}
