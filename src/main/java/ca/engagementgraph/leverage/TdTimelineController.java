package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

import ca.engagementgraph.api.AskedFields;
import ca.engagementgraph.api.Projected;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.cooperation.TdStat;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Visibility;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Question 7: TD issuance against engagement. The TD figures come from the statistics, the engagement side from the
 * leverage ledger; lining quarters up and comparing
 * the four quarters before and after the first Ottawa leveraging (its own quarter left out, as it mixes both) is
 * arithmetic, done here.
 */
@Controller
class TdTimelineController {

	static final int WINDOW_QUARTERS = 4;

	private final GraphReader graph;
	private final KnownCountries countries;

	TdTimelineController(GraphReader graph, KnownCountries countries) {
		this.graph = graph;
		this.countries = countries;
	}

	/** How many meetings a quarter lists when the client does not say. */
	static final int DEFAULT_MEETINGS_PER_QUARTER = 10;

	/**
	 * Every field {@link LedgerQuestions#TD_TIMELINE_FROM_ROWS} answers, by its path under {@code tdTimeline}: the
	 * dashboard's panel lists meetings by code and date, which the ledger's meeting rows hold.
	 */
	static final Set<String> MEETINGS_FROM_ROWS = AskedFields.paths(
			"", "country quarters firstOttawaLeveraging before after",
			"country", "iso2 iso3 name nameEn nameFr region",
			"quarters", "quarter requested issued issuedRatio medianDaysToIssue resultsRaised engagementCount engagements",
			"quarters/engagements", "code date", "firstOttawaLeveraging", "code date",
			"before", "quarters requested issued issuedRatio meanMedianDaysToIssue",
			"after", "quarters requested issued issuedRatio meanMedianDaysToIssue");

	/** A quarter's meetings: {@link Engagement} records, or their code and date ({@link Projected}). */
	private record RaisingQuarter(String quarter, int meetingCount, int citations, List<?> meetings) {
	}

	/**
	 * What the one statement brings: the country, its statistics, its raising quarters and its first leveraging (an
	 * {@link Engagement}, or its code and date), with the date it pivots on.
	 */
	private record Answer(Country country, List<TdStat> stats, List<RaisingQuarter> quarters, @Nullable Object first,
			@Nullable LocalDate firstDate) {
	}

	@QueryMapping
	TdTimeline tdTimeline(@Argument String country, DataFetchingEnvironment env) {
		return tdTimeline(country, meetingsAskedFor(env), AskedFields.within(env, MEETINGS_FROM_ROWS));
	}

	/**
	 * The timeline, each quarter listing at most {@code meetingsPerQuarter} of its meetings. The engagement side
	 * comes from the leverage ledger (the quarter counters, the meeting rows): a quarter costs its counters and the
	 * meetings listed, never a walk over every meeting of a busy country.
	 */
	TdTimeline tdTimeline(String country, int meetingsPerQuarter) {
		return tdTimeline(country, meetingsPerQuarter, false);
	}

	/**
	 * The same, the meetings as their ledger rows know them (code and date) when {@code fromRows}: what the client
	 * asked lies within {@link #MEETINGS_FROM_ROWS}.
	 */
	TdTimeline tdTimeline(String country, int meetingsPerQuarter, boolean fromRows) {
		String iso2 = countries.iso2Of(country, "country");
		BiFunction<Value, ListQuery.NodeMapper, Object> meeting = fromRows
				? (m, nodes) -> Projected.of(Map.of("code", m.get("code").asString(), "date", m.get("date").asLocalDate()))
				: (m, nodes) -> nodes.map(Engagement.class, m);
		var answer = graph.rows(fromRows ? LedgerQuestions.TD_TIMELINE_FROM_ROWS : LedgerQuestions.TD_TIMELINE,
				Map.of("country", iso2, "u", Visibility.cleared() ? "" : "U", "meetingsPerQuarter", meetingsPerQuarter),
				(row, nodes) -> new Answer(nodes.map(Country.class, row.get("country")),
						row.get("stats").asList(stat -> nodes.map(TdStat.class, stat)),
						row.get("quarters").asList(quarter -> new RaisingQuarter(quarter.get("quarter").asString(),
								quarter.get("meetingCount").asInt(), quarter.get("citations").asInt(),
								quarter.get("meetings").asList(m -> meeting.apply(m, nodes)))),
						row.get("first").isNull() ? null : meeting.apply(row.get("first"), nodes),
						row.get("first").isNull() ? null : row.get("first").get("date").asLocalDate()))
			.getFirst();
		Country subject = answer.country();
		List<TdStat> stats = answer.stats();
		List<RaisingQuarter> raising = answer.quarters();
		Object first = answer.first();

		var statsByQuarter = new TreeMap<String, TdStat>();
		stats.forEach(stat -> statsByQuarter.put(stat.quarter(), stat));
		var raisingByQuarter = new TreeMap<String, RaisingQuarter>();
		raising.forEach(quarter -> raisingByQuarter.put(quarter.quarter(), quarter));

		var quarters = new ArrayList<TdQuarter>();
		for (String quarter : new TreeSet<>(concat(statsByQuarter.keySet(), raisingByQuarter.keySet()))) {
			TdStat stat = statsByQuarter.get(quarter);
			RaisingQuarter meetings = raisingByQuarter.get(quarter);
			quarters.add(new TdQuarter(quarter, stat == null ? null : stat.requested(), stat == null ? null : stat.issued(),
					stat == null ? null : stat.medianDaysToIssue(), meetings == null ? 0 : meetings.meetingCount(),
					meetings == null ? List.of() : meetings.meetings(), meetings == null ? 0 : meetings.citations()));
		}

		if (first == null) {
			return new TdTimeline(subject, quarters, null, null, null);
		}
		String pivot = Quarters.of(Objects.requireNonNull(answer.firstDate()));
		return new TdTimeline(subject, quarters, first, window(statsByQuarter, pivot, -WINDOW_QUARTERS),
				window(statsByQuarter, pivot, WINDOW_QUARTERS));
	}

	/** The most meetings any selection of a quarter's {@code engagements} asks for (a page at most). */
	private static int meetingsAskedFor(DataFetchingEnvironment env) {
		return AskedFields.largestPage(env, "quarters", "engagements", DEFAULT_MEETINGS_PER_QUARTER);
	}

	/** The quarters next to {@code pivot} (before it when {@code span} is negative), the pivot left out. */
	private static TdWindow window(Map<String, TdStat> stats, String pivot, int span) {
		var inWindow = new ArrayList<TdStat>();
		for (int step = 1; step <= Math.abs(span); step++) {
			TdStat stat = stats.get(Quarters.shift(pivot, Integer.signum(span) * step));
			if (stat != null) {
				inWindow.add(stat);
			}
		}
		inWindow.sort((a, b) -> a.quarter().compareTo(b.quarter()));
		var medians = inWindow.stream().filter(s -> s.medianDaysToIssue() != null)
			.mapToDouble(TdStat::medianDaysToIssue).average();
		return new TdWindow(inWindow.stream().map(TdStat::quarter).toList(),
				inWindow.stream().mapToLong(TdStat::requested).sum(), inWindow.stream().mapToLong(TdStat::issued).sum(),
				medians.isPresent() ? medians.getAsDouble() : null);
	}

	private static List<String> concat(java.util.Set<String> a, java.util.Set<String> b) {
		var all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}
}
