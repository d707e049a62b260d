package ca.engagementgraph.radar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import ca.engagementgraph.api.AskedFields;
import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.Cursor;
import ca.engagementgraph.api.InvalidInputException;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.api.Today;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.engagement.KeyMessage;
import ca.engagementgraph.model.DerivedConcepts;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * The opportunity radar (MODEL.md, "Opportunity radar"). A page of radar entries is one statement, which brings each
 * entry's first suggestions too (as many as the largest {@code suggestions(first:)} selected): nothing is asked per
 * meeting unless a client pages one meeting's suggestions past the first page.
 */
@Controller
class RadarController {

	/** Suggestions per meeting when the client does not say. */
	static final int DEFAULT_SUGGESTIONS = 5;

	/** A suggestion's cursor names this ordering: its rank. */
	private static final String RANK = "RANK";

	private final GraphReader graph;
	private final KnownCountries countries;
	private final Today today;

	RadarController(GraphReader graph, KnownCountries countries, Today today) {
		this.graph = graph;
		this.countries = countries;
		this.today = today;
	}

	@QueryMapping
	Connection<RadarMeeting> opportunityRadar(@Argument @Nullable LocalDate from, @Argument @Nullable Integer weeks,
			@Argument @Nullable String department, @Argument @Nullable String country, @Argument @Nullable String channel,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var period = period(from, weeks);
		int take = suggestionsAskedFor(env);
		String iso2 = country == null ? null : countries.iso2Of(country, "country");
		var parameters = Parameters.of("from", period.from(), "to", period.to(),
				"department", department == null ? null : department.strip().toUpperCase(java.util.Locale.ROOT),
				"country", iso2, "channel", channel,
				"take", take);
		return graph.page(query(period, iso2 != null), parameters,
				ListRequest.of(env, subrange, first, "DATE", false));
	}

	@QueryMapping
	Connection<UnplannedResult> resultsWithoutPlannedChance(@Argument @Nullable LocalDate from,
			@Argument @Nullable Integer weeks, @Argument @Nullable String country, @Argument @Nullable String channel,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var period = period(from, weeks);
		String iso2 = country == null ? null : countries.iso2Of(country, "country");
		var query = ListQuery.paged(UnplannedResult.class, RadarQuestions.unplannedPages(iso2 != null),
				(row, nodes) -> new UnplannedResult(nodes.map(Result.class, row.get("result")),
						nodes.map(Project.class, row.get("project")), nodes.map(Country.class, row.get("country")),
						row.get("channel").asString(), row.get("daysWaited").asInt()));
		return graph.page(query, Parameters.of("from", period.from(), "to", period.to(), "country", iso2,
				"channel", channel == null ? "OTTAWA" : channel), ListRequest.of(env, subrange, first, "ACHIEVED_ON", false));
	}

	/**
	 * A meeting's suggestions: the first page was fetched with the radar's page; a later one (after a cursor, or
	 * longer than fetched) asks for the entry again with as many as needed, from the start of its ranking. Whether a
	 * page follows is the entry's count of waiting results (its {@code totalCount}), so no suggestion is fetched only
	 * to learn that: a sixth suggestion per entry was a sixth of the page's walks, lookups and returned nodes.
	 */
	@SchemaMapping
	Connection<RadarSuggestion> suggestions(RadarMeeting meeting, @Argument @PageSize @Nullable Integer first,
			ScrollSubrange subrange) {
		var page = PageRequest.of(subrange, first == null ? DEFAULT_SUGGESTIONS : first);
		Cursor after = page.afterFor(RANK);
		int skip = after == null ? 0 : ((Number) after.sortValue()).intValue();
		int end = skip + page.first();
		List<RadarSuggestion> ranked = meeting.ranked();
		if (ranked.size() < Math.min(end, meeting.waitingCount())) {
			ranked = again(meeting, end);
		}
		var shown = ranked.stream().skip(skip).limit(page.first()).toList();
		boolean hasNext = meeting.waitingCount() > end;
		Window<RadarSuggestion> window = Window.from(shown, index -> ScrollPosition
			.forward(new Cursor(RANK, (long) shown.get(index).rank(), shown.get(index).result().code()).keys()), hasNext);
		return Connection.of(window, skip > 0, (long) meeting.waitingCount());
	}

