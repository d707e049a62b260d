package ca.engagementgraph.leverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An independent oracle for the analytical questions: it reads the seed's JSON files (reference and demo) as the
 * loader documents them in seed/README.md, and answers each question of DOMAIN.md ("The questions it must answer")
 * with plain Java over those records, following the definitions of graph-schema/MODEL.md section 7. It uses no
 * Cypher, no database and no product class, so a query that drifts from the definitions disagrees with it.
 *
 * <p>Definitions (as DOMAIN.md): "raised" always means by an engagement with status HELD. The OTTAWA channel of
 * country C: an engagement WITH a Mission that REPRESENTS C and is LOCATED_IN Canada. The IN_COUNTRY channel: WITH
 * an Authority OF C, or setting IN_COUNTRY and CONCERNS C. "Attended by department D": ATTENDED_BY D itself or a Unit
 * PART_OF D. A designation is in force on a day from its {@code from} to its {@code to} (inclusive; open-ended
 * without one).
 */
final class SeedOracle {

	/** The demo scenario's "today" (the tests pin the product's to it). */
	static final String TODAY = "2026-11-21";

	static final List<String> DEPARTMENTS = List.of("IRCC", "CBSA", "GAC", "PS", "IRB");

	/** Canada and the other Migration Five members: reference data, never a recipient. */
	private static final Set<String> REAL_COUNTRIES = Set.of("CA", "AU", "NZ", "GB", "US");

	/** IATI ActivityStatus codes, as DOMAIN.md lists them. */
	private static final Map<Integer, String> IATI_ACTIVITY_STATUS = Map.of(1, "PIPELINE", 2, "IMPLEMENTATION", 3,
			"FINALISATION", 4, "CLOSED", 5, "CANCELLED", 6, "SUSPENDED");

	private static final long SMALL_PROJECT_CEILING_CAD = 250_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A relationship field's reference: the target's label (null for a bare key), key and relationship properties. */
	record Ref(String label, String key, Map<String, Object> properties) {
	}

	private final Map<String, Map<String, Map<String, Object>>> nodes = new TreeMap<>();

	private SeedOracle() {
	}

	/** Reads {@code reference/*.json} then {@code demo/*.json} under {@code seed}, every record by its key. */
	static SeedOracle read(Path seed) throws IOException {
		var oracle = new SeedOracle();
		for (String layer : List.of("reference", "demo")) {
			List<Path> files;
			try (var listing = Files.list(seed.resolve(layer))) {
				files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
			}
			for (Path file : files) {
				Map<String, Object> document = JSON.readValue(Files.readString(file), new TypeReference<>() {
				});
				String label = (String) document.get("label");
				String key = label.equals("Country") ? "iso2" : "code";
				@SuppressWarnings("unchecked")
				var records = (List<Map<String, Object>>) document.get("records");
				for (var record : records) {
					oracle.nodes.computeIfAbsent(label, l -> new TreeMap<>()).put((String) record.get(key), record);
				}
			}
		}
		return oracle;
	}

	// ------------------------------------------------------------------------------------------ reading records

	Map<String, Map<String, Object>> all(String label) {
		return nodes.getOrDefault(label, Map.of());
	}

	Map<String, Object> node(String label, String key) {
		var record = all(label).get(key);
		if (record == null) {
			throw new IllegalStateException("no " + label + " " + key + " in the seed");
		}
		return record;
	}

	static List<Ref> refs(Map<String, Object> record, String field) {
		Object value = record.get(field);
		if (value == null) {
			return List.of();
		}
		var out = new ArrayList<Ref>();
		for (Object reference : value instanceof List<?> list ? list : List.of(value)) {
			if (reference instanceof String key) {
				out.add(new Ref(null, key, Map.of()));
				continue;
			}
			@SuppressWarnings("unchecked")
			var object = (Map<String, Object>) reference;
			String label = object.keySet().stream().filter(k -> Character.isUpperCase(k.charAt(0))).findFirst()
				.orElseThrow();
			var properties = new LinkedHashMap<>(object);
			properties.remove(label);
			out.add(new Ref(label, (String) object.get(label), properties));
		}
		return out;
	}

