package ca.engagementgraph.radar;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opportunity radar on the demo data (seed/demo/SCENARIO.md, "The opportunity radar"), through the dashboard's
 * own documents, always from the demo's "today" (2026-11-21) given explicitly: which planned meetings can leverage
 * which results, and the rank of each with the parts of its score.
 */
@GraphIntegrationTest
class RadarRankingTest {

	private static final ParameterizedTypeReference<Map<String, Object>> ROW = new ParameterizedTypeReference<>() {
	};

	private static final String FROM = "2026-11-21";

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Response radar(String user, Map<String, Object> variables) {
		var tester = TestSupport.withUiQueries(user == null ? graphQl : TestSupport.as(graphQl, user));
		var request = tester.documentName("radar").variable("from", FROM);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute();
	}

	private List<Map<String, Object>> entries(GraphQlTester.Response answer) {
		return answer.path("opportunityRadar.nodes").entityList(ROW).get();
	}

	private static String entry(Map<String, Object> node) {
		return at(node, "engagement.code") + "|" + at(node, "country.iso2") + "|" + node.get("channel") + "|"
				+ node.get("waitingCount");
	}

	@SuppressWarnings("unchecked")
	private static Object at(Map<String, Object> node, String path) {
		Object value = node;
		for (String part : path.split("\\.")) {
			value = ((Map<String, Object>) value).get(part);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> suggestions(Map<String, Object> entry) {
		return (List<Map<String, Object>>) at(entry, "suggestions.nodes");
	}

	/** "CODE: score [PART points, ...]" with points to one decimal. */
	@SuppressWarnings("unchecked")
	private static String explained(Map<String, Object> suggestion) {
		var parts = ((List<Map<String, Object>>) suggestion.get("reasons")).stream()
			.map(r -> r.get("code") + " " + String.format(java.util.Locale.ROOT, "%.1f", ((Number) r.get("points")).doubleValue()))
			.toList();
		return at(suggestion, "result.code") + ": " + String.format(java.util.Locale.ROOT, "%.1f",
				((Number) suggestion.get("score")).doubleValue()) + " " + parts;
	}

	@Test
	void theNextEightWeeksListEveryPlannedMeetingOnAChannelByDateWithHowManyResultsWait() {
		var answer = radar(null, Map.of());
		answer.path("opportunityRadar.totalCount").entity(Integer.class).isEqualTo(7);
		// The RWG's planned meetings and the 1 December briefing meet no counterpart: no channel, not on the radar.
		assertThat(entries(answer).stream().map(RadarRankingTest::entry)).containsExactly(
				"QN-HOM-2026-12-08|QN|OTTAWA|7", "QM-HOM-2026-12-15|QM|OTTAWA|3", "IGC-2027-01-07|QM|FORUM|8",
				"IGC-2027-01-07|QR|FORUM|6", "IGC-2027-01-07|QT|FORUM|5", "QS-HOM-2027-01-13|QS|OTTAWA|4",
				"QR-BIL-2027-01-14|QR|IN_COUNTRY|0");
		assertThat(entries(answer)).extracting(e -> at(e, "counterpart.code")).containsExactly("QN-OTT", "QM-OTT",
				"IGC", "IGC", "IGC", "QS-OTT", "QR-IMM");
	}

	/**
	 * Valdoria's mission on 8 December: the oldest results first, except that an OUTCOME with a key message ready
	 * (QN-R03) and an IMPACT with one (QN-R04) climb 7 and 9 points, which is 210 and 270 days of waiting; the
	 * country is designated (5) and no other Ottawa meeting with Valdoria is planned in the 8 weeks (4).
	 */
	@Test
	void aMeetingsSuggestionsAreRankedByScoreWithEachPartOfIt() {
		var qn = entries(radar(null, Map.of("suggestions", 5))).getFirst();
		assertThat(suggestions(qn).stream().map(RadarRankingTest::explained)).containsExactly(
				"QN-R01: 75.2 [WAITED 66.2, RESULT_TYPE 0.0, DESIGNATION 5.0, LAST_CHANCE 4.0]",
				"QN-R02: 69.6 [WAITED 60.6, RESULT_TYPE 0.0, DESIGNATION 5.0, LAST_CHANCE 4.0]",
				"QN-R03: 67.0 [WAITED 51.0, RESULT_TYPE 4.0, KEY_MESSAGE_READY 3.0, DESIGNATION 5.0, LAST_CHANCE 4.0]",
				"QN-R04: 67.0 [WAITED 49.0, RESULT_TYPE 6.0, KEY_MESSAGE_READY 3.0, DESIGNATION 5.0, LAST_CHANCE 4.0]",
				"QN-R05: 53.9 [WAITED 44.9, RESULT_TYPE 0.0, DESIGNATION 5.0, LAST_CHANCE 4.0]");
		var first = suggestions(qn).getFirst();
		assertThat(first).containsEntry("rank", 1).containsEntry("daysWaited", 1987).containsEntry("accepted", false)
			.containsEntry("otherPlannedChances", 0);
		assertThat(((Number) suggestions(qn).get(2).get("score")).doubleValue())
			.as("QN-R03 just above QN-R04").isGreaterThan(((Number) suggestions(qn).get(3).get("score")).doubleValue());
		assertThat(at(suggestions(qn).get(2), "keyMessage.code")).isEqualTo("KM-QN-01");
		assertThat(at(qn, "suggestions.totalCount")).isEqualTo(7);
		assertThat(at(qn, "suggestions.pageInfo.hasNextPage")).isEqualTo(true);
		@SuppressWarnings("unchecked")
		var reasons = (List<Map<String, Object>>) first.get("reasons");
		assertThat(reasons.getFirst().get("explanation")).isEqualTo("Waited 1,987 days: 66.2 points");
		var french = entries(radar(null, Map.of("suggestions", 1, "lang", "FR"))).getFirst();
		@SuppressWarnings("unchecked")
		var raisons = (List<Map<String, Object>>) suggestions(french).getFirst().get("reasons");
		assertThat(raisons).extracting(r -> r.get("explanation")).containsExactly(
				"Attend depuis 1\u00a0987 jours\u00a0: 66,2 points", "Résultat de type OUTPUT\u00a0: 0 points",
				"Le pays est désigné à la date de la réunion\u00a0: 5 points",
				"Aucune autre réunion planifiée plus tard dans la période ne peut le soulever sur ce canal\u00a0: 4 points");
	}

	@Test
	void aLaterPlannedMeetingOnTheSameChannelTakesTheLastChance() {
		var entries = entries(radar(null, Map.of("weeks", 10, "country", "QN", "suggestions", 1)));
		assertThat(entries.stream().map(RadarRankingTest::entry)).containsExactly("QN-HOM-2026-12-08|QN|OTTAWA|7",
				"QN-CALL-2027-01-20|QN|OTTAWA|7");
		assertThat(explained(suggestions(entries.get(0)).getFirst()))
			.isEqualTo("QN-R01: 71.2 [WAITED 66.2, RESULT_TYPE 0.0, DESIGNATION 5.0]");
		assertThat(suggestions(entries.get(0)).getFirst()).containsEntry("otherPlannedChances", 1);
		assertThat(explained(suggestions(entries.get(1)).getFirst()))
			.isEqualTo("QN-R01: 76.7 [WAITED 67.7, RESULT_TYPE 0.0, DESIGNATION 5.0, LAST_CHANCE 4.0]");
	}

	/** A forum ranks each country's results never raised with that forum. */
	@Test
	void aForumRanksTheResultsNeverRaisedWithIt() {
		var entries = entries(radar(null, Map.of("channel", "FORUM", "suggestions", 3)));
		assertThat(entries.stream().map(RadarRankingTest::entry)).containsExactly("IGC-2027-01-07|QM|FORUM|8",
				"IGC-2027-01-07|QR|FORUM|6", "IGC-2027-01-07|QT|FORUM|5");
		assertThat(suggestions(entries.getFirst()).stream().map(RadarRankingTest::explained)).containsExactly(
				"QM-R01: 79.8 [WAITED 70.8, RESULT_TYPE 0.0, DESIGNATION 5.0, LAST_CHANCE 4.0]",
				"QM-R02: 71.1 [WAITED 62.1, RESULT_TYPE 0.0, DESIGNATION 5.0, LAST_CHANCE 4.0]",
				"QM-R05: 70.1 [WAITED 58.1, RESULT_TYPE 0.0, KEY_MESSAGE_READY 3.0, DESIGNATION 5.0, LAST_CHANCE 4.0]");
	}

	/** Designations are Protected B: a viewer's ranking neither counts nor shows them (the order is the same). */
	@Test
	void aViewersRankingLeavesOutTheDesignation() {
		var qn = entries(radar("viewer", Map.of("country", "QNA", "suggestions", 3))).getFirst();
		assertThat(suggestions(qn).stream().map(RadarRankingTest::explained)).containsExactly(
				"QN-R01: 70.2 [WAITED 66.2, RESULT_TYPE 0.0, LAST_CHANCE 4.0]",
				"QN-R02: 64.6 [WAITED 60.6, RESULT_TYPE 0.0, LAST_CHANCE 4.0]",
				"QN-R03: 62.0 [WAITED 51.0, RESULT_TYPE 4.0, KEY_MESSAGE_READY 3.0, LAST_CHANCE 4.0]");
	}

	@Test
	void filtersByDepartmentCountryAndChannel() {
		assertThat(entries(radar(null, Map.of("department", "GAC", "suggestions", 0))).stream().map(RadarRankingTest::entry))
			.as("meetings GAC attends").containsExactly("QN-HOM-2026-12-08|QN|OTTAWA|7", "IGC-2027-01-07|QM|FORUM|8",
					"IGC-2027-01-07|QR|FORUM|6", "IGC-2027-01-07|QT|FORUM|5", "QS-HOM-2027-01-13|QS|OTTAWA|4",
					"QR-BIL-2027-01-14|QR|IN_COUNTRY|0");
		assertThat(entries(radar(null, Map.of("country", "QM", "suggestions", 0))).stream().map(RadarRankingTest::entry))
			.containsExactly("QM-HOM-2026-12-15|QM|OTTAWA|3", "IGC-2027-01-07|QM|FORUM|8");
		assertThat(entries(radar(null, Map.of("channel", "IN_COUNTRY", "weeks", 10, "suggestions", 0))).stream()
			.map(RadarRankingTest::entry)).containsExactly("QR-BIL-2027-01-14|QR|IN_COUNTRY|0", "QM-MON-2027-01-19|QM|IN_COUNTRY|0");
	}

	@Test
	void pagesOfMeetingsAndOfAMeetingsSuggestionsFollowOn() {
		var first = radar(null, Map.of("first", 2, "suggestions", 0));
		String cursor = first.path("opportunityRadar.pageInfo.endCursor").entity(String.class).get();
		var next = radar(null, Map.of("first", 2, "after", cursor, "suggestions", 0));
		assertThat(entries(next).stream().map(RadarRankingTest::entry)).containsExactly("IGC-2027-01-07|QM|FORUM|8",
				"IGC-2027-01-07|QR|FORUM|6");

		var page = TestSupport.withUiQueries(graphQl).document("""
				query($after: String) {
				  opportunityRadar(from: "2026-11-21", country: "QN", first: 1) {
				    nodes { suggestions(first: 2, after: $after) { nodes { rank result { code } } pageInfo { hasNextPage endCursor } } }
				  }
				}""");
		String second = page.execute().path("opportunityRadar.nodes[0].suggestions.pageInfo.endCursor")
			.entity(String.class).get();
		page.variable("after", second).execute()
			.path("opportunityRadar.nodes[0].suggestions.nodes[*].result.code").entityList(String.class)
			.containsExactly("QN-R03", "QN-R04");
	}

	/**
	 * Whether another page of a meeting's suggestions follows is told by its count of waiting results, not by fetching
	 * one more: walking them two at a time gives each of the seven once, in rank order, and the last page says so, as
	 * does a first page exactly as long as the count.
	 */
	@Test
	void walkingAMeetingsSuggestionsEndsExactlyAtItsCount() {
		var page = TestSupport.withUiQueries(graphQl).document("""
				query($after: String, $first: Int) {
				  opportunityRadar(from: "2026-11-21", country: "QN", first: 1) {
				    nodes { suggestions(first: $first, after: $after) {
				      totalCount nodes { rank result { code } } pageInfo { hasNextPage endCursor } } }
				  }
				}""");
		var walked = new java.util.ArrayList<String>();
		String cursor = null;
		boolean more = true;
		for (int pages = 0; more && pages < 10; pages++) {
			var answer = page.variable("first", 2).variable("after", cursor).execute();
			walked.addAll(answer.path("opportunityRadar.nodes[0].suggestions.nodes[*].result.code").entityList(String.class)
				.get());
			more = answer.path("opportunityRadar.nodes[0].suggestions.pageInfo.hasNextPage").entity(Boolean.class).get();
			cursor = answer.path("opportunityRadar.nodes[0].suggestions.pageInfo.endCursor").entity(String.class).get();
		}
		var whole = page.variable("first", 7).variable("after", null).execute();
		var ranked = whole.path("opportunityRadar.nodes[0].suggestions.nodes[*].result.code").entityList(String.class).get();
		assertThat(ranked).hasSize(7).startsWith("QN-R01", "QN-R02", "QN-R03", "QN-R04", "QN-R05").doesNotHaveDuplicates();
		assertThat(walked).isEqualTo(ranked);
		whole.path("opportunityRadar.nodes[0].suggestions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		var allButOne = page.variable("first", 6).execute();
		allButOne.path("opportunityRadar.nodes[0].suggestions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
	}

	/**
	 * A page is read from the meeting index in the radar's order and stops when full: walking the radar one entry at a
	 * time, each page after the last one's cursor, gives the whole radar in the same order, each entry once.
	 */
	@Test
	void walkingTheRadarOneEntryAtATimeGivesEveryEntryOnceInOrder() {
		var whole = entries(radar(null, Map.of("suggestions", 0))).stream().map(RadarRankingTest::entry).toList();
		var walked = new java.util.ArrayList<String>();
		String cursor = null;
		for (int page = 0; page < whole.size() + 2; page++) {
			var variables = new java.util.HashMap<String, Object>(Map.of("first", 1, "suggestions", 0));
			if (cursor != null) {
				variables.put("after", cursor);
			}
			var answer = radar(null, variables);
			entries(answer).stream().map(RadarRankingTest::entry).forEach(walked::add);
			if (!answer.path("opportunityRadar.pageInfo.hasNextPage").entity(Boolean.class).get()) {
				break;
			}
			cursor = answer.path("opportunityRadar.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(walked).isEqualTo(whole).hasSize(7);
	}

	@Test
	void resultsWithoutAPlannedChanceAreThoseOfCountriesWithNoMeetingOnTheChannelOldestFirst() {
		var tester = TestSupport.withUiQueries(graphQl);
		var ottawa = tester.documentName("radar-unplanned").variable("from", FROM).variable("first", 3).execute();
		ottawa.path("resultsWithoutPlannedChance.totalCount").entity(Integer.class).isEqualTo(16);
		ottawa.path("resultsWithoutPlannedChance.nodes[*].result.code").entityList(String.class)
			.containsExactly("QR-R02", "XA-R01", "QT-R01");
		ottawa.path("resultsWithoutPlannedChance.nodes[0].daysWaited").entity(Integer.class).isEqualTo(1847);
		var inCountry = tester.documentName("radar-unplanned").variable("from", FROM).variable("channel", "IN_COUNTRY")
			.execute();
		inCountry.path("resultsWithoutPlannedChance.nodes[*].result.code").entityList(String.class)
			.containsExactly("QT-R04");
		inCountry.path("resultsWithoutPlannedChance.totalCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void aPeriodOutsideOneToFiftyTwoWeeksIsRefused() {
		radar(null, Map.of("weeks", 53)).errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "OUT_OF_RANGE")));
	}
}