	/** The period asked for: from the day given (today by default), {@code weeks} weeks long (1 to 52, default 8). */
	private Period period(@Nullable LocalDate from, @Nullable Integer weeks) {
		int length = weeks == null ? 8 : weeks;
		if (length < 1 || length > 52) {
			throw new InvalidInputException("OUT_OF_RANGE", "weeks", "radar.weeksOutOfRange", length);
		}
		LocalDate start = from == null ? today.date() : from;
		return new Period(start, start.plusWeeks(length).minusDays(1));
	}

	private record Period(LocalDate from, LocalDate to) {
	}

	/** The entry again, with its first {@code take} suggestions (within the same period: the same other chances). */
	private List<RadarSuggestion> again(RadarMeeting meeting, int take) {
		String[] key = meeting.key().split("\\|", -1);
		var period = new Period(meeting.periodFrom(), meeting.periodTo());
		var parameters = Parameters.of("meeting", key[0], "entryCountry", key[1], "entryChannel", key[2],
				"entryKey", meeting.key(), "take", take, "from", period.from(), "to", period.to());
		var found = graph.rows(RadarQuestions.oneEntry(Visibility.cleared()), parameters, (row, nodes) -> entry(row.get("node"), nodes, period));
		return found.isEmpty() ? meeting.ranked() : found.getFirst().ranked();
	}

	private static ListQuery<RadarMeeting> query(Period period, boolean oneCountry) {
		return ListQuery.paged(RadarMeeting.class, RadarQuestions.radar(oneCountry, Visibility.cleared()),
				(row, nodes) -> entry(row, nodes, period));
	}

	/** An entry of the page, its suggestions ranked and explained. */
	private static RadarMeeting entry(Value row, ListQuery.NodeMapper nodes, Period period) {
		Engagement engagement = nodes.map(Engagement.class, row.get("engagement"));
		Country country = nodes.map(Country.class, row.get("country"));
		String channel = row.get("channel").asString();
		boolean lastChance = row.get("lastChance").asBoolean(false);
		boolean designated = row.get("designated").asBoolean(false);
		var suggestions = new ArrayList<RadarSuggestion>();
		for (Value suggestion : row.get("suggestions").values()) {
			LocalDate achievedOn = suggestion.get("achievedOn").asLocalDate();
			int days = (int) ChronoUnit.DAYS.between(achievedOn, engagement.date());
			var reasons = new ArrayList<RankReason>();
			double waited = (double) days / DerivedConcepts.RADAR_DAYS_PER_POINT;
			reasons.add(new RankReason("WAITED", waited, List.of(days)));
			Result result = nodes.map(Result.class, suggestion.get("result"));
			reasons.add(new RankReason("RESULT_TYPE", DerivedConcepts.radarTypePoints(result.type()), List.of(result.type())));
			if (suggestion.get("keyMessageReady").asBoolean(false)) {
				reasons.add(new RankReason("KEY_MESSAGE_READY", DerivedConcepts.RADAR_KEY_MESSAGE_POINTS, List.of()));
			}
			if (designated) {
				reasons.add(new RankReason("DESIGNATION", DerivedConcepts.RADAR_DESIGNATION_POINTS, List.of()));
			}
			if (lastChance) {
				reasons.add(new RankReason("LAST_CHANCE", DerivedConcepts.RADAR_LAST_CHANCE_POINTS, List.of()));
			}
			double score = reasons.stream().mapToDouble(RankReason::points).sum();
			int chances = Math.max(0, suggestion.get("otherChances").asInt(0));
			suggestions.add(new RadarSuggestion(suggestions.size() + 1, score, result,
					nodes.map(Project.class, suggestion.get("project")), days, List.copyOf(reasons),
					suggestion.get("keyMessage").isNull() ? null : nodes.map(KeyMessage.class, suggestion.get("keyMessage")),
					suggestion.get("accepted").asBoolean(false), chances));
		}
		return new RadarMeeting(engagement, country, channel,
				row.get("counterpart").isNull() ? null : nodes.map(Object.class, row.get("counterpart")),
				row.get("waitingCount").asInt(), row.get("key").isNull() ? "" : row.get("key").asString(),
				List.copyOf(suggestions), period.from(), period.to());
	}

	/** The most suggestions any selection of {@code suggestions} asks for (a page at most; 0 when not selected). */
	private static int suggestionsAskedFor(DataFetchingEnvironment env) {
		return AskedFields.largestPage(env, null, "suggestions", DEFAULT_SUGGESTIONS);
	}
}