	static String first(Map<String, Object> record, String field) {
		var references = refs(record, field);
		return references.isEmpty() ? null : references.getFirst().key();
	}

	static String text(Map<String, Object> record, String property) {
		return (String) record.get(property);
	}

	static long number(Map<String, Object> record, String property) {
		return ((Number) record.get(property)).longValue();
	}

	// ------------------------------------------------------------------------------------------ the graph's facts

	String countryOfProject(String project) {
		return first(node("Project", project), "IN");
	}

	String projectOfResult(String result) {
		return first(node("Result", result), "OF");
	}

	String countryOfResult(String result) {
		return countryOfProject(projectOfResult(result));
	}

	/** The fictional countries (everything but Canada and the M5), by code. */
	List<String> fictionalCountries() {
		return all("Country").keySet().stream().filter(c -> !REAL_COUNTRIES.contains(c)).sorted().toList();
	}

	/** The countries some project is IN. */
	List<String> recipientCountries() {
		return all("Project").keySet().stream().map(this::countryOfProject).distinct().sorted().toList();
	}

	List<String> resultsOf(String country) {
		return all("Result").keySet().stream().filter(r -> countryOfResult(r).equals(country)).sorted().toList();
	}

	List<String> projectsOf(String country) {
		return all("Project").keySet().stream().filter(p -> countryOfProject(p).equals(country)).sorted().toList();
	}

	/** HELD engagements, by date then code. */
	List<Map<String, Object>> held() {
		return all("Engagement").values().stream().filter(e -> "HELD".equals(e.get("status")))
			.sorted(Comparator.comparing((Map<String, Object> e) -> text(e, "date")).thenComparing(e -> text(e, "code")))
			.toList();
	}

	/** The countries whose mission in Canada the engagement was with. */
	Set<String> ottawaCountries(Map<String, Object> engagement) {
		var countries = new TreeSet<String>();
		for (Ref with : refs(engagement, "WITH")) {
			if ("Mission".equals(with.label())) {
				var mission = node("Mission", with.key());
				if ("CA".equals(first(mission, "LOCATED_IN"))) {
					countries.add(first(mission, "REPRESENTS"));
				}
			}
		}
		return countries;
	}

	/** The countries whose authorities the engagement was with. */
	Set<String> authorityCountries(Map<String, Object> engagement) {
		var countries = new TreeSet<String>();
		for (Ref with : refs(engagement, "WITH")) {
			if ("Authority".equals(with.label())) {
				countries.add(first(node("Authority", with.key()), "OF"));
			}
		}
		return countries;
	}

	Set<String> inCountryCountries(Map<String, Object> engagement) {
		var countries = authorityCountries(engagement);
		if ("IN_COUNTRY".equals(engagement.get("setting"))) {
			refs(engagement, "CONCERNS").forEach(c -> countries.add(c.key()));
		}
		return countries;
	}

	boolean onChannel(Map<String, Object> engagement, String country, String channel) {
		return switch (channel) {
			case "ANY" -> true;
			case "OTTAWA" -> ottawaCountries(engagement).contains(country);
			case "IN_COUNTRY" -> inCountryCountries(engagement).contains(country);
			default -> throw new IllegalArgumentException(channel);
		};
	}

	String departmentOf(String participant) {
		var unit = all("Unit").get(participant);
		return unit == null ? participant : first(unit, "PART_OF");
	}

	boolean attendedBy(Map<String, Object> engagement, String department) {
		return refs(engagement, "ATTENDED_BY").stream().anyMatch(a -> departmentOf(a.key()).equals(department));
	}

	/** The department that led the engagement (a leading unit counts as its department). */
	String leadDepartment(Map<String, Object> engagement) {
		return refs(engagement, "ATTENDED_BY").stream().filter(a -> Boolean.TRUE.equals(a.properties().get("lead")))
			.map(a -> departmentOf(a.key())).findFirst().orElse(null);
	}

	static List<String> raised(Map<String, Object> engagement, String label) {
		return refs(engagement, "RAISED").stream().filter(r -> label.equals(r.label())).map(Ref::key).toList();
	}

