package ca.engagementgraph.leverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program-wide gap the overview opens with ({@code ui-queries/program-gap.graphql}) on the demo data: it is the
 * per-country answers added up and merged, whoever reads, and its pages chain without a row lost or repeated.
 */
@GraphIntegrationTest
class ProgramGapQuestionTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theProgramGapIsTheSumOfTheCountriesGapsForEachReader() {
		for (String reader : List.of("analyst", "viewer")) {
			var tester = TestSupport.withUiQueries(TestSupport.as(graphQl, reader));
			List<Map<String, Object>> countries = tester.documentName("gap-by-country").execute()
				.path("leveragingCoverage").entityList(mapType()).get();
			int expected = countries.stream().mapToInt(c -> ((Number) c.get("neverRaisedInOttawa")).intValue()).sum();
			int total = tester.documentName("program-gap").execute()
				.path("programUnleveragedResults.totalCount").entity(Integer.class).get();
			assertThat(total).as("never raised in Ottawa, read by %s", reader).isEqualTo(expected).isPositive();
		}
	}

	@Test
	void neverRaisedResultsComeOldestFirstAcrossCountriesAndPageWithoutLossOrRepeat() {
		var tester = TestSupport.withUiQueries(TestSupport.as(graphQl, "analyst"));
		int total = tester.documentName("program-gap").execute().path("programUnleveragedResults.totalCount")
			.entity(Integer.class).get();
		List<String> seen = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		var countriesSeen = new HashSet<String>();
		String after = null;
		do {
			var page = tester.documentName("program-gap").variable("first", 7).variable("results", after).execute();
			List<Map<String, Object>> nodes = page.path("programUnleveragedResults.nodes").entityList(mapType()).get();
			for (var node : nodes) {
				seen.add(field(node, "result", "code") + "@" + field(node, "country", "iso2"));
				dates.add((String) field(node, "result", "achievedOn"));
				countriesSeen.add((String) field(node, "country", "iso2"));
			}
			boolean more = page.path("programUnleveragedResults.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("programUnleveragedResults.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(seen).as("every row once").doesNotHaveDuplicates().hasSize(total);
		assertThat(dates).as("the longest wait first").isSorted();
		assertThat(countriesSeen).as("across countries").hasSizeGreaterThan(1);
	}

	@Test
	void oneCountrysMissedOttawaMeetingsAreThoseOfItsOwnQuestionNewestFirst() {
		var tester = TestSupport.withUiQueries(TestSupport.as(graphQl, "analyst"));
		List<Map<String, Object>> own = tester.documentName("missed-opportunities").variable("country", "QN")
			.variable("first", 100).execute().path("missedOpportunities.nodes").entityList(mapType()).get();
		List<String> expected = own.stream().filter(row -> "OTTAWA".equals(row.get("channel")))
			.map(row -> (String) field(row, "engagement", "code")).toList().reversed();
		var answer = tester.documentName("program-gap").variable("country", "QN").variable("first", 100).execute();
		List<Map<String, Object>> program = answer.path("programMissedOpportunities.nodes").entityList(mapType()).get();
		assertThat(program).extracting(row -> field(row, "engagement", "code")).containsExactlyElementsOf(expected);
		assertThat(expected).as("Valdoria has missed Ottawa meetings in the demo").isNotEmpty();
		var waiting = new java.util.HashMap<Object, Object>();
		own.stream().filter(row -> "OTTAWA".equals(row.get("channel")))
			.forEach(row -> waiting.put(field(row, "engagement", "code"), row.get("couldHaveRaisedCount")));
		assertThat(program).allSatisfy(row -> {
			assertThat(field(row, "country", "iso2")).isEqualTo("QN");
			assertThat(((Number) row.get("couldHaveRaisedCount")).intValue()).isPositive()
				.as("waiting as the country's own question counts them")
				.isEqualTo(((Number) waiting.get(field(row, "engagement", "code"))).intValue());
			assertThat(row.get("oldestWaiting")).isNotNull();
		});
		assertThat(answer.path("programMissedOpportunities.totalCount").entity(Integer.class).get())
			.isEqualTo(expected.size());
	}

	@Test
	void allCountriesMissedMeetingsPageNewestFirstWithoutLossOrRepeat() {
		var tester = TestSupport.withUiQueries(TestSupport.as(graphQl, "analyst"));
		int total = tester.documentName("program-gap").execute().path("programMissedOpportunities.totalCount")
			.entity(Integer.class).get();
		List<String> seen = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		String after = null;
		do {
			var page = tester.documentName("program-gap").variable("first", 5).variable("meetings", after).execute();
			for (var node : page.path("programMissedOpportunities.nodes").entityList(mapType()).get()) {
				seen.add(field(node, "engagement", "code") + "@" + field(node, "country", "iso2"));
				dates.add((String) field(node, "engagement", "date"));
			}
			boolean more = page.path("programMissedOpportunities.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = more ? page.path("programMissedOpportunities.pageInfo.endCursor").entity(String.class).get() : null;
		}
		while (after != null);
		assertThat(seen).doesNotHaveDuplicates().hasSize(total);
		assertThat(dates).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void aRegionKeepsOnlyItsCountries() {
		var tester = TestSupport.withUiQueries(TestSupport.as(graphQl, "analyst"));
		var answer = tester.documentName("program-gap").variable("region", "AFRICA").variable("first", 100).execute();
		assertThat(answer.path("programUnleveragedResults.nodes").entityList(mapType()).get())
			.allSatisfy(row -> assertThat(field(row, "country", "region")).isEqualTo("AFRICA"));
		assertThat(answer.path("programMissedOpportunities.nodes").entityList(mapType()).get())
			.allSatisfy(row -> assertThat(field(row, "country", "region")).isEqualTo("AFRICA"));
	}

	@Test
	void theGapsCountryFilterListsARegionsCountriesAndForClearedReadersADesignations() {
		var tester = TestSupport.withUiQueries(TestSupport.as(graphQl, "analyst"));
		List<Map<String, Object>> african = tester.documentName("country-filter")
			.variable("filter", Map.of("region", "AFRICA")).execute().path("countries.nodes").entityList(mapType()).get();
		assertThat(african).extracting(c -> c.get("iso2")).contains("QM", "QT").doesNotContain("QN");
		assertThat(african).allSatisfy(c -> assertThat(c.get("region")).isEqualTo("AFRICA"));
		tester.documentName("country-filter").variable("filter", Map.of("designation", "RECALCITRANT")).execute()
			.path("countries.nodes").entityList(mapType()).satisfies(list -> assertThat(list).isNotEmpty());
	}

	@Test
	void asOfADateAndAttendedByADepartmentTheProgramGapIsTheSumOfTheCountriesSameQuestion() {
		for (String reader : List.of("analyst", "viewer")) {
			var tester = TestSupport.withUiQueries(TestSupport.as(graphQl, reader));
			List<Map<String, Object>> countries = tester.documentName("gap-by-country").execute()
				.path("leveragingCoverage").entityList(mapType()).get();
			for (var variant : List.of(Map.of("asOf", "2024-06-30"), Map.of("attendedBy", "CBSA"),
					Map.<String, Object>of("asOf", "2025-03-31", "attendedBy", "GAC"))) {
				int expected = 0;
				for (var country : countries) {
					var one = tester.documentName("unleveraged-results")
						.variable("country", field(country, "country", "iso2"));
					variant.forEach(one::variable);
					expected += one.execute().path("unleveragedResults.totalCount").entity(Integer.class).get();
				}
				var program = tester.documentName("program-gap").variable("first", 100);
				variant.forEach(program::variable);
				var answer = program.execute();
				List<Map<String, Object>> rows = answer.path("programUnleveragedResults.nodes").entityList(mapType()).get();
				assertThat(answer.path("programUnleveragedResults.totalCount").entity(Integer.class).get())
					.as("%s for %s", variant, reader).isEqualTo(expected);
				assertThat(rows).as("the page, oldest first").hasSize(Math.min(expected, 100))
					.extracting(row -> (String) field(row, "result", "achievedOn")).isSorted();
			}
		}
	}

	@Test
	void aDesignationKeepsItsCountriesForClearedReadersAndIsRefusedToOthers() {
		var analyst = TestSupport.withUiQueries(TestSupport.as(graphQl, "analyst"));
		List<Map<String, Object>> designated = analyst.documentName("country-filter")
			.variable("filter", Map.of("designation", "RECALCITRANT")).execute().path("countries.nodes")
			.entityList(mapType()).get();
		var codes = designated.stream().map(c -> c.get("iso2")).toList();
		var answer = analyst.documentName("program-gap").variable("designation", "RECALCITRANT").variable("first", 100)
			.execute();
		assertThat(answer.path("programUnleveragedResults.nodes").entityList(mapType()).get())
			.isNotEmpty().allSatisfy(row -> assertThat(codes).contains(field(row, "country", "iso2")));
		assertThat(answer.path("programMissedOpportunities.nodes").entityList(mapType()).get())
			.allSatisfy(row -> assertThat(codes).contains(field(row, "country", "iso2")));

		TestSupport.withUiQueries(TestSupport.as(graphQl, "viewer")).documentName("program-gap")
			.variable("designation", "RECALCITRANT").execute().errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.anySatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "REDACTED")));
	}

	@Test
	void missedMeetingsAttendedByADepartmentAreSomeOfAllMissedMeetings() {
		var tester = TestSupport.withUiQueries(TestSupport.as(graphQl, "analyst"));
		List<Map<String, Object>> all = tester.documentName("program-gap").variable("first", 100).execute()
			.path("programMissedOpportunities.nodes").entityList(mapType()).get();
		List<Map<String, Object>> cbsa = tester.documentName("program-gap").variable("first", 100)
			.variable("attendedBy", "CBSA").execute().path("programMissedOpportunities.nodes").entityList(mapType()).get();
		assertThat(cbsa).isNotEmpty().hasSizeLessThan(all.size());
		assertThat(all).extracting(row -> field(row, "engagement", "code"))
			.containsAll(cbsa.stream().map(row -> field(row, "engagement", "code")).toList());
	}

	@SuppressWarnings("unchecked")
	private static Object field(Map<String, Object> row, String object, String name) {
		return ((Map<String, Object>) row.get(object)).get(name);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class<Map<String, Object>> mapType() {
		return (Class) Map.class;
	}
}
