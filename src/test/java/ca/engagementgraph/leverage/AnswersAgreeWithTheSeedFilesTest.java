package ca.engagementgraph.leverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every analytical question, asked through the dashboards' GraphQL documents ({@code ui-queries/}) on the demo graph,
 * gives the answer {@link SeedOracle} computes independently from the seed files with plain Java. The oracle shares
 * nothing with the product but the seed files and the definitions of DOMAIN.md and MODEL.md section 7, so a query
 * that drifts from a definition fails here, for every country and department of the demo, not only for the cases
 * {@link DashboardAnswersTest} pins.
 */
@GraphIntegrationTest
class AnswersAgreeWithTheSeedFilesTest {

	private static SeedOracle seed;

	@Autowired
	HttpGraphQlTester graphQl;

	@BeforeAll
	static void readTheSeedFiles() throws IOException {
		seed = SeedOracle.read(Path.of("seed"));
	}

	@Test
	void theGraphHoldsEveryRecordOfTheSeedFiles() {
		assertThat(count("projects", "{ projects(first: 1) { totalCount } }")).isEqualTo(seed.all("Project").size());
		assertThat(count("results", "{ results(first: 1) { totalCount } }")).isEqualTo(seed.all("Result").size());
		assertThat(count("engagements", "{ engagements(first: 1) { totalCount } }")).isEqualTo(seed.all("Engagement").size());
		for (String status : List.of("HELD", "CANCELLED", "PLANNED")) {
			assertThat(count("engagements", "{ engagements(first: 1, filter: {status: " + status + "}) { totalCount } }"))
				.as(status).isEqualTo(seed.all("Engagement").values().stream().filter(e -> status.equals(e.get("status"))).count());
		}
		assertThat(count("keyMessages", "{ keyMessages(first: 1) { totalCount } }")).isEqualTo(seed.all("KeyMessage").size());
		assertThat(count("actions", "{ actions(first: 1) { totalCount } }")).isEqualTo(seed.all("Action").size());
		assertThat(count("sources", "{ sources(first: 1) { totalCount } }")).isEqualTo(seed.all("Source").size());
		assertThat(count("countries", "{ countries(first: 1) { totalCount } }")).isEqualTo(seed.all("Country").size());
		// Protected B: the test signs in as the demo's admin, who holds the clearance.
		assertThat(count("designations", "{ designations(first: 1) { totalCount } }")).isEqualTo(seed.all("Designation").size());
		assertThat(count("decisions", "{ decisions(first: 1) { totalCount } }")).isEqualTo(seed.all("Decision").size());
		assertThat(count("engagementPlans", "{ engagementPlans(first: 1) { totalCount } }"))
			.isEqualTo(seed.all("EngagementPlan").size());
		assertThat(count("tdStats", "{ tdStats(first: 1) { totalCount } }")).isEqualTo(seed.all("TdStat").size());
	}

	@Test
	void leveragingCoveragePerCountryIsTheSeeds() {
		var actual = new TreeMap<String, Object>();
		for (var row : list(ask("gap-by-country", "leveragingCoverage", Map.of()))) {
			actual.put(string(row, "country.iso2"), coverageRow(row));
		}
		assertThat(actual).isEqualTo(seed.coverageByCountry());
	}

	@Test
	void leveragingCoveragePerProjectIsTheSeeds() {
		for (String country : seed.recipientCountries()) {
			var actual = new TreeMap<String, Object>();
			for (var row : list(ask("project-coverage", "leveragingCoverage", Map.of("country", country)))) {
				actual.put(string(row, "project.code"), coverageRow(row));
			}
			assertThat(actual).as(country).isEqualTo(seed.coverageByProject(country));
		}
	}

	@Test
	void resultsNeverRaisedOnEachChannelAreTheSeeds() {
		for (String country : seed.recipientCountries()) {
			for (String channel : List.of("OTTAWA", "IN_COUNTRY", "ANY")) {
				assertThat(unleveraged(country, Map.of("channel", channel))).as("%s on %s", country, channel)
					.isEqualTo(seed.unleveraged(country, channel, null, null));
			}
		}
	}