	/**
	 * The results raised on the channel (for each result, the channel of its own country) by a HELD engagement dated
	 * on or before {@code asOf} (any date when null) that {@code department} attended (any when null).
	 */
	Set<String> resultsRaised(String channel, String asOf, String department) {
		var raised = new TreeSet<String>();
		for (var e : held()) {
			if ((asOf == null || text(e, "date").compareTo(asOf) <= 0) && (department == null || attendedBy(e, department))) {
				raised(e, "Result").stream().filter(r -> onChannel(e, countryOfResult(r), channel)).forEach(raised::add);
			}
		}
		return raised;
	}

	/** As {@link #resultsRaised}, for projects raised themselves. */
	Set<String> projectsRaised(String channel, String asOf, String department) {
		var raised = new TreeSet<String>();
		for (var e : held()) {
			if ((asOf == null || text(e, "date").compareTo(asOf) <= 0) && (department == null || attendedBy(e, department))) {
				raised(e, "Project").stream().filter(p -> onChannel(e, countryOfProject(p), channel)).forEach(raised::add);
			}
		}
		return raised;
	}

	boolean designationInForce(Map<String, Object> designation, String on) {
		String from = text(designation, "from");
		String to = text(designation, "to");
		return from.compareTo(on) <= 0 && (to == null || to.compareTo(on) >= 0);
	}

	/** The statuses of the country's designations in force today. */
	Set<String> designationsInForce(String country) {
		var statuses = new TreeSet<String>();
		for (var d : all("Designation").values()) {
			if (country.equals(first(d, "OF")) && designationInForce(d, TODAY)) {
				statuses.add(text(d, "status"));
			}
		}
		return statuses;
	}

	static String quarterOf(String date) {
		return date.substring(0, 4) + "-Q" + ((Integer.parseInt(date.substring(5, 7)) - 1) / 3 + 1);
	}

	static String shiftQuarter(String quarter, int by) {
		int index = Integer.parseInt(quarter.substring(0, 4)) * 4 + Integer.parseInt(quarter.substring(6)) - 1 + by;
		return Math.floorDiv(index, 4) + "-Q" + (Math.floorMod(index, 4) + 1);
	}

	List<Map<String, Object>> tdStatsOf(String country) {
		return all("TdStat").values().stream().filter(t -> country.equals(first(t, "FOR")))
			.sorted(Comparator.comparing(t -> text(t, "quarter"))).toList();
	}

	// ------------------------------------------------------------------------------------------ the questions

	/** Question 2: coverage of a set of results (one country's or one project's). */
	Map<String, Object> coverage(List<String> results) {
		var any = resultsRaised("ANY", null, null);
		var ottawa = resultsRaised("OTTAWA", null, null);
		var inCountry = resultsRaised("IN_COUNTRY", null, null);
		var row = new TreeMap<String, Object>();
		row.put("results", (long) results.size());
		row.put("raisedAnywhere", results.stream().filter(any::contains).count());
		row.put("raisedInOttawa", results.stream().filter(ottawa::contains).count());
		row.put("raisedInCountry", results.stream().filter(inCountry::contains).count());
		row.put("neverRaisedInOttawa", results.stream().filter(r -> !ottawa.contains(r)).count());
		var byDepartment = new TreeMap<String, Long>();
		for (String department : all("Department").keySet()) {
			var withDepartment = resultsRaised("ANY", null, department);
			byDepartment.put(department, results.stream().filter(withDepartment::contains).count());
		}
		row.put("byDepartment", byDepartment);
		return row;
	}

	/** Question 2, one row per recipient country. */
	Map<String, Object> coverageByCountry() {
		var rows = new TreeMap<String, Object>();
		recipientCountries().forEach(c -> rows.put(c, coverage(resultsOf(c))));
		return rows;
	}

	/** Question 2, one row per project of the country. */
	Map<String, Object> coverageByProject(String country) {
		var rows = new TreeMap<String, Object>();
		for (String project : projectsOf(country)) {
			rows.put(project, coverage(all("Result").keySet().stream().filter(r -> projectOfResult(r).equals(project))
				.sorted().toList()));
		}
		return rows;
	}

