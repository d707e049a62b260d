package ca.engagementgraph.leverage;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ca.engagementgraph.api.AskedFields;
import ca.engagementgraph.api.PageRequest;
import ca.engagementgraph.api.Projected;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Visibility;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

/**
 * The briefing pack in one statement ({@link LeverageQueries#BRIEFING_PACK}), for a selection within what it reads:
 * section by section, the demo's pack was seven statements. {@code BriefingPackTest} holds the two ways to the same
 * answers.
 */
@Component
class BriefingPack {

	/** The fields of a result to raise (in the page of results and on the agenda), by their paths under it. */
	private static final String RESULT_ROWS = """
			result result/version result/code result/summary result/summaryEn result/summaryFr result/achievedOn
			project project/version project/code project/title project/titleEn project/titleFr
			keyMessages keyMessages/version keyMessages/code keyMessages/text keyMessages/textEn keyMessages/textFr
			keyMessages/approvedOn""";

	/** Every field {@link LeverageQueries#BRIEFING_PACK} reads, by its path under {@code briefing}. */
	static final Set<String> PACK = paths("""
			engagement engagement/version engagement/code engagement/date engagement/status engagement/kind
			engagement/setting engagement/level engagement/summary engagement/summaryEn engagement/summaryFr
			counterpart counterpart/code counterpart/name counterpart/nameEn counterpart/nameFr
			country country/iso2 country/iso3 country/name country/nameEn country/nameFr country/region
			resultsToRaise resultsToRaise/totalCount resultsToRaise/pageInfo resultsToRaise/pageInfo/hasNextPage
			resultsToRaise/pageInfo/hasPreviousPage resultsToRaise/nodes
			agenda
			tdTrend tdTrend/version tdTrend/code tdTrend/quarter tdTrend/requested tdTrend/issued
			tdTrend/medianDaysToIssue
			latestDecisions latestDecisions/version latestDecisions/code latestDecisions/date latestDecisions/kind
			latestDecisions/text latestDecisions/textEn latestDecisions/textFr
			openActionCount
			openActions openActions/version openActions/code openActions/text openActions/textEn openActions/textFr
			openActions/due openActions/status openActions/assignedTo openActions/assignedTo/code
			openActions/assignedTo/name openActions/assignedTo/nameEn openActions/assignedTo/nameFr
			""", RESULT_ROWS, "resultsToRaise/nodes/", "agenda/");

	/** The sections the statement reads only when asked. */
	private static final String[] SECTIONS = { "resultsToRaise", "agenda", "tdTrend", "latestDecisions" };

	private final GraphReader graph;

	BriefingPack(GraphReader graph) {
		this.graph = graph;
	}

	/**
	 * Whether one statement answers the selection: every field within {@link #PACK}, the first page of results (no
	 * cursor), page sizes the fields accept, and no Protected B section for a reader without the clearance (those
	 * sections' own fields say why they are empty).
	 */
	boolean answers(DataFetchingEnvironment env) {
		return AskedFields.within(env, PACK) && !AskedFields.givesArgument(env, "resultsToRaise", "after")
				&& AskedFields.pageSizesValid(env, "resultsToRaise") && AskedFields.pageSizesValid(env, "openActions")
				&& (Visibility.cleared()
						|| !AskedFields.asks(env, "tdTrend") && !AskedFields.asks(env, "latestDecisions"));
	}

	/** The pack of a planned meeting, read whole; a meeting that cannot be briefed is refused as field by field. */
	@SuppressWarnings("unchecked")
	Projected of(String engagement, DataFetchingEnvironment env) {
		var asks = new HashMap<String, Boolean>();
		for (String section : SECTIONS) {
			asks.put(section, AskedFields.asks(env, section));
		}
		asks.put("openActions", AskedFields.asks(env, "openActions") || AskedFields.asks(env, "openActionCount"));
		var packs = graph.plainRows(LeverageQueries.BRIEFING_PACK,
				packParameters(engagement, asks,
						AskedFields.largestPage(env, null, "resultsToRaise", PageRequest.DEFAULT_PAGE_SIZE),
						AskedFields.largestPage(env, null, "openActions", BriefingController.DEFAULT_OPEN_ACTIONS)));
		if (packs.isEmpty()) {
			throw BriefingController.unknown(engagement);
		}
		String status = (String) packs.getFirst().get("status");
		if (!"PLANNED".equals(status)) {
			throw BriefingController.notPlanned(engagement, status);
		}
		return Projected.of((Map<String, ?>) packs.getFirst().get("briefing"));
	}

	/** The pack statement's parameters: the sections asked and their page sizes. */
	static Map<String, Object> packParameters(String engagement, Map<String, Boolean> asks, int firstResults,
			int firstActions) {
		return Map.of("engagement", engagement, "asks", Map.copyOf(asks), "firstResults", firstResults,
				"firstActions", firstActions);
	}

	/** The paths of a text, and those of the result rows under each of the lists holding them. */
	private static Set<String> paths(String text, String rows, String... lists) {
		var paths = new java.util.HashSet<String>(Arrays.asList(text.trim().split("\\s+")));
		for (String list : lists) {
			for (String row : rows.trim().split("\\s+")) {
				paths.add(list + row);
			}
		}
		return Set.copyOf(paths);
	}
}
