package ca.engagementgraph.soak;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ca.engagementgraph.tooling.CommandOptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar engagement-graph-tooling.jar soak [--minutes 10] [--clients 8] [--writes 20] [--meetings 0]}: starts the
 * service (with the demo data, in its own data folder unless told otherwise) and drives it over HTTP with mixed reads
 * (the dashboards' documents) and writes (meetings recorded), printing each minute the requests, unexpected errors,
 * latency percentiles and the heap after a collection; at the end, the heap trend and every unexpected error by
 * document and code. {@code --writes} is the share of writes in percent (0: the dashboards alone);
 * {@code --meetings N} first grows the demo graph by N generated meetings, imported as a spreadsheet through the
 * importer (the load drill: {@code soak --minutes 2 --clients 16 --writes 0 --meetings 20000}). Never part of the
 * test suite.
 */
public final class SoakCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private record Call(String name, String document, Map<String, Object> variables) {
	}

	private SoakCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out) throws Exception {
		List<String> arguments = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
		int minutes = Integer.parseInt(CommandOptions.take(arguments, "--minutes", "10"));
		int clients = Integer.parseInt(CommandOptions.take(arguments, "--clients", "8"));
		int writes = Integer.parseInt(CommandOptions.take(arguments, "--writes", "20"));
		int meetings = Integer.parseInt(CommandOptions.take(arguments, "--meetings", "0"));
		var settings = new ArrayList<>(List.of("--server.port=0", "--engagement-graph.embedded.bolt-port=0",
				"--engagement-graph.embedded.data-dir=soak-data", "--logging.level.root=warn"));
		arguments.stream().filter(a -> a.startsWith("--")).forEach(settings::add);
		try (var service = new SpringApplicationBuilder(application).run(settings.toArray(String[]::new))) {
			String endpoint = "http://localhost:" + service.getEnvironment().getProperty("local.server.port") + "/graphql";
			String password = service.getEnvironment().getProperty("engagement-graph.security.demo-password", "demo");
			if (meetings > 0) {
				growDemoGraph(service, meetings, out);
			}
			return soak(endpoint, "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes()),
					minutes, clients, writes, out);
		}
	}

	/** Imports {@code meetings} generated meetings into the demo graph, once (a folder that holds them is left alone). */
	private static void growDemoGraph(org.springframework.context.ConfigurableApplicationContext service, int meetings,
			PrintStream out) {
		var driver = service.getBean(org.neo4j.driver.Driver.class);
		long present = driver.executableQuery("MATCH (e:Engagement) WHERE e.code STARTS WITH 'LOAD-' RETURN count(e) AS n")
			.execute().records().getFirst().get("n").asLong();
		if (present >= meetings) {
			out.printf(Locale.ROOT, "The graph already holds %,d generated meetings%n", present);
			return;
		}
		String csv = ca.engagementgraph.synthetic.DemoMeetings.csv(driver, meetings, 7, "LOAD");
		long started = System.nanoTime();
		var report = service.getBean(ca.engagementgraph.transfer.GraphImporter.class).load(
				List.of(new ca.engagementgraph.loading.Loading.Input("engagements.csv",
						new java.io.ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))),
				false, "soak", (done, total) -> {
				});
		if (!report.ok()) {
			throw new IllegalStateException("The generated meetings were refused: " + report.problems());
		}
		out.printf(Locale.ROOT, "Imported %,d generated meetings (%,d rows) in %.1f s%n", meetings,
				report.nodes() + report.relationships(), (System.nanoTime() - started) / 1e9);
	}

	static int soak(String endpoint, String authorization, int minutes, int clients, int writes, PrintStream out)
			throws Exception {
		var reads = reads();
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		var latencies = new ConcurrentLinkedQueue<Long>();
		var byDocument = new java.util.concurrent.ConcurrentSkipListMap<String, ConcurrentLinkedQueue<Long>>();
		var unexpected = new AtomicInteger();
		var failures = new java.util.concurrent.ConcurrentSkipListMap<String, AtomicInteger>();
		var requests = new AtomicLong();
		var written = new AtomicLong();
		long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
		var heapByMinute = new ArrayList<Double>();
		out.printf("Soak: %d client(s) for %d minute(s), %d%% writes, against %s%n", clients, minutes, writes, endpoint);
		out.println("minute  requests  unexpected  p50 ms  p95 ms  p99 ms  heap MB (after GC)");
		try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				int client = c;
				pool.submit(() -> {
					var random = new java.util.Random(client);
					while (System.nanoTime() < end) {
						Call call = random.nextInt(100) >= writes ? reads.get(random.nextInt(reads.size()))
								: write(client, written.incrementAndGet());
						long started = System.nanoTime();
						String outcome = send(http, endpoint, authorization, call);
						long micros = (System.nanoTime() - started) / 1_000;
						latencies.add(micros);
						byDocument.computeIfAbsent(call.name(), k -> new ConcurrentLinkedQueue<>()).add(micros);
						requests.incrementAndGet();
						if (!outcome.equals("OK")) {
							unexpected.incrementAndGet();
							failures.computeIfAbsent(call.name() + " " + outcome, k -> new AtomicInteger()).incrementAndGet();
						}
					}
					return null;
				});
			}
			for (int minute = 1; minute <= minutes; minute++) {
				Thread.sleep(Duration.ofMinutes(1));
				var sample = new ArrayList<Long>();
				Long value;
				while ((value = latencies.poll()) != null) {
					sample.add(value);
				}
				sample.sort(null);
				System.gc();
				double heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1_048_576.0;
				heapByMinute.add(heap);
				out.printf(Locale.ROOT, "%6d  %8d  %10d  %6.1f  %6.1f  %6.1f  %8.1f%n", minute, sample.size(),
						unexpected.getAndSet(0), percentile(sample, 50), percentile(sample, 95), percentile(sample, 99), heap);
			}
		}
		double slope = slope(heapByMinute);
		out.printf(Locale.ROOT, "Total %d requests; heap trend %+.2f MB/minute over the run%n", requests.get(), slope);
		out.println("document                  requests  p50 ms  p95 ms  max ms");
		byDocument.forEach((name, samples) -> {
			var sorted = new ArrayList<>(samples);
			sorted.sort(null);
			out.printf(Locale.ROOT, "%-24s  %8d  %6.0f  %6.0f  %6.0f%n", name, sorted.size(), percentile(sorted, 50),
					percentile(sorted, 95), percentile(sorted, 100));
		});
		if (failures.isEmpty()) {
			out.println("No unexpected errors.");
		}
		failures.forEach((what, count) -> out.printf(Locale.ROOT, "  %6d  %s%n", count.get(), what));
		return failures.isEmpty() ? 0 : 1;
	}

	/** The dashboards' documents with realistic variables, read from the jar. */
	private static List<Call> reads() throws IOException {
		Map<String, Map<String, Object>> variables = Map.ofEntries(Map.entry("unleveraged-results", Map.of("country", "QM")),
				Map.entry("missed-opportunities", Map.of("country", "QN")), Map.entry("project-coverage", Map.of("country", "QR")),
				Map.entry("td-timeline", Map.of("country", "QM")),
				Map.entry("briefing-pack", Map.of("engagement", "QN-HOM-2026-12-08")),
				Map.entry("dissemination-gaps", Map.of("department", "CBSA")), Map.entry("country-profile", Map.of("code", "QT")),
				Map.entry("engagement-plan", Map.of("country", "QN")), Map.entry("neighbourhood", Map.of("key", "QM-R04")),
				Map.entry("path", Map.of("from", "QM-R04", "to", "CBSA")), Map.entry("search", Map.of("text", "border")));
		var calls = new ArrayList<Call>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath*:ui-queries/*.graphql")) {
			String name = resource.getFilename().replace(".graphql", "");
			if (name.equals("record-meeting")) {
				continue; // the meeting form's mutation: writes are generated apart
			}
			calls.add(new Call(name, resource.getContentAsString(StandardCharsets.UTF_8), variables.getOrDefault(name, Map.of())));
		}
		return calls;
	}

	/** A write: a new meeting for the client, or an update of its previous one (versions tracked by the server). */
	private static Call write(int client, long n) {
		String code = "SOAK-" + client + "-" + n;
		return new Call("recordEngagement", """
				mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { engagement { version } errors { code } } }
				""", Map.of("input", Map.ofEntries(Map.entry("code", code), Map.entry("date", "2025-06-01"),
				Map.entry("status", "HELD"), Map.entry("kind", "CALL"), Map.entry("setting", "OTTAWA"),
				Map.entry("level", "WORKING"), Map.entry("summaryEn", "Soak meeting " + n),
				Map.entry("summaryFr", "Réunion " + n), Map.entry("counterpart", "QM-OTT"),
				Map.entry("countries", List.of("QM")),
				Map.entry("attendance", List.of(Map.of("participant", "CBSA", "lead", true))),
				Map.entry("raisedResults", List.of("QM-R01")))));
	}

	/** "OK", or what went wrong: the HTTP status, the first error's code, or the exception. */
	private static String send(HttpClient http, String endpoint, String authorization, Call call) {
		try {
			var request = HttpRequest.newBuilder(URI.create(endpoint))
				.header("Content-Type", "application/json")
				.header("Authorization", authorization)
				// Longer than the service's own limits, so that its answer (a 503 or an error code) is what counts.
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", call.document(),
						"variables", call.variables()))))
				.build();
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return "HTTP " + response.statusCode();
			}
			var body = JSON.readTree(response.body());
			if (!body.path("errors").isEmpty()) {
				return body.path("errors").get(0).path("extensions").path("code").asString("no code");
			}
			var payloadErrors = body.path("data").path("recordEngagement").path("errors");
			return payloadErrors.isEmpty() ? "OK" : "refused " + payloadErrors.get(0).path("code").asString();
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			return ex.getClass().getSimpleName();
		}
	}

	private static double percentile(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
	}

	/** Least-squares slope of the heap over the minutes, skipping the first (warm-up). */
	private static double slope(List<Double> heap) {
		var points = heap.size() > 2 ? heap.subList(1, heap.size()) : heap;
		int n = points.size();
		if (n < 2) {
			return 0;
		}
		double meanX = (n - 1) / 2.0;
		double meanY = points.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		double covariance = 0;
		double variance = 0;
		for (int i = 0; i < n; i++) {
			covariance += (i - meanX) * (points.get(i) - meanY);
			variance += (i - meanX) * (i - meanX);
		}
		return covariance / variance;
	}
}