	@Test
	void resultsNeverRaisedInOttawaAsOfADateOrWithCbsaPresentAreTheSeeds() {
		for (String country : seed.recipientCountries()) {
			assertThat(unleveraged(country, Map.of("asOf", "2023-12-31"))).as("%s as of 2023-12-31", country)
				.isEqualTo(seed.unleveraged(country, "OTTAWA", "2023-12-31", null));
			assertThat(unleveraged(country, Map.of("attendedBy", "CBSA"))).as("%s with CBSA present", country)
				.isEqualTo(seed.unleveraged(country, "OTTAWA", null, "CBSA"));
		}
	}

	@Test
	void aResultRaisedOnlyAtACancelledMeetingCountsAsNeverRaised() {
		var onlyCancelled = seed.raisedOnlyWhenCancelled();
		assertThat(onlyCancelled).as("the demo has such a result").isNotEmpty();
		for (String result : onlyCancelled) {
			assertThat(unleveraged(seed.countryOfResult(result), Map.of("channel", "ANY"))).containsKey(result);
		}
	}

	@Test
	void missedOpportunitiesAreTheSeeds() {
		int ottawa = 0;
		for (String country : seed.fictionalCountries()) {
			var actual = new ArrayList<String>();
			// Every meeting and every waiting result of the demo fits a page of 100.
			var page = map(ask("missed-opportunities", "missedOpportunities",
					Map.of("country", country, "first", 100, "results", 100)));
			assertThat(page.get("pageInfo")).as(country).isEqualTo(Map.of("hasNextPage", false));
			for (var row : list(page.get("nodes"))) {
				assertThat(number(row, "couldHaveRaisedCount")).as("%s count", row).isEqualTo(list(row.get("couldHaveRaised")).size());
				String lead = list(at(row, "engagement.attendance")).stream().filter(a -> Boolean.TRUE.equals(a.get("lead")))
					.map(a -> seed.departmentOf(string(a, "participant.code"))).findFirst().orElse(null);
				actual.add(SeedOracle.missedRow(string(row, "engagement.code"), string(row, "channel"),
						string(row, "counterpart.code"), lead, codes(at(row, "engagement.raisedProjects")),
						codes(at(row, "couldHaveRaised"))));
			}
			actual.sort(null);
			var expected = seed.missedOpportunities(country);
			assertThat(actual).as(country).isEqualTo(expected);
			ottawa += (int) expected.stream().filter(r -> r.contains(" OTTAWA ")).count();
		}
		assertThat(ottawa).as("the demo has missed opportunities in Ottawa").isPositive();
	}

	@Test
	void disseminationGapsOfEveryDepartmentAreTheSeeds() {
		for (String department : SeedOracle.DEPARTMENTS) {
			var answer = map(ask("dissemination-gaps", "disseminationGaps", Map.of("department", department)));
			var actual = new TreeMap<String, String>();
			for (var row : list(answer.get("nodes"))) {
				actual.put(string(row, "result.code"), SeedOracle.disseminationRow(string(row, "country.iso2"),
						string(row, "project.code"), number(row, "raisedWithoutDepartment")));
			}
			assertThat(actual).as(department).isEqualTo(seed.disseminationGaps(department));
			assertThat(number(answer, "totalCount")).as(department).isEqualTo(actual.size());
		}
	}

	@Test
	void accountabilityGapsAreTheSeeds() {
		var gaps = map(ask("accountability-gaps", "accountabilityGaps", Map.of()));
		assertThat(codes(gaps.get("designatedWithoutPlan"), "iso2")).isEqualTo(seed.designatedWithoutPlan());
		var plans = new TreeMap<String, Set<String>>();
		for (var plan : list(gaps.get("plansWithoutLeverage"))) {
			var roles = new TreeSet<String>();
			list(plan.get("roles")).forEach(r -> roles.add(string(r, "department.code") + ":" + r.get("role")));
			plans.put(string(plan, "code"), roles);
		}
		assertThat(plans).isEqualTo(seed.plansWithoutLeverage());
		assertThat(codes(gaps.get("preventativeWithoutTdStats"), "iso2")).isEqualTo(seed.preventativeWithoutTdStats());
	}

