package ca.engagementgraph.leverage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static ca.engagementgraph.leverage.SeedOracle.first;
import static ca.engagementgraph.leverage.SeedOracle.number;
import static ca.engagementgraph.leverage.SeedOracle.raised;
import static ca.engagementgraph.leverage.SeedOracle.refs;
import static ca.engagementgraph.leverage.SeedOracle.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the demo seed keeps beyond what the import checks. The import (its dry run, and every load) checks the
 * files' format against the model: labels, properties, types, allowed values, required fields, keys, references,
 * and the domain rules any data must keep (a meeting concerns the country of its counterpart, raises no result before
 * it was achieved, has one lead, and is not HELD in the future). What is checked here is particular to the demo: its
 * storyline invariants (which the expected answers rely on), the demo-data rules of DOMAIN.md, and the public facts it
 * reproduces. Plain Java over the files, no database. (Formerly a Python script of the seed's tools, which also
 * repeated the import's checks.)
 */
class DemoSeedRulesTest {

	private static final Set<String> REAL = Set.of("CA", "AU", "NZ", "GB", "US");

	private static final Pattern MENTIONS_A_DESIGNATION = Pattern.compile("r[ée]calcitrant|preventative|pr[ée]ventif",
			Pattern.CASE_INSENSITIVE);

	private static SeedOracle seed;

	@BeforeAll
	static void read() throws IOException {
		seed = SeedOracle.read(Path.of("seed"));
	}

	@Test
	void everyRecordHasTheRelationshipsItsMeaningNeeds() {
		var problems = new ArrayList<String>();
		need(problems, "Designation", "OF", 1, 1);
		need(problems, "Designation", "DECIDED_AT", 1, 1);
		need(problems, "Mission", "REPRESENTS", 1, 1);
		need(problems, "Mission", "LOCATED_IN", 1, 1);
		need(problems, "Authority", "OF", 1, 1);
		need(problems, "Unit", "PART_OF", 1, 1);
		need(problems, "Envelope", "PART_OF", 1, 1);
		for (String type : List.of("FUNDED_BY", "IMPLEMENTED_BY", "IN", "MANAGED_BY")) {
			need(problems, "Project", type, 1, 1);
		}
		need(problems, "Project", "BENEFITS", 1, Integer.MAX_VALUE);
		need(problems, "Project", "ADDRESSES", 1, Integer.MAX_VALUE);
		need(problems, "Result", "OF", 1, 1);
		need(problems, "Result", "CONTRIBUTES_TO", 1, Integer.MAX_VALUE);
		need(problems, "Engagement", "CONCERNS", 1, Integer.MAX_VALUE);
		need(problems, "Engagement", "ATTENDED_BY", 1, Integer.MAX_VALUE);
		need(problems, "KeyMessage", "ABOUT", 1, Integer.MAX_VALUE);
		need(problems, "KeyMessage", "DRAFTED_BY", 1, 1);
		need(problems, "Decision", "TAKEN_AT", 1, 1);
		need(problems, "Decision", "CONCERNS", 1, Integer.MAX_VALUE);
		need(problems, "EngagementPlan", "FOR", 1, 1);
		need(problems, "EngagementPlan", "HOLDS_ROLE", 1, Integer.MAX_VALUE);
		need(problems, "TdStat", "FOR", 1, 1);
		need(problems, "Action", "FROM", 1, 1);
		need(problems, "Action", "ASSIGNED_TO", 1, 1);
		assertThat(problems).isEmpty();
	}

	@Test
	void onlyFictionalCountriesAreDesignatedDecidedOnPlannedForOrCounted() {
		var problems = new ArrayList<String>();
		var fictional = seed.fictionalCountries();
		seed.all("Country").keySet().stream().filter(c -> !fictional.contains(c) && !REAL.contains(c))
			.forEach(c -> problems.add("reference country " + c + " is not Canada or an M5 member"));
		for (String country : fictional) {
			String iso3 = text(seed.node("Country", country), "iso3");
			if (!country.matches("Q[M-Z]|X[A-Z]") || country.matches("XK|QO") || !iso3.matches("Q[M-Z][A-Z]|X[A-Z]{2}")
					|| iso3.matches("XKX|XXA|XXB|XXC|XXX")) {
				problems.add(country + "/" + iso3 + " is not a user-assigned code (or is a reserved one)");
			}
		}
		seed.all("Designation").forEach((code, d) -> {
			if (!fictional.contains(first(d, "OF"))) {
				problems.add(code + " designates a real country");
			}
			if (text(d, "to") != null && text(d, "to").compareTo(text(d, "from")) < 0) {
				problems.add(code + " ends before it starts");
			}
			var meeting = seed.node("Engagement", first(d, "DECIDED_AT"));
			if (!isRwg(meeting) || !text(meeting, "date").equals(text(d, "from"))) {
				problems.add(code + " was not decided at an RWG meeting on its first day");
			}
		});
		seed.all("Decision").forEach((code, d) -> {
			var meeting = seed.node("Engagement", first(d, "TAKEN_AT"));
			if (!isRwg(meeting) || !"HELD".equals(meeting.get("status")) || !text(meeting, "date").equals(text(d, "date"))) {
				problems.add(code + " was not taken at a HELD RWG meeting on its date");
			}
			refs(d, "CONCERNS").stream().filter(c -> !fictional.contains(c.key()))
				.forEach(c -> problems.add(code + " concerns real country " + c.key()));
		});
		seed.all("EngagementPlan").forEach((code, p) -> {
			if (!everDesignated(first(p, "FOR"), "RECALCITRANT")) {
				problems.add(code + " is for a country never designated RECALCITRANT");
			}
		});
		var everyQuarter = new TreeSet<String>();
		for (int year = 2019; year <= 2025; year++) {
			for (int q = 1; q <= 4; q++) {
				everyQuarter.add(year + "-Q" + q);
			}
		}
		seed.all("TdStat").forEach((code, t) -> {
			if (!code.equals(text(t, "country") + "-" + text(t, "quarter")) || !text(t, "country").equals(first(t, "FOR"))) {
				problems.add(code + ": code, country and FOR disagree");
			}
			if (!everDesignated(first(t, "FOR"), "RECALCITRANT")) {
				problems.add(code + ": TD statistics of a country never designated RECALCITRANT");
			}
			if (number(t, "issued") < 0 || number(t, "issued") > number(t, "requested")) {
				problems.add(code + ": issued outside 0..requested");
			}
		});
		for (String country : fictional) {
			var quarters = new TreeSet<String>();
			seed.tdStatsOf(country).forEach(t -> quarters.add(text(t, "quarter")));
			if (everDesignated(country, "RECALCITRANT") && !quarters.equals(everyQuarter)) {
				problems.add(country + ": TD statistics of every quarter 2019-Q1..2025-Q4 expected");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void missionsProjectsAndResultsKeepTheStorylinesInvariants() {
		var problems = new ArrayList<String>();
		var fictional = seed.fictionalCountries();
		seed.all("Mission").forEach((code, m) -> {
			String represents = first(m, "REPRESENTS");
			String locatedIn = first(m, "LOCATED_IN");
			if (represents.equals(locatedIn) || !(represents.equals("CA") || locatedIn.equals("CA"))) {
				problems.add(code + " is neither a foreign mission in Canada nor Canada's abroad");
			}
		});
		seed.all("Project").forEach((code, p) -> {
			if (text(p, "start").compareTo(text(p, "end")) > 0) {
				problems.add(code + " starts after it ends");
			}
			if (number(p, "fundingCad") <= 0 || number(p, "fundingCad") > 3_000_000) {
				problems.add(code + ": funding outside (0, 3,000,000]");
			}
			if (!fictional.contains(seed.countryOfProject(code))) {
				problems.add(code + " is not in a fictional country");
			}
			refs(p, "BENEFITS").stream()
				.filter(a -> !seed.countryOfProject(code).equals(first(seed.node("Authority", a.key()), "OF")))
				.forEach(a -> problems.add(code + " benefits " + a.key() + ", an authority of another country"));
		});
		seed.all("Result").forEach((code, r) -> {
			String achievedOn = text(r, "achievedOn");
			if (achievedOn.compareTo("2020-01-01") < 0 || achievedOn.compareTo("2025-12-31") > 0) {
				problems.add(code + " achieved outside 2020..2025");
			}
			if (achievedOn.compareTo(text(seed.node("Project", seed.projectOfResult(code)), "start")) < 0) {
				problems.add(code + " achieved before its project started");
			}
		});
		seed.all("KeyMessage").forEach((code, m) -> refs(m, "ABOUT").stream()
			.filter(a -> "Result".equals(a.label())
					&& text(m, "approvedOn").compareTo(text(seed.node("Result", a.key()), "achievedOn")) < 0)
			.forEach(a -> problems.add(code + " approved before " + a.key() + " was achieved")));
		assertThat(problems).isEmpty();
	}

	@Test
	void meetingsKeepTheStorylinesInvariants() {
		var problems = new ArrayList<String>();
		seed.all("Engagement").forEach((code, e) -> {
			String date = text(e, "date");
			String status = text(e, "status");
			if (date.compareTo("2019-01-01") < 0 || date.compareTo("2027-12-31") > 0) {
				problems.add(code + " dated outside 2019..2027");
			}
			if (status.equals("PLANNED") && date.compareTo(SeedOracle.TODAY) <= 0) {
				problems.add(code + " is PLANNED but dated on or before today");
			}
			if (!status.equals("PLANNED") && date.compareTo("2025-12-31") > 0) {
				problems.add(code + " is " + status + " but dated after 2025");
			}
			var present = new TreeSet<String>();
			refs(e, "ATTENDED_BY").forEach(a -> present.add(a.key()));
			refs(e, "ATTENDED_BY").stream().filter(a -> "Unit".equals(a.label()) && !present.contains(seed.departmentOf(a.key())))
				.forEach(a -> problems.add(code + ": unit " + a.key() + " attends without its department"));
			var concerns = new TreeSet<String>();
			refs(e, "CONCERNS").forEach(c -> concerns.add(c.key()));
			for (var result : seed.all("Result").keySet()) {
				if (concerns.contains(seed.countryOfResult(result))
						&& text(seed.node("Result", result), "achievedOn").equals(date)) {
					problems.add(code + " shares its date with " + result + " ('achieved before' would be ambiguous)");
				}
			}
			for (var used : refs(e, "USED")) {
				if (date.compareTo(text(seed.node("KeyMessage", used.key()), "approvedOn")) < 0) {
					problems.add(code + " used " + used.key() + " before its approval");
				}
			}
			for (var follows : refs(e, "FOLLOWS")) {
				if (follows.key().equals(code) || text(seed.node("Engagement", follows.key()), "date").compareTo(date) > 0) {
					problems.add(code + " follows " + follows.key() + ", which is not earlier");
				}
			}
			for (var project : raised(e, "Project")) {
				if (!concerns.contains(seed.countryOfProject(project))) {
					problems.add(code + " raised " + project + " without concerning its country");
				}
			}
			for (var result : raised(e, "Result")) {
				if (!concerns.contains(seed.countryOfResult(result))) {
					problems.add(code + " raised " + result + " without concerning its country");
				}
			}
			if ("INTERDEPARTMENTAL".equals(e.get("setting")) && !refs(e, "WITH").isEmpty()) {
				problems.add(code + " is interdepartmental but has a foreign counterpart");
			}
			if ("WORKING_GROUP".equals(e.get("kind")) && !isRwg(e)) {
				problems.add(code + " is a working group meeting outside the RWG");
			}
		});
		assertThat(problems).isEmpty();
	}

	/** Designations, decisions, plans and TD figures are Protected B: free texts must not reveal them. */
	@Test
	void noFreeTextMentionsADesignation() {
		var problems = new ArrayList<String>();
		for (var label : Map.of("Engagement", List.of("summaryEn", "summaryFr"), "KeyMessage", List.of("textEn", "textFr"),
				"Action", List.of("textEn", "textFr")).entrySet()) {
			seed.all(label.getKey()).forEach((code, record) -> label.getValue().stream()
				.filter(field -> MENTIONS_A_DESIGNATION.matcher(text(record, field)).find())
				.forEach(field -> problems.add(code + "." + field)));
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void theSeedReproducesThePublicFactsOfTheEvaluation() {
		var projects = seed.all("Project");
		assertThat(projects.values()).allSatisfy(p -> assertThat(first(p, "FUNDED_BY")).isEqualTo("MCEE"));
		var small = projects.values().stream().filter(p -> number(p, "fundingCad") < 250_000).count();
		assertThat(small).as("small and large projects").isPositive().isLessThan(projects.size());
		var startedIn2020 = projects.values().stream().filter(p -> text(p, "start").startsWith("2020")).toList();
		assertThat(startedIn2020).as("three projects approved in 2020").hasSize(3);
		assertThat(startedIn2020.stream().mapToLong(p -> number(p, "fundingCad")).sum()).as("totalling $4M")
			.isEqualTo(4_000_000);
		assertThat(projects.values()).as("closed or finalising after the envelope ended")
			.allSatisfy(p -> assertThat(number(p, "status")).isIn(3L, 4L));
		assertThat(projects.values().stream().filter(p -> number(p, "status") == 4)).hasSizeGreaterThanOrEqualTo(10);
		var decisions = seed.all("Decision").values();
		assertThat(decisions.stream().filter(d -> "SELECT_COUNTRY".equals(d.get("kind")) && text(d, "date").startsWith("2020")))
			.as("five countries selected in 2020").hasSize(5);
		assertThat(decisions.stream().filter(d -> "APPROVE_PLAN".equals(d.get("kind")) && text(d, "date").startsWith("2020")))
			.as("four plans approved in 2020").hasSize(4);
		assertThat(seed.all("EngagementPlan").values().stream().filter(p -> text(p, "approvedOn").startsWith("2020")))
			.hasSize(4);
	}

	/** Every analytical question has something to find in the demo. */
	@Test
	void theStorylineGivesEveryQuestionSomethingToFind() {
		var fictional = seed.fictionalCountries();
		assertThat(fictional).hasSizeGreaterThanOrEqualTo(8);
		var designations = seed.all("Designation").values();
		assertThat(designations.stream().filter(d -> "RECALCITRANT".equals(d.get("status")))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(designations.stream().filter(d -> "PREVENTATIVE".equals(d.get("status")))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(seed.designatedWithoutPlan()).as("a designated country without a plan").isNotEmpty();
		assertThat(seed.plansWithoutLeverage()).as("a plan where nobody holds LEVERAGE").isNotEmpty();
		assertThat(seed.preventativeWithoutTdStats()).as("a preventative country without TD figures").isNotEmpty();
		assertThat(fictional).as("a fictional country with no designation and no results").anySatisfy(c -> {
			assertThat(seed.designationsInForce(c)).isEmpty();
			assertThat(seed.resultsOf(c)).isEmpty();
		});
		for (String country : fictional) {
			assertThat(seed.all("Mission").values()).as("%s's embassy or high commission in Ottawa", country)
				.anySatisfy(m -> {
					assertThat(first(m, "REPRESENTS")).isEqualTo(country);
					assertThat(text(m, "city")).isEqualTo("Ottawa");
					assertThat(text(m, "kind")).isIn("EMBASSY", "HIGH_COMMISSION");
				});
			assertThat(seed.all("Authority").values().stream().filter(a -> country.equals(first(a, "OF"))).count())
				.as("%s's authorities", country).isBetween(2L, 4L);
		}
		assertThat(seed.all("Mission").values()).as("a fictional country's consulate in Canada").anySatisfy(m -> {
			assertThat(text(m, "kind")).isEqualTo("CONSULATE");
			assertThat(first(m, "LOCATED_IN")).isEqualTo("CA");
			assertThat(fictional).contains(first(m, "REPRESENTS"));
		});
		assertThat(seed.all("Mission").values().stream().filter(m -> "CA".equals(first(m, "REPRESENTS"))))
			.as("Canada's missions abroad").hasSizeGreaterThanOrEqualTo(3);
		var engagements = seed.all("Engagement").values();
		assertThat(engagements.stream().filter(e -> text(e, "date").compareTo("2025-12-31") <= 0))
			.hasSizeGreaterThanOrEqualTo(300);
		assertThat(engagements.stream().map(e -> text(e, "level")).distinct())
			.containsExactlyInAnyOrder("MINISTER", "ADM", "DG", "DIRECTOR", "WORKING");
		assertThat(engagements.stream().map(e -> text(e, "status")).distinct())
			.containsExactlyInAnyOrder("PLANNED", "HELD", "CANCELLED");
		var series = new TreeSet<String>();
		engagements.forEach(e -> refs(e, "PART_OF").forEach(s -> series.add(s.key())));
		assertThat(series).contains("RWG", "IGC", "RCM", "GFMD", "M5");
		var actions = seed.all("Action").values();
		assertThat(actions.stream().map(a -> text(a, "status")).distinct()).contains("OPEN", "DONE", "DROPPED");
		assertThat(actions).as("open actions due late 2026 or later")
			.anySatisfy(a -> assertThat(text(a, "status") + " " + text(a, "due")).matches("OPEN 20(2[7-9]|26-1[0-2]).*"));

		assertThat(seed.raisedOnlyWhenCancelled()).as("a result raised only at a cancelled meeting").isNotEmpty();
		var raisedInOttawa = seed.resultsRaised("OTTAWA", null, null);
		assertThat(raisedInOttawa).as("results raised in Ottawa").isNotEmpty();
		var mentionedInOttawa = seed.projectsRaised("OTTAWA", null, null);
		assertThat(seed.all("Result").keySet()).as("a project mentioned in Ottawa, its result never")
			.anyMatch(r -> !raisedInOttawa.contains(r) && mentionedInOttawa.contains(seed.projectOfResult(r)));
		var raisedInCountry = seed.resultsRaised("IN_COUNTRY", null, null);
		assertThat(raisedInCountry.stream().filter(r -> !raisedInOttawa.contains(r)))
			.as("results raised in the country but never in Ottawa").hasSizeGreaterThanOrEqualTo(10);
		assertThat(seed.held().stream().filter(e -> "CBSA".equals(seed.leadDepartment(e)) && raised(e, "Result").isEmpty()
				&& seed.ottawaCountries(e).stream().anyMatch(c -> seed.resultsOf(c).stream()
					.anyMatch(r -> text(seed.node("Result", r), "achievedOn").compareTo(text(e, "date")) < 0))))
			.as("CBSA-led Ottawa meetings that raised nothing although results existed").hasSizeGreaterThanOrEqualTo(3);
		assertThat(seed.disseminationGaps("CBSA")).as("results CBSA never heard").isNotEmpty();
		assertThat(engagements).as("a planned December 2026 meeting with a recalcitrant country's mission")
			.anySatisfy(e -> {
				assertThat(text(e, "status") + " " + text(e, "date")).startsWith("PLANNED 2026-12");
				assertThat(seed.ottawaCountries(e)).anyMatch(c -> everDesignated(c, "RECALCITRANT"));
			});
	}

	private static void need(List<String> problems, String label, String field, int min, int max) {
		seed.all(label).forEach((key, record) -> {
			int count = refs(record, field).size();
			if (count < min || count > max) {
				problems.add(label + " " + key + ": " + count + " " + field + " (expected " + min + ".."
						+ (max == Integer.MAX_VALUE ? "n" : max) + ")");
			}
		});
	}

	private static boolean isRwg(Map<String, Object> engagement) {
		return refs(engagement, "PART_OF").stream().anyMatch(s -> s.key().equals("RWG"));
	}

	private static boolean everDesignated(String country, String status) {
		return seed.all("Designation").values().stream()
			.anyMatch(d -> country.equals(first(d, "OF")) && status.equals(d.get("status")));
	}
}