	/**
	 * Question 1: the country's results (achieved by {@code asOf}) never raised on the channel, each as "project,
	 * days waited, whether the project itself was mentioned on the channel".
	 */
	Map<String, String> unleveraged(String country, String channel, String asOf, String department) {
		var raised = resultsRaised(channel, asOf, department);
		var mentioned = projectsRaised(channel, asOf, department);
		var rows = new TreeMap<String, String>();
		for (String result : resultsOf(country)) {
			String achievedOn = text(node("Result", result), "achievedOn");
			if ((asOf == null || achievedOn.compareTo(asOf) <= 0) && !raised.contains(result)) {
				String project = projectOfResult(result);
				long days = ChronoUnit.DAYS.between(LocalDate.parse(achievedOn), LocalDate.parse(asOf == null ? TODAY : asOf));
				rows.put(result, unleveragedRow(project, days, mentioned.contains(project)));
			}
		}
		return rows;
	}

	static String unleveragedRow(String project, long daysSinceAchieved, boolean projectMentioned) {
		return "project " + project + ", " + daysSinceAchieved + " days, project mentioned: " + projectMentioned;
	}

	/** Results raised at CANCELLED engagements only: they must count as never raised. */
	Set<String> raisedOnlyWhenCancelled() {
		var any = resultsRaised("ANY", null, null);
		var out = new TreeSet<String>();
		all("Engagement").values().stream().filter(e -> "CANCELLED".equals(e.get("status")))
			.forEach(e -> raised(e, "Result").stream().filter(r -> !any.contains(r)).forEach(out::add));
		return out;
	}

	/**
	 * Question 3: for each HELD engagement with one of the country's missions in Canada (OTTAWA) or one of its
	 * authorities (IN_COUNTRY), when results of the country achieved before the date had not yet been raised on that
	 * channel by an earlier HELD engagement and the engagement raised none of them: one row "engagement, channel,
	 * counterpart, lead department, projects raised, results that could have been raised".
	 */
	List<String> missedOpportunities(String country) {
		var rows = new ArrayList<String>();
		var held = held();
		for (var e : held) {
			for (Ref with : refs(e, "WITH")) {
				String channel;
				if ("Mission".equals(with.label()) && country.equals(first(node("Mission", with.key()), "REPRESENTS"))
						&& "CA".equals(first(node("Mission", with.key()), "LOCATED_IN"))) {
					channel = "OTTAWA";
				}
				else if ("Authority".equals(with.label()) && country.equals(first(node("Authority", with.key()), "OF"))) {
					channel = "IN_COUNTRY";
				}
				else {
					continue;
				}
				String date = text(e, "date");
				var already = new TreeSet<String>();
				held.stream().filter(x -> text(x, "date").compareTo(date) < 0 && onChannel(x, country, channel))
					.forEach(x -> already.addAll(raised(x, "Result")));
				var candidates = resultsOf(country).stream()
					.filter(r -> text(node("Result", r), "achievedOn").compareTo(date) < 0 && !already.contains(r))
					.toList();
				if (!candidates.isEmpty() && raised(e, "Result").stream().noneMatch(candidates::contains)) {
					rows.add(missedRow(text(e, "code"), channel, with.key(), leadDepartment(e),
							new TreeSet<>(raised(e, "Project")), new TreeSet<>(candidates)));
				}
			}
		}
		rows.sort(null);
		return rows;
	}

	static String missedRow(String engagement, String channel, String counterpart, String lead, Set<String> projects,
			Set<String> couldHaveRaised) {
		return engagement + " " + channel + " with " + counterpart + ", led by " + lead + ", projects raised "
				+ projects + ", could have raised " + couldHaveRaised;
	}

	/**
	 * Question 5: the results never raised at a HELD engagement the department attended, each with how many HELD
	 * engagements raised it (all without the department).
	 */
	Map<String, String> disseminationGaps(String department) {
		var heard = resultsRaised("ANY", null, department);
		var rows = new TreeMap<String, String>();
		for (String result : all("Result").keySet()) {
			if (!heard.contains(result)) {
				long raisings = held().stream().filter(e -> raised(e, "Result").contains(result)).count();
				rows.put(result, disseminationRow(countryOfResult(result), projectOfResult(result), raisings));
			}
		}
		return rows;
	}

