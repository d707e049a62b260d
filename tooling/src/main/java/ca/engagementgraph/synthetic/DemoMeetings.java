package ca.engagementgraph.synthetic;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import ca.engagementgraph.model.EngagementKind;
import ca.engagementgraph.model.EngagementLevel;
import ca.engagementgraph.model.EngagementStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neo4j.driver.Driver;

/**
 * Meeting records for the graph a service already holds (the demo scenario), as an import file: an
 * {@code engagements.csv} the importer reads like any spreadsheet. Deterministic by seed. Each meeting is with a
 * country's mission in Ottawa or one of its authorities, has one lead department, and (when held) raises results
 * of that country achieved before its date, so it passes every rule of the model. Used to grow the demo graph for
 * the load drill ({@code load} command) and by tests that need a large import.
 */
public final class DemoMeetings {

	private static final String COUNTERPARTS = """
			MATCH (c:Country)<-[:REPRESENTS]-(m:Mission)-[:LOCATED_IN]->(:Country {iso2: 'CA'})
			RETURN c.iso2 AS country, 'Mission:' + m.code AS counterpart, 'OTTAWA' AS setting
			UNION
			MATCH (c:Country)<-[:OF]-(a:Authority)
			RETURN c.iso2 AS country, 'Authority:' + a.code AS counterpart, 'IN_COUNTRY' AS setting
			""";

	private static final String RESULTS = """
			MATCH (c:Country)<-[:IN]-(:Project)<-[:OF]-(r:Result)
			RETURN c.iso2 AS country, r.code AS result, r.achievedOn AS achievedOn
			""";

	private record Counterpart(String country, String reference, String setting) {
	}

	private record Achieved(String code, LocalDate on) {
	}

	private static final EngagementKind[] KINDS = { EngagementKind.BILATERAL_MEETING, EngagementKind.HEAD_OF_MISSION_MEETING,
			EngagementKind.CALL, EngagementKind.BRIEFING };
	private static final EngagementLevel[] LEVELS = { EngagementLevel.ADM, EngagementLevel.DG, EngagementLevel.DIRECTOR,
			EngagementLevel.WORKING };
	private static final String[] LEADS = { "CBSA", "GAC", "IRCC" };

	private DemoMeetings() {
	}

	/** {@code count} meetings coded {@code prefix-1} ... over the graph the driver reaches, as CSV. */
	public static String csv(Driver driver, int count, long seed, String prefix) {
		List<Counterpart> counterparts = driver.executableQuery(COUNTERPARTS).execute().records().stream()
			.map(r -> new Counterpart(r.get("country").asString(), r.get("counterpart").asString(), r.get("setting").asString()))
			.sorted(Comparator.comparing(Counterpart::reference))
			.toList();
		Map<String, List<Achieved>> results = driver.executableQuery(RESULTS).execute().records().stream()
			.map(r -> Map.entry(r.get("country").asString(), new Achieved(r.get("result").asString(), r.get("achievedOn").asLocalDate())))
			.collect(Collectors.groupingBy(Map.Entry::getKey, java.util.TreeMap::new, Collectors.mapping(Map.Entry::getValue,
					Collectors.collectingAndThen(Collectors.toList(),
							list -> list.stream().sorted(Comparator.comparing(Achieved::code)).toList()))));
		if (counterparts.isEmpty()) {
			throw new IllegalStateException("The graph has no mission or authority to meet: load the demo data first.");
		}
		var random = new Random(seed);
		LocalDate first = LocalDate.of(2019, 4, 1);
		int days = (int) (LocalDate.of(2027, 3, 31).toEpochDay() - first.toEpochDay());
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("code", "date", "status", "kind",
				"setting", "level", "summaryEn", "summaryFr", "WITH", "CONCERNS", "ATTENDED_BY", "RAISED").get())) {
			LocalDate today = LocalDate.of(2026, 11, 21);
			for (int n = 1; n <= count; n++) {
				Counterpart with = counterparts.get(random.nextInt(counterparts.size()));
				LocalDate date = first.plusDays(random.nextInt(days));
				boolean held = date.isBefore(today) ? random.nextInt(20) > 0 : false;
				EngagementStatus status = held ? EngagementStatus.HELD
						: date.isBefore(today) ? EngagementStatus.CANCELLED : EngagementStatus.PLANNED;
				var raised = new ArrayList<String>();
				if (held) {
					var achieved = results.getOrDefault(with.country(), List.of()).stream()
						.filter(r -> !r.on().isAfter(date)).toList();
					for (int i = random.nextInt(4); i > 0 && !achieved.isEmpty(); i--) {
						String code = "Result:" + achieved.get(random.nextInt(achieved.size())).code();
						if (!raised.contains(code)) {
							raised.add(code);
						}
					}
				}
				String lead = LEADS[random.nextInt(LEADS.length)];
				String other = LEADS[(java.util.Arrays.asList(LEADS).indexOf(lead) + 1 + random.nextInt(2)) % LEADS.length];
				csv.printRecord(prefix + "-" + n, date, status, KINDS[random.nextInt(KINDS.length)], with.setting(),
						LEVELS[random.nextInt(LEVELS.length)],
						String.format(Locale.ROOT, "Generated meeting %d on cooperation with %s", n, with.country()),
						String.format(Locale.ROOT, "Réunion générée %d sur la coopération avec %s", n, with.country()),
						with.reference(), with.country(), lead + "{lead=true}; " + other, String.join("; ", raised));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}
}
