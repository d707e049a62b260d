package ca.engagementgraph.leverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import ca.engagementgraph.cooperation.TdStat;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.graph.GraphReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Question 7: TD issuance against engagement. The figures come from two queries; lining quarters up and comparing
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

	private record RaisingMeeting(Engagement meeting, int resultsRaised, boolean ottawa) {
	}

	@QueryMapping
	TdTimeline tdTimeline(@Argument String country) {
		String iso2 = countries.iso2Of(country, "country");
		Map<String, Object> parameters = Map.of("country", iso2);
		List<TdStat> stats = graph.rows(LeverageQueries.TD_STATISTICS, parameters,
				(row, nodes) -> nodes.map(TdStat.class, row.get("stat")));
		List<RaisingMeeting> meetings = graph.rows(LeverageQueries.RAISING_MEETINGS, parameters,
				(row, nodes) -> new RaisingMeeting(nodes.map(Engagement.class, row.get("meeting")),
						row.get("resultsRaised").asInt(), row.get("ottawa").asBoolean()));
		Country subject = graph.rows(LeverageQueries.TD_TIMELINE_COUNTRY, parameters,
				(row, nodes) -> nodes.map(Country.class, row.get("country"))).getFirst();

		var statsByQuarter = new TreeMap<String, TdStat>();
		stats.forEach(stat -> statsByQuarter.put(stat.quarter(), stat));
		var meetingsByQuarter = new TreeMap<String, List<RaisingMeeting>>();
		meetings.forEach(m -> meetingsByQuarter.computeIfAbsent(Quarters.of(m.meeting().date()), q -> new ArrayList<>()).add(m));

		var quarters = new ArrayList<TdQuarter>();
		for (String quarter : new TreeSet<>(concat(statsByQuarter.keySet(), meetingsByQuarter.keySet()))) {
			TdStat stat = statsByQuarter.get(quarter);
			List<RaisingMeeting> raising = meetingsByQuarter.getOrDefault(quarter, List.of());
			quarters.add(new TdQuarter(quarter, stat == null ? null : stat.requested(), stat == null ? null : stat.issued(),
					stat == null ? null : stat.medianDaysToIssue(), raising.stream().map(RaisingMeeting::meeting).toList(),
					raising.stream().mapToInt(RaisingMeeting::resultsRaised).sum()));
		}

		Engagement first = meetings.stream().filter(RaisingMeeting::ottawa).map(RaisingMeeting::meeting).findFirst()
			.orElse(null);
		if (first == null) {
			return new TdTimeline(subject, quarters, null, null, null);
		}
		String pivot = Quarters.of(first.date());
		return new TdTimeline(subject, quarters, first, window(statsByQuarter, pivot, -WINDOW_QUARTERS),
				window(statsByQuarter, pivot, WINDOW_QUARTERS));
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