	static String disseminationRow(String country, String project, long raisedWithoutDepartment) {
		return country + " " + project + ", raised without the department " + raisedWithoutDepartment + " times";
	}

	/** Question 6: designated countries without a plan. */
	Set<String> designatedWithoutPlan() {
		var planned = new TreeSet<String>();
		all("EngagementPlan").values().forEach(p -> planned.add(first(p, "FOR")));
		var out = new TreeSet<String>();
		all("Country").keySet().stream().filter(c -> !designationsInForce(c).isEmpty() && !planned.contains(c))
			.forEach(out::add);
		return out;
	}

	/** Question 6: plans where no department holds LEVERAGE, each with its roles ("department:role"). */
	Map<String, Set<String>> plansWithoutLeverage() {
		var out = new TreeMap<String, Set<String>>();
		all("EngagementPlan").forEach((code, plan) -> {
			var roles = new TreeSet<String>();
			refs(plan, "HOLDS_ROLE").forEach(r -> roles.add(r.key() + ":" + r.properties().get("role")));
			if (roles.stream().noneMatch(r -> r.endsWith(":LEVERAGE"))) {
				out.put(code, roles);
			}
		});
		return out;
	}

	/** Question 6: preventative countries (in force) without TD statistics. */
	Set<String> preventativeWithoutTdStats() {
		var out = new TreeSet<String>();
		all("Country").keySet().stream()
			.filter(c -> designationsInForce(c).contains("PREVENTATIVE") && tdStatsOf(c).isEmpty()).forEach(out::add);
		return out;
	}

	/** Question 7: quarter → "requested, issued, median, results cited, engagements that cited them". */
	Map<String, String> tdQuarters(String country) {
		var stats = new TreeMap<String, Map<String, Object>>();
		tdStatsOf(country).forEach(t -> stats.put(text(t, "quarter"), t));
		var cited = new TreeMap<String, Long>();
		var meetings = new TreeMap<String, Set<String>>();
		for (var e : held()) {
			long ofCountry = raised(e, "Result").stream().filter(r -> countryOfResult(r).equals(country)).count();
			if (ofCountry > 0) {
				String quarter = quarterOf(text(e, "date"));
				cited.merge(quarter, ofCountry, Long::sum);
				meetings.computeIfAbsent(quarter, q -> new TreeSet<>()).add(text(e, "code"));
			}
		}
		var quarters = new TreeSet<>(stats.keySet());
		quarters.addAll(cited.keySet());
		var rows = new TreeMap<String, String>();
		for (String quarter : quarters) {
			var stat = stats.get(quarter);
			rows.put(quarter, tdQuarterRow(stat == null ? null : number(stat, "requested"),
					stat == null ? null : number(stat, "issued"),
					stat == null ? null : (Number) stat.get("medianDaysToIssue"), cited.getOrDefault(quarter, 0L),
					meetings.getOrDefault(quarter, Set.of())));
		}
		return rows;
	}

	static String tdQuarterRow(Long requested, Long issued, Number medianDays, long resultsRaised, Set<String> engagements) {
		return requested + " requested, " + issued + " issued, median " + (medianDays == null ? null : medianDays.doubleValue())
				+ " days, " + resultsRaised + " results raised at " + new TreeSet<>(engagements);
	}

	/** Question 7: the first HELD engagement (by date, code) that raised a result of the country on the OTTAWA channel. */
	String firstOttawaLeveraging(String country) {
		return held().stream()
			.filter(e -> raised(e, "Result").stream().anyMatch(r -> countryOfResult(r).equals(country))
					&& onChannel(e, country, "OTTAWA"))
			.map(e -> text(e, "code")).findFirst().orElse(null);
	}

