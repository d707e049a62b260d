package ca.engagementgraph.leverage;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.InvalidInputException;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.cooperation.Decision;
import ca.engagementgraph.cooperation.TdStat;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.engagement.Action;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.engagement.KeyMessage;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * Question 4: the briefing pack for a planned meeting. Each section is one query, run only when the client asks
 * for it; a briefing is a single object, so this is no N+1.
 */
@Controller
class BriefingController {

	/** Open actions listed when the client does not say (the schema's default). */
	static final int DEFAULT_OPEN_ACTIONS = 20;

	private final GraphReader graph;
	private final @Nullable BriefingPack pack;

	/** Without the one-statement pack (a controller slice test), every briefing goes section by section. */
	BriefingController(GraphReader graph, ObjectProvider<BriefingPack> pack) {
		this.graph = graph;
		this.pack = pack.getIfAvailable();
	}

	/**
	 * The pack of a planned meeting; with its sections read by the same statement when it reads everything the client
	 * asked (section by section, the demo's briefing pack was seven statements).
	 */
	@QueryMapping
	Object briefing(@Argument String engagement, DataFetchingEnvironment env) {
		if (pack != null && pack.answers(env)) {
			return pack.of(engagement, env);
		}
		return briefingOf(engagement);
	}

	/** The pack's meeting, counterpart and country, for its sections' own controllers. */
	Briefing briefingOf(String engagement) {
		var briefings = graph.rows(LeverageQueries.BRIEFING_MEETING, Map.of("engagement", engagement),
				(row, nodes) -> new Briefing(nodes.map(Engagement.class, row.get("meeting")),
						row.get("counterpart").isNull() ? null : nodes.map(Object.class, row.get("counterpart")),
						row.get("country").isNull() ? null : nodes.map(Country.class, row.get("country"))));
		if (briefings.isEmpty()) {
			throw unknown(engagement);
		}
		Briefing briefing = briefings.getFirst();
		if (!"PLANNED".equals(briefing.engagement().status())) {
			throw notPlanned(engagement, briefing.engagement().status());
		}
		return briefing;
	}

	static InvalidInputException unknown(String engagement) {
		return new InvalidInputException("UNKNOWN_ENGAGEMENT", "engagement", "input.unknownEngagement",
				ca.engagementgraph.model.GraphModel.shown(engagement));
	}

	static InvalidInputException notPlanned(String engagement, String status) {
		return new InvalidInputException("ENGAGEMENT_NOT_PLANNED", "engagement", "input.engagementNotPlanned",
				engagement, status);
	}


	/**
	 * The results to raise, a page at a time from the leverage ledger (the counterparts each result was raised with
	 * are on its row): a briefing never lists the whole country.
	 */
	@SchemaMapping
	Connection<BriefingResult> resultsToRaise(Briefing briefing, @Argument @PageSize @Nullable Integer first,
			ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(RESULTS_TO_RAISE, resultsToRaiseParameters(briefing),
				ListRequest.of(env, subrange, first, "ACHIEVED_ON", false));
	}

	static final ListQuery<BriefingResult> RESULTS_TO_RAISE = ListQuery.paged(BriefingResult.class,
			LedgerQuestions.briefingResults(),
			(row, nodes) -> new BriefingResult(nodes.map(Result.class, row.get("result")),
					nodes.map(Project.class, row.get("project")),
					row.get("keyMessages").asList(message -> nodes.map(KeyMessage.class, message))));

	/** The country (none: no rows) and the counterpart's code (none: every result is still to raise). */
	static Map<String, Object> resultsToRaiseParameters(Briefing briefing) {
		String counterpart = counterpartCode(briefing.counterpart());
		return Parameters.of("country", briefing.country() == null ? null : briefing.country().iso2(),
				"counterpart", counterpart == null ? "" : counterpart);
	}

	@SchemaMapping
	List<TdStat> tdTrend(Briefing briefing) {
		return sectionAbout(briefing, LeverageQueries.BRIEFING_TD_TREND, "stat", TdStat.class);
	}

	@SchemaMapping
	List<Decision> latestDecisions(Briefing briefing) {
		return sectionAbout(briefing, LeverageQueries.BRIEFING_DECISIONS, "decision", Decision.class);
	}

	/** The soonest due first, {@code first} of them (20 when not said). */
	@SchemaMapping
	List<Action> openActions(Briefing briefing, @Argument @PageSize @Nullable Integer first, DataFetchingEnvironment env) {
		List<Action> soonest = openActionsOf(briefing, env).soonest();
		return soonest.subList(0, Math.min(soonest.size(), first == null ? DEFAULT_OPEN_ACTIONS : first));
	}

	@SchemaMapping
	int openActionCount(Briefing briefing, DataFetchingEnvironment env) {
		return openActionsOf(briefing, env).total();
	}

	/** How many open actions the briefing holds, and the soonest due of them (a page at most). */
	record OpenActions(int total, List<Action> soonest) {
	}

	/**
	 * The briefing's open actions, walked once per request whichever of the two fields asks first: counting them and
	 * listing the first few is the same walk over the program's open actions.
	 */
	private OpenActions openActionsOf(Briefing briefing, DataFetchingEnvironment env) {
		String key = OpenActions.class.getName() + "@" + (briefing.country() == null ? "" : briefing.country().iso2());
		return env.getGraphQlContext().computeIfAbsent(key, any -> openActionsOf(briefing));
	}

	OpenActions openActionsOf(Briefing briefing) {
		if (briefing.country() == null) {
			return new OpenActions(0, List.of());
		}
		return graph.rows(LedgerQuestions.BRIEFING_OPEN_ACTIONS,
				Map.of("country", briefing.country().iso2(), "first", PageRequest.MAX_PAGE_SIZE),
				(row, nodes) -> new OpenActions(row.get("total").asInt(),
						row.get("actions").asList(action -> nodes.map(Action.class, action))))
			.getFirst();
	}

	private <T> List<T> sectionAbout(Briefing briefing, String cypher, String column, Class<T> type) {
		if (briefing.country() == null) {
			return List.of();
		}
		return graph.rows(cypher, Map.of("country", briefing.country().iso2()),
				(row, nodes) -> nodes.map(type, row.get(column)));
	}

	private static @Nullable String counterpartCode(@Nullable Object counterpart) {
		return switch (counterpart) {
			case ca.engagementgraph.country.Mission mission -> mission.code();
			case ca.engagementgraph.country.Authority authority -> authority.code();
			case ca.engagementgraph.partner.Organization organization -> organization.code();
			case null, default -> null;
		};
	}
}