	@Test
	void travelDocumentTimelinesAreTheSeeds() {
		for (String country : seed.fictionalCountries()) {
			var timeline = map(ask("td-timeline", "tdTimeline", Map.of("country", country)));
			var quarters = new TreeMap<String, String>();
			for (var q : list(timeline.get("quarters"))) {
				// No quarter of the demo holds more meetings than the dashboard lists (five).
				assertThat(number(q, "engagementCount")).as("%s %s", country, q).isEqualTo(list(q.get("engagements")).size());
				quarters.put(string(q, "quarter"), SeedOracle.tdQuarterRow(optionalNumber(q, "requested"),
						optionalNumber(q, "issued"), (Number) q.get("medianDaysToIssue"), number(q, "resultsRaised"),
						codes(q.get("engagements"))));
			}
			assertThat(quarters).as(country).isEqualTo(seed.tdQuarters(country));
			var first = map(timeline.get("firstOttawaLeveraging"));
			assertThat(first == null ? null : first.get("code")).as(country).isEqualTo(seed.firstOttawaLeveraging(country));
			assertThat(window(timeline.get("before"))).as("%s before", country).isEqualTo(seed.tdWindow(country, -4));
			assertThat(window(timeline.get("after"))).as("%s after", country).isEqualTo(seed.tdWindow(country, 4));
		}
	}

	@Test
	void theProgramProfileIsTheSeeds() {
		var profile = map(ask("program-profile", "programProfile", Map.of()));
		assertThat(number(profile, "projects")).isEqualTo(seed.all("Project").size());
		assertThat(number(profile, "fundingCad"))
			.isEqualTo(seed.all("Project").values().stream().mapToLong(p -> SeedOracle.number(p, "fundingCad")).sum());
		assertThat(profileRows(profile, "byPriorityArea", "priorityArea.code")).isEqualTo(seed.programProfile("priorityArea"));
		assertThat(profileRows(profile, "byDesignation", "designation")).isEqualTo(seed.programProfile("designation"));
		assertThat(profileRows(profile, "byPartner", "partner.code")).isEqualTo(seed.programProfile("partner"));
		assertThat(profileRows(profile, "byStatus", "status")).isEqualTo(seed.programProfile("status"));
		assertThat(profileRows(profile, "bySizeClass", "sizeClass")).isEqualTo(seed.programProfile("sizeClass"));
	}

	@Test
	void theProjectPortfolioIsTheSeeds() {
		var actual = new TreeMap<String, String>();
		for (var p : list(at(map(ask("project-portfolio", "projects", Map.of("first", 100))), "nodes"))) {
			actual.put(string(p, "code"), SeedOracle.projectRow(string(p, "country.iso2"), codes(p.get("partners")),
					string(p, "status"), string(p, "start"), string(p, "end"), number(p, "fundingCad"),
					codes(p.get("priorityAreas"))));
		}
		assertThat(actual).isEqualTo(seed.projectTable());
	}

	@Test
	void theBriefingPackOfEveryPlannedMeetingIsTheSeeds() {
		assertThat(seed.planned()).isNotEmpty();
		for (String engagement : seed.planned()) {
			var briefing = map(ask("briefing-pack", "briefing", Map.of("engagement", engagement, "results", 100)));
			assertThat(at(briefing, "country.iso2")).as(engagement).isEqualTo(seed.briefingCountry(engagement));
			var counterpart = seed.briefingCounterpart(engagement);
			assertThat(at(briefing, "counterpart.code")).as(engagement)
				.isEqualTo(counterpart == null ? null : counterpart.key());
			var results = new TreeMap<String, Set<String>>();
			var toRaise = map(briefing.get("resultsToRaise"));
			assertThat(toRaise.get("pageInfo")).isEqualTo(Map.of("hasNextPage", false));
			for (var row : list(toRaise.get("nodes"))) {
				results.put(string(row, "result.code"), codes(row.get("keyMessages")));
			}
			assertThat(results).as("%s results to raise", engagement).isEqualTo(seed.briefingResults(engagement));
			assertThat(number(toRaise, "totalCount")).as("%s results to raise in all", engagement).isEqualTo(results.size());
			assertThat(list(briefing.get("tdTrend")).stream()
				.map(t -> t.get("quarter") + " " + t.get("issued") + "/" + t.get("requested") + " "
						+ ((Number) t.get("medianDaysToIssue")).doubleValue())
				.toList()).as("%s TD trend", engagement).isEqualTo(seed.briefingTdTrend(engagement));
			assertThat(list(briefing.get("latestDecisions")).stream().map(d -> d.get("code")).toList())
				.as("%s decisions", engagement).isEqualTo(seed.briefingDecisions(engagement));
			assertThat(codes(briefing.get("openActions"))).as("%s open actions", engagement)
				.isEqualTo(seed.briefingOpenActions(engagement));
		}
	}