	/**
	 * Question 7: the four quarters before (span -4) or after (span 4) the first Ottawa leveraging, its own quarter
	 * left out: "quarters, requested, issued, mean of the medians".
	 */
	String tdWindow(String country, int span) {
		String first = firstOttawaLeveraging(country);
		if (first == null) {
			return null;
		}
		String pivot = quarterOf(text(node("Engagement", first), "date"));
		var stats = new TreeMap<String, Map<String, Object>>();
		tdStatsOf(country).forEach(t -> stats.put(text(t, "quarter"), t));
		var inWindow = new ArrayList<Map<String, Object>>();
		for (int step = 1; step <= Math.abs(span); step++) {
			var stat = stats.get(shiftQuarter(pivot, Integer.signum(span) * step));
			if (stat != null) {
				inWindow.add(stat);
			}
		}
		var quarters = new TreeSet<String>();
		long requested = 0;
		long issued = 0;
		double medians = 0;
		int withMedian = 0;
		for (var stat : inWindow) {
			quarters.add(text(stat, "quarter"));
			requested += number(stat, "requested");
			issued += number(stat, "issued");
			if (stat.get("medianDaysToIssue") != null) {
				medians += ((Number) stat.get("medianDaysToIssue")).doubleValue();
				withMedian++;
			}
		}
		return tdWindowRow(quarters, requested, issued, withMedian == 0 ? null : medians / withMedian);
	}

	static String tdWindowRow(Set<String> quarters, long requested, long issued, Double meanMedianDays) {
		return quarters + ": " + requested + " requested, " + issued + " issued, mean median "
				+ (meanMedianDays == null ? null : String.format(java.util.Locale.ROOT, "%.6f", meanMedianDays)) + " days";
	}

	/**
	 * Question 8: per group, "projects, funding". {@code by} is priorityArea (every area, a project counting in each
	 * of its areas), designation (in force on the recipient country, NONE without), partner, status or sizeClass.
	 */
	Map<String, String> programProfile(String by) {
		var projects = new TreeMap<String, Long>();
		var funding = new TreeMap<String, Long>();
		if (by.equals("priorityArea")) {
			all("PriorityArea").keySet().forEach(area -> {
				projects.put(area, 0L);
				funding.put(area, 0L);
			});
		}
		all("Project").forEach((code, project) -> {
			List<String> groups = switch (by) {
				case "priorityArea" -> refs(project, "ADDRESSES").stream().map(Ref::key).toList();
				case "designation" -> {
					var inForce = designationsInForce(countryOfProject(code));
					yield List.of(inForce.isEmpty() ? "NONE" : inForce.iterator().next());
				}
				case "partner" -> refs(project, "IMPLEMENTED_BY").stream().map(Ref::key).toList();
				case "status" -> List.of(IATI_ACTIVITY_STATUS.get((int) number(project, "status")));
				case "sizeClass" -> List.of(number(project, "fundingCad") < SMALL_PROJECT_CEILING_CAD ? "SMALL" : "LARGE");
				default -> throw new IllegalArgumentException(by);
			};
			for (String group : groups) {
				projects.merge(group, 1L, Long::sum);
				funding.merge(group, number(project, "fundingCad"), Long::sum);
			}
		});
		var rows = new TreeMap<String, String>();
		projects.forEach((group, count) -> rows.put(group, profileRow(count, funding.get(group))));
		return rows;
	}

	static String profileRow(long projects, long fundingCad) {
		return projects + " projects, " + fundingCad + " CAD";
	}

	/** The project portfolio as the seed gives it: "country, partners, status, start, end, funding, areas". */
	Map<String, String> projectTable() {
		var rows = new TreeMap<String, String>();
		all("Project").forEach((code, p) -> rows.put(code, projectRow(countryOfProject(code),
				new TreeSet<>(refs(p, "IMPLEMENTED_BY").stream().map(Ref::key).toList()),
				IATI_ACTIVITY_STATUS.get((int) number(p, "status")), text(p, "start"), text(p, "end"),
				number(p, "fundingCad"), new TreeSet<>(refs(p, "ADDRESSES").stream().map(Ref::key).toList()))));
		return rows;
	}

	static String projectRow(String country, Set<String> partners, String status, String start, String end,
			long fundingCad, Set<String> areas) {
		return country + " " + partners + " " + status + " " + start + ".." + end + " " + fundingCad + " CAD " + areas;
	}

