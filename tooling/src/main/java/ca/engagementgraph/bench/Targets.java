package ca.engagementgraph.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 15's (and issue 17's radar) targets beside the figures of one run: p95 with 8 clients (over the benchmark's rotation of countries,
 * from the busiest to a quiet one), requests per second, GraphQL end to end against the raw Cypher for the same
 * answer, the load rate and the start. A figure the run did not measure (a document left out with {@code --only})
 * is shown as such, never as met.
 */
final class Targets {

	private record Target(String what, String document, String figure, double limit, boolean atMost) {
	}

	private static final List<Target> TARGETS = List.of(
			new Target("headline (page of 20) p95, 8 clients", "unleveraged-results", "p95", 50, true),
			new Target("headline requests/s, 8 clients", "unleveraged-results", "rps", 300, false),
			new Target("headline as of a date p95", "unleveraged-results:asOf", "p95", 100, true),
			new Target("headline attended by a department p95", "unleveraged-results:attendedBy", "p95", 100, true),
			new Target("headline on another channel p95", "unleveraged-results:channel", "p95", 100, true),
			new Target("coverage, one country p95", "gap-by-country:one", "p95", 50, true),
			new Target("coverage, all countries p95", "gap-by-country", "p95", 200, true),
			new Target("missed opportunities (a page) p95", "missed-opportunities", "p95", 100, true),
			new Target("briefing p95", "briefing-pack", "p95", 100, true),
			new Target("dissemination gaps (a page) p95", "dissemination-gaps", "p95", 100, true),
			new Target("TD timeline p95", "td-timeline", "p95", 100, true),
			new Target("engagement register p95", "engagement-register", "p95", 100, true),
			new Target("country profile p95", "country-profile", "p95", 100, true),
			new Target("recording a meeting that raises 10 results p95", "record-meeting", "p95", 50, true),
			new Target("opportunity radar, one country p95", "radar", "p95", 100, true),
			new Target("opportunity radar, all countries p95", "radar:all", "p95", 100, true),
			new Target("results without a planned chance p95", "radar-unplanned", "p95", 100, true));

	private Targets() {
	}

	/** Whether a read document has a latency target: the benchmark warms it until its latency has settled. */
	static boolean hasLatencyTarget(String document) {
		return TARGETS.stream().anyMatch(target -> target.document().equals(document) && target.figure().equals("p95"));
	}

	@SuppressWarnings("unchecked")
	static void print(Map<String, Object> documents, double rowsPerSecond, double startupSeconds, Map<String, Object> starts,
			PrintStream out) {
		out.println("Issue 15's targets (8 clients; p95 over the rotation of countries):");
		out.printf("  %-44s %12s %12s %6s%n", "target", "measured", "target", "met");
		for (Target target : TARGETS) {
			var document = (Map<String, Object>) documents.get(target.document());
			Double value = null;
			if (document != null && document.get("byClients") instanceof Map<?, ?> byClients
					&& byClients.get("8") instanceof Map<?, ?> eight) {
				value = ((Number) eight.get(target.figure().equals("p95") ? "p95Ms" : "throughputPerSecond")).doubleValue();
			}
			row(out, target.what(), value, target.limit(), target.atMost(), target.figure().equals("p95") ? "ms" : "/s");
		}
		var comparisons = new java.util.LinkedHashMap<String, Object>();
		documents.forEach((name, document) -> {
			if (((Map<String, Object>) document).get("againstCypher") instanceof Map<?, ?> against) {
				comparisons.put(name, against);
			}
		});
		ratio(out, "GraphQL / raw Cypher, p50, worst question", comparisons);
		row(out, "bulk load into an empty graph", rowsPerSecond, 50_000, false, "rows/s");
		row(out, "start to first answer, data on disk", startupSeconds, 15, true, "s");
		row(out, "demo: first start, empty data folder", seconds(starts, "demoFirstStartSeconds"), 15, true, "s");
		row(out, "demo: restart", seconds(starts, "demoRestartSeconds"), 10, true, "s");
	}

	/**
	 * The ratio's target on the demo graph (issue 15: "at L and on the demo graph"), from the benchmark's pass over the
	 * demo's data ({@code demoAgainstCypher}, each question's comparison at 1 and 8 clients).
	 */
	static void printDemo(Map<String, Object> comparisons, PrintStream out) {
		out.println("Issue 15's ratio on the demo graph (8 clients):");
		ratio(out, "demo: GraphQL / raw Cypher, p50, worst", comparisons);
	}

	/** The worst p50 ratio at 8 clients among the questions' comparisons, and each beside it. */
	private static void ratio(PrintStream out, String what, Map<String, Object> comparisons) {
		var ratios = new ArrayList<String>();
		double worst = 0;
		for (var entry : comparisons.entrySet()) {
			if (entry.getValue() instanceof Map<?, ?> against && against.get("8") instanceof Map<?, ?> eight) {
				double ratio = ((Number) eight.get("ratioP50")).doubleValue();
				worst = Math.max(worst, ratio);
				ratios.add(String.format(Locale.ROOT, "%s %.2f", entry.getKey(), ratio));
			}
		}
		row(out, what, ratios.isEmpty() ? null : worst, 1.3, true, "x");
		if (!ratios.isEmpty()) {
			out.println("    (" + String.join(", ", ratios) + ")");
		}
	}

	private static Double seconds(Map<String, Object> starts, String figure) {
		return starts.get(figure) instanceof Number number ? number.doubleValue() : null;
	}

	private static void row(PrintStream out, String what, Double value, double limit, boolean atMost, String unit) {
		String measured = value == null ? "not run" : String.format(Locale.ROOT, "%,.1f %s", value, unit);
		String met = value == null ? "-" : (atMost ? value <= limit : value >= limit) ? "yes" : "NO";
		out.printf(Locale.ROOT, "  %-44s %12s %12s %6s%n", what, measured,
				(atMost ? "<= " : ">= ") + String.format(Locale.ROOT, "%,.1f", limit), met);
	}
}