	// ------------------------------------------------------------------------------------------ reading answers

	private Object ask(String document, String path, Map<String, Object> variables) {
		var request = TestSupport.withUiQueries(graphQl).documentName(document);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		return request.execute().path(path).entity(Object.class).get();
	}

	private long count(String field, String document) {
		var answer = graphQl.document(document).execute().path(field).entity(Object.class).get();
		return number(map(answer), "totalCount");
	}

	private Map<String, String> unleveraged(String country, Map<String, Object> options) {
		var variables = new LinkedHashMap<String, Object>(options);
		variables.put("country", country);
		variables.put("first", 100);
		var answer = map(ask("unleveraged-results", "unleveragedResults", variables));
		var rows = new TreeMap<String, String>();
		for (var row : list(answer.get("nodes"))) {
			rows.put(string(row, "result.code"), SeedOracle.unleveragedRow(string(row, "project.code"),
					number(row, "daysSinceAchieved"), Boolean.TRUE.equals(row.get("projectMentioned"))));
		}
		assertThat(number(answer, "totalCount")).isEqualTo(rows.size());
		return rows;
	}

	private static Map<String, Object> coverageRow(Map<String, Object> row) {
		var out = new TreeMap<String, Object>();
		for (String field : List.of("results", "raisedAnywhere", "raisedInOttawa", "raisedInCountry", "neverRaisedInOttawa")) {
			out.put(field, number(row, field));
		}
		var byDepartment = new TreeMap<String, Long>();
		list(row.get("byDepartment")).forEach(d -> byDepartment.put(string(d, "department.code"), number(d, "raised")));
		out.put("byDepartment", byDepartment);
		return out;
	}

	private static String window(Object answer) {
		var window = map(answer);
		if (window == null) {
			return null;
		}
		var quarters = new TreeSet<String>();
		((List<?>) window.get("quarters")).forEach(q -> quarters.add((String) q));
		var mean = (Number) window.get("meanMedianDaysToIssue");
		return SeedOracle.tdWindowRow(quarters, number(window, "requested"), number(window, "issued"),
				mean == null ? null : mean.doubleValue());
	}

	private static Map<String, String> profileRows(Map<String, Object> profile, String field, String key) {
		var rows = new TreeMap<String, String>();
		for (var row : list(profile.get(field))) {
			rows.put(string(row, key), SeedOracle.profileRow(number(row, "projects"), number(row, "fundingCad")));
		}
		return rows;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Object value) {
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	/** The value at a dotted path ("engagement.code"), null when a step is missing. */
	private static Object at(Map<String, Object> value, String path) {
		Object current = value;
		for (String step : path.split("\\.")) {
			if (current == null) {
				return null;
			}
			current = map(current).get(step);
		}
		return current;
	}

	private static String string(Map<String, Object> value, String path) {
		Object found = at(value, path);
		return found == null ? null : found.toString();
	}

	private static long number(Map<String, Object> value, String path) {
		return ((Number) at(value, path)).longValue();
	}

	private static Long optionalNumber(Map<String, Object> value, String path) {
		Object found = at(value, path);
		return found == null ? null : ((Number) found).longValue();
	}

	private static Set<String> codes(Object nodes) {
		return codes(nodes, "code");
	}

	private static Set<String> codes(Object nodes, String key) {
		var out = new TreeSet<String>();
		list(nodes).forEach(n -> out.add(string(n, key)));
		return out;
	}
}