	/** The PLANNED engagements, by code. */
	List<String> planned() {
		return all("Engagement").values().stream().filter(e -> "PLANNED".equals(e.get("status")))
			.map(e -> text(e, "code")).sorted().toList();
	}

	/** Question 4: the engagement's counterpart (first WITH) and the country the briefing is about. */
	Ref briefingCounterpart(String engagement) {
		var with = refs(node("Engagement", engagement), "WITH");
		return with.isEmpty() ? null : with.getFirst();
	}

	String briefingCountry(String engagement) {
		Ref counterpart = briefingCounterpart(engagement);
		if (counterpart != null && "Mission".equals(counterpart.label())) {
			return first(node("Mission", counterpart.key()), "REPRESENTS");
		}
		if (counterpart != null && "Authority".equals(counterpart.label())) {
			return first(node("Authority", counterpart.key()), "OF");
		}
		return refs(node("Engagement", engagement), "CONCERNS").stream().map(Ref::key).sorted().findFirst().orElse(null);
	}

	/**
	 * Question 4 (a): the country's results never raised at a HELD engagement with this very counterpart, each with
	 * the key messages about it or its project.
	 */
	Map<String, Set<String>> briefingResults(String engagement) {
		String country = briefingCountry(engagement);
		Ref counterpart = briefingCounterpart(engagement);
		var raisedWithCounterpart = new TreeSet<String>();
		for (var e : held()) {
			if (counterpart != null && refs(e, "WITH").stream().anyMatch(w -> w.key().equals(counterpart.key()))) {
				raisedWithCounterpart.addAll(raised(e, "Result"));
			}
		}
		var rows = new TreeMap<String, Set<String>>();
		if (country == null) {
			return rows;
		}
		for (String result : resultsOf(country)) {
			if (!raisedWithCounterpart.contains(result)) {
				String project = projectOfResult(result);
				var messages = new TreeSet<String>();
				all("KeyMessage").forEach((code, m) -> {
					if (refs(m, "ABOUT").stream().anyMatch(a -> a.key().equals(result) || a.key().equals(project))) {
						messages.add(code);
					}
				});
				rows.put(result, messages);
			}
		}
		return rows;
	}

	/** Question 4 (b): the country's last eight quarters of TD figures, oldest first. */
	List<String> briefingTdTrend(String engagement) {
		var stats = tdStatsOf(briefingCountry(engagement));
		return stats.subList(Math.max(0, stats.size() - 8), stats.size()).stream()
			.map(t -> text(t, "quarter") + " " + number(t, "issued") + "/" + number(t, "requested") + " "
					+ ((Number) t.get("medianDaysToIssue")).doubleValue())
			.toList();
	}

	/** Question 4 (c): the five latest decisions concerning the country (date, then code), newest first. */
	List<String> briefingDecisions(String engagement) {
		String country = briefingCountry(engagement);
		return all("Decision").values().stream()
			.filter(d -> refs(d, "CONCERNS").stream().anyMatch(c -> c.key().equals(country)))
			.sorted(Comparator.comparing((Map<String, Object> d) -> text(d, "date")).reversed()
				.thenComparing(d -> text(d, "code")))
			.limit(5).map(d -> text(d, "code")).toList();
	}

	/**
	 * Question 4 (d): OPEN actions from engagements concerning the country: all of a meeting about it alone, and of a
	 * meeting about several countries those whose text names it.
	 */
	Set<String> briefingOpenActions(String engagement) {
		String country = briefingCountry(engagement);
		var out = new TreeSet<String>();
		all("Action").forEach((code, a) -> {
			var from = node("Engagement", first(a, "FROM"));
			var concerns = refs(from, "CONCERNS");
			if ("OPEN".equals(a.get("status")) && concerns.stream().anyMatch(c -> c.key().equals(country))
					&& (concerns.size() == 1 || names(a, country))) {
				out.add(code);
			}
		});
		return out;
	}

	private boolean names(Map<String, Object> action, String country) {
		var c = node("Country", country);
		return String.valueOf(action.get("textEn")).contains(text(c, "nameEn"))
				|| String.valueOf(action.get("textFr")).contains(text(c, "nameFr"));
	}
}
