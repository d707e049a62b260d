package ca.engagementgraph.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.model.ActionStatus;
import ca.engagementgraph.model.AuthorityKind;
import ca.engagementgraph.model.DecisionKind;
import ca.engagementgraph.model.DesignationStatus;
import ca.engagementgraph.model.EngagementKind;
import ca.engagementgraph.model.EngagementLevel;
import ca.engagementgraph.model.EngagementSetting;
import ca.engagementgraph.model.EngagementStatus;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.IatiCode;
import ca.engagementgraph.model.MissionKind;
import ca.engagementgraph.model.PlanRoleKind;
import ca.engagementgraph.model.ProjectStatus;
import ca.engagementgraph.model.Region;
import ca.engagementgraph.model.ResultType;
import ca.engagementgraph.model.RelationshipSpec;

/**
 * A deterministic generator of fictional data following the model (same scale and seed, same records in the same
 * order), streamed as chunks of {@link GraphData} of about {@code chunkRows} rows each, ready for the bulk writer.
 * A chunk only refers to nodes of the reference data ({@code seed/reference}) or of itself and earlier chunks.
 *
 * <p>Only meetings are streamed: countries, projects and results are small enough to keep (as codes, dates and a
 * few ints per result), which the meetings need to raise results achieved before their date.
 *
 * <p>Skew: countries are ranked, and the country of rank {@code i} gets a share of projects and meetings
 * proportional to {@code 1/(i+1)} (Zipf), so a few countries are very active and most are quiet. Within a
 * country about one result in ten is a "flagship" that meetings raise again and again; the others are raised
 * rarely or never.
 *
 * <p>Codes. ISO 3166 has only 39 usable user-assigned alpha-2 codes (QM–QZ, XA–XZ but XK), too few for 200
 * countries, and every other pair of letters is a real or reserved country. A synthetic country's {@code iso2} is
 * therefore a letter and a digit ({@code A0}, {@code B7}...), which no ISO code can ever be, so no real country is
 * ever said to be recalcitrant; its {@code iso3} is user-assigned ({@code XDA}–{@code XZZ}, skipping {@code XK?} and
 * {@code XX?}), outside the demo's {@code XAA}/{@code XBA}/{@code XCA}. The letter M is skipped so that no code
 * looks like the M5 forum's.
 */
public final class SyntheticData {

	/** The first and last day meetings are dated; today's date of the generator is fixed for reproducibility. */
	static final LocalDate FIRST_MEETING = LocalDate.of(2005, 1, 1);
	static final LocalDate LAST_MEETING = LocalDate.of(2026, 12, 31);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static final String[] STEMS = { "Rav", "Val", "Kel", "Tor", "Bel", "Dra", "Lun", "Sor", "Ner", "Cal", "Fen",
			"Gor", "Hal", "Zer", "Jor", "Ost", "Pel", "Mir", "Tal", "Vor", "Quen", "Brae", "Yss", "Wend", "Orl" };
	private static final String[][] ENDINGS = { { "ovia", "ovie" }, { "dania", "danie" }, { "mara", "mara" },
			{ "essa", "esse" }, { "avia", "avie" }, { "onia", "onie" }, { "ura", "oura" }, { "enia", "énie" },
			{ "aria", "arie" }, { "ica", "ique" } };
	private static final Region[] REGIONS = Region.values();
	private static final String[] PARTNERS = { "IOM", "IOM", "UNODC", "UNHCR", "UNHCR", "ARK" };
	private static final String[] AREAS = { "PA-POLICY", "PA-REGULAR", "PA-BORDER", "PA-DETER", "PA-OTHER", "PA-IDENTITY" };
	private static final String[] OUTCOMES = { "OC-IMM-KNOW", "OC-IMM-CAP", "OC-IMM-TD", "OC-INT-ENG", "OC-ULT-STD" };
	private static final String[] FORUMS = { "IGC", "RCM", "GFMD", "M5", "MPI" };
	private static final String[] DEPARTMENTS = { "IRCC", "CBSA", "GAC", "PS", "IRB" };
	private static final String[] UNITS = { "MCET", "IRCC-IIR", "IRCC-INTL", "CBSA-LO", "CBSA-REM", "GAC-GEO" };
	private static final String[][] AUTHORITIES = {
			{ "REF", AuthorityKind.REFUGEE_AGENCY.name(), "National Refugee Office of %s", "Office national des réfugiés de la %s" },
			{ "BOR", AuthorityKind.BORDER_POLICE.name(), "Border Police of %s", "Police des frontières de la %s" },
			{ "MFA", AuthorityKind.FOREIGN_AFFAIRS.name(), "Ministry of Foreign Affairs of %s", "Ministère des Affaires étrangères de la %s" } };

	private final GraphModel model = GraphModel.get();
	private final Scale scale;
	private final long seed;
	private final int chunkRows;

	/** What the generator wrote, by label and relationship type. */
	private final Map<String, Long> counts = new LinkedHashMap<>();

	public SyntheticData(Scale scale, long seed, int chunkRows) {
		this.scale = scale;
		this.seed = seed;
		this.chunkRows = chunkRows;
	}

	/** The code of the synthetic country of rank {@code rank} (0 is the most active). */
	public static String iso2(int rank) {
		char letter = (char) ('A' + rank / 10);
		if (letter >= 'M') {
			letter++;
		}
		return "" + letter + (char) ('0' + rank % 10);
	}

	static String iso3(int rank) {
		int index = 0;
		for (char second = 'D'; second <= 'Z'; second++) {
			if (second == 'K' || second == 'X') {
				continue;
			}
			for (char third = 'A'; third <= 'Z'; third++) {
				if (index++ == rank) {
					return "X" + second + third;
				}
			}
		}
		throw new IllegalArgumentException("No user-assigned alpha-3 code left for rank " + rank);
	}

	static String[] names(int rank) {
		String stem = STEMS[rank % STEMS.length];
		String[] ending = ENDINGS[(rank / STEMS.length) % ENDINGS.length];
		return new String[] { stem + ending[0], stem + ending[1] };
	}

	/** Counts of what was generated so far: labels, and relationship types as {@code :TYPE}. */
	public Map<String, Long> counts() {
		return counts;
	}

	/** Streams the whole graph, chunk after chunk, to {@code sink}. */
	public void generate(Consumer<GraphData> sink) {
		var chunk = new Chunk(sink);
		int n = scale.countries();
		Country[] countries = new Country[n];
		int[] projectsPerCountry = allocate(scale.projects(), n, 1);
		int[] meetingsPerCountry = allocate(scale.engagements(), n, 1);
		for (int rank = 0; rank < n; rank++) {
			countries[rank] = country(chunk, rank);
		}
		chunk.flush();
		// Projects and their results, country by country.
		var random = new SplittableRandom(seed * 31 + 1);
		int[] resultsPerProject = allocateRandom(scale.results(), scale.projects(), random);
		int projectIndex = 0;
		for (int rank = 0; rank < n; rank++) {
			Country country = countries[rank];
			var projects = new ArrayList<Project>();
			var results = new ArrayList<Result>();
			for (int p = 0; p < projectsPerCountry[rank]; p++) {
				Project project = project(chunk, country, p + 1, random);
				projects.add(project);
				for (int r = 0; r < resultsPerProject[projectIndex]; r++) {
					results.add(result(chunk, country, project, results.size() + 1, random));
				}
				projectIndex++;
			}
			country.index(projects, results);
		}
		chunk.flush();
		// Meetings, streamed.
		for (int rank = 0; rank < n; rank++) {
			var meetings = new SplittableRandom(seed * 1_000_003L + rank);
			Country country = countries[rank];
			for (int e = 0; e < meetingsPerCountry[rank]; e++) {
				meeting(chunk, country, countries, e + 1, meetings);
			}
			decisions(chunk, country, meetings);
		}
		chunk.flush();
	}

	// ---------------------------------------------------------------------------------------------- countries

	private static final class Country {

		final int rank;
		final String iso2;
		final String nameEn;
		final String nameFr;
		final boolean designated;
		List<Project> projects = List.of();
		/** Results ordered by achievement date, and the flagship ones likewise. */
		Result[] results = {};
		Result[] flagships = {};
		long[] resultDays = {};
		long[] flagshipDays = {};
		long[] projectStartDays = {};
		String interdepartmentalMeeting;

		Country(int rank, String nameEn, String nameFr) {
			this.rank = rank;
			this.iso2 = iso2(rank);
			this.nameEn = nameEn;
			this.nameFr = nameFr;
			this.designated = rank % 10 == 1 || rank % 10 == 4;
		}

		void index(List<Project> projects, List<Result> all) {
			this.projects = projects.stream().sorted((a, b) -> a.start.compareTo(b.start)).toList();
			this.projectStartDays = this.projects.stream().mapToLong(p -> p.start.toEpochDay()).toArray();
			this.results = all.stream().sorted((a, b) -> a.achievedOn.compareTo(b.achievedOn)).toArray(Result[]::new);
			this.resultDays = Arrays.stream(results).mapToLong(r -> r.achievedOn.toEpochDay()).toArray();
			this.flagships = Arrays.stream(results).filter(r -> r.flagship).toArray(Result[]::new);
			this.flagshipDays = Arrays.stream(flagships).mapToLong(r -> r.achievedOn.toEpochDay()).toArray();
		}
	}

	private record Project(String code, LocalDate start, LocalDate end) {
	}

	private record Result(String code, LocalDate achievedOn, boolean flagship) {
	}

	private Country country(Chunk chunk, int rank) {
		var random = new SplittableRandom(seed * 7 + rank);
		String[] names = names(rank);
		var country = new Country(rank, names[0], names[1]);
		String iso2 = country.iso2;
		chunk.node("Country", iso2, props("iso2", iso2, "iso3", iso3(rank), "nameEn", names[0], "nameFr", names[1],
				"region", REGIONS[rank % REGIONS.length]));
		String capital = names[0].substring(0, 3) + "ston";
		chunk.node("Mission", iso2 + "-OTT", props("nameEn", "Embassy of " + names[0] + " in Ottawa", "nameFr",
				"Ambassade de la " + names[1] + " à Ottawa", "kind", rank % 3 == 0 ? MissionKind.HIGH_COMMISSION : MissionKind.EMBASSY,
				"city", "Ottawa"));
		chunk.rel("Mission", "REPRESENTS", iso2 + "-OTT", "Country", iso2);
		chunk.rel("Mission", "LOCATED_IN", iso2 + "-OTT", "Country", "CA");
		chunk.node("Mission", iso2 + "-CAN", props("nameEn", "Embassy of Canada to " + names[0], "nameFr",
				"Ambassade du Canada en " + names[1], "kind", MissionKind.EMBASSY, "city", capital));
		chunk.rel("Mission", "REPRESENTS", iso2 + "-CAN", "Country", "CA");
		chunk.rel("Mission", "LOCATED_IN", iso2 + "-CAN", "Country", iso2);
		for (String[] authority : AUTHORITIES) {
			String code = iso2 + "-" + authority[0];
			chunk.node("Authority", code, props("nameEn", authority[2].formatted(names[0]), "nameFr",
					authority[3].formatted(names[1]), "kind", authority[1]));
			chunk.rel("Authority", "OF", code, "Country", iso2);
		}
		if (country.designated) {
			boolean recalcitrant = rank % 10 == 1;
			String code = "DES-" + iso2;
			LocalDate from = LocalDate.of(2010 + random.nextInt(14), 1 + random.nextInt(12), 1);
			chunk.node("Designation", code, props("status", recalcitrant ? DesignationStatus.RECALCITRANT : DesignationStatus.PREVENTATIVE, "from", from));
			chunk.rel("Designation", "OF", code, "Country", iso2);
			if (rank % 20 != 4) {
				String plan = "PLAN-" + iso2;
				chunk.node("EngagementPlan", plan, props("approvedOn", from.plusMonths(3), "escalationStage",
						(long) random.nextInt(5)));
				chunk.rel("EngagementPlan", "FOR", plan, "Country", iso2);
				chunk.rel("Department", "HOLDS_ROLE", "CBSA", "EngagementPlan", plan, Map.of("role", PlanRoleKind.LEAD.name()));
				if (rank % 30 != 1) {
					chunk.rel("Department", "HOLDS_ROLE", "IRCC", "EngagementPlan", plan, Map.of("role", PlanRoleKind.LEVERAGE.name()));
				}
				chunk.rel("Department", "HOLDS_ROLE", "GAC", "EngagementPlan", plan, Map.of("role", PlanRoleKind.ESCALATE.name()));
			}
		}
		if ((country.designated || rank % 3 == 0) && rank % 20 != 14) {
			double requested = 20 + random.nextInt(200);
			for (int year = 2015; year <= 2026; year++) {
				for (int quarter = 1; quarter <= 4 && !(year == 2026 && quarter == 4); quarter++) {
					String q = year + "-Q" + quarter;
					String code = iso2 + "-" + q;
					long asked = Math.max(1, Math.round(requested * (0.7 + 0.6 * random.nextDouble())));
					long issued = Math.round(asked * (0.2 + 0.75 * random.nextDouble()));
					var properties = props("country", iso2, "quarter", q, "requested", asked, "issued", issued);
					if (issued > 0) {
						properties.put("medianDaysToIssue", 20 + Math.round(random.nextDouble() * 3000) / 10.0);
					}
					chunk.node("TdStat", code, properties);
					chunk.rel("TdStat", "FOR", code, "Country", iso2);
				}
			}
		}
		chunk.boundary();
		return country;
	}

	// ---------------------------------------------------------------------------------------- projects, results

	private Project project(Chunk chunk, Country country, int number, SplittableRandom random) {
		String code = country.iso2 + "-P" + pad(number, 5);
		LocalDate start = date(LocalDate.of(2003, 1, 1), LocalDate.of(2024, 6, 30), random);
		LocalDate end = start.plusMonths(12 + random.nextInt(36));
		boolean small = random.nextInt(10) < 6;
		long funding = small ? 50_000 + random.nextInt(200_000) : 250_000 + random.nextInt(2_750_000);
		ProjectStatus status = end.isBefore(TODAY) ? (random.nextInt(20) == 0 ? ProjectStatus.CANCELLED : ProjectStatus.CLOSED)
				: ProjectStatus.IMPLEMENTATION;
		String area = AREAS[random.nextInt(AREAS.length)];
		chunk.node("Project", code, props("titleEn", "Strengthening " + area.substring(3).toLowerCase() + " capacity in "
				+ country.nameEn + " (" + number + ")", "titleFr", "Renforcement des capacités (" + area.substring(3)
				.toLowerCase() + ") en " + country.nameFr + " (" + number + ")", "status", status, "start", start,
				"end", end, "fundingCad", funding));
		chunk.rel("Project", "FUNDED_BY", code, "Envelope", "MCEE");
		chunk.rel("Project", "IMPLEMENTED_BY", code, "Organization", PARTNERS[random.nextInt(PARTNERS.length)]);
		chunk.rel("Project", "IN", code, "Country", country.iso2);
		chunk.rel("Project", "BENEFITS", code, "Authority", country.iso2 + "-" + AUTHORITIES[random.nextInt(2)][0]);
		chunk.rel("Project", "ADDRESSES", code, "PriorityArea", area);
		if (random.nextInt(3) == 0) {
			String other = AREAS[random.nextInt(AREAS.length)];
			if (!other.equals(area)) {
				chunk.rel("Project", "ADDRESSES", code, "PriorityArea", other);
			}
		}
		chunk.rel("Project", "MANAGED_BY", code, "Unit", random.nextInt(4) == 0 ? "IRCC-INTL" : "MCET");
		chunk.boundary();
		return new Project(code, start, end);
	}

	private Result result(Chunk chunk, Country country, Project project, int number, SplittableRandom random) {
		String code = country.iso2 + "-R" + pad(number, 6);
		long span = Math.max(1, project.end.toEpochDay() - project.start.toEpochDay());
		LocalDate achievedOn = project.start.plusDays(90 + random.nextLong(span + 365));
		int kind = random.nextInt(10);
		long value = 10 + random.nextInt(3000);
		var properties = props("summaryEn", value + " officials of " + country.nameEn + " trained or equipped (" + code
				+ ")", "summaryFr", value + " fonctionnaires de la " + country.nameFr + " formés ou équipés (" + code + ")",
				"achievedOn", achievedOn, "type", kind < 6 ? ResultType.OUTPUT : kind < 9 ? ResultType.OUTCOME : ResultType.IMPACT, "indicatorEn",
				"Officials trained", "indicatorFr", "Fonctionnaires formés");
		if (kind % 2 == 0) {
			properties.put("baseline", 0.0);
			properties.put("value", (double) value);
			properties.put("unitEn", "officials");
			properties.put("unitFr", "fonctionnaires");
		}
		chunk.node("Result", code, properties);
		chunk.rel("Result", "OF", code, "Project", project.code);
		chunk.rel("Result", "CONTRIBUTES_TO", code, "Outcome", OUTCOMES[random.nextInt(OUTCOMES.length)]);
		boolean flagship = random.nextInt(10) == 0;
		if (flagship && random.nextInt(3) == 0) {
			String message = country.iso2 + "-KM" + pad(number, 6);
			chunk.node("KeyMessage", message, props("textEn", "Canada values the results achieved with " + country.nameEn
					+ " (" + code + ").", "textFr", "Le Canada salue les résultats obtenus avec la " + country.nameFr + " ("
					+ code + ").", "approvedOn", achievedOn.plusDays(30)));
			chunk.rel("KeyMessage", "ABOUT", message, "Result", code);
			chunk.rel("KeyMessage", "DRAFTED_BY", message, "Department", random.nextBoolean() ? "IRCC" : "GAC");
		}
		chunk.boundary();
		return new Result(code, achievedOn, flagship);
	}

	// ----------------------------------------------------------------------------------------------- meetings

	private void meeting(Chunk chunk, Country country, Country[] countries, int number, SplittableRandom random) {
		String code = country.iso2 + "-E" + pad(number, 7);
		// Activity grows over the years: the density of meetings rises linearly from the first day to the last.
		long span = LAST_MEETING.toEpochDay() - FIRST_MEETING.toEpochDay();
		LocalDate date = FIRST_MEETING.plusDays((long) Math.floor(span * Math.sqrt(random.nextDouble())));
		EngagementStatus status = date.isAfter(TODAY) ? EngagementStatus.PLANNED
				: random.nextInt(100) < 7 ? EngagementStatus.CANCELLED : EngagementStatus.HELD;
		int pick = random.nextInt(100);
		EngagementSetting setting = pick < 35 ? EngagementSetting.OTTAWA : pick < 75 ? EngagementSetting.IN_COUNTRY
				: pick < 85 ? EngagementSetting.MULTILATERAL : EngagementSetting.INTERDEPARTMENTAL;
		EngagementKind kind;
		String with;
		String withLabel;
		String lead;
		String leadLabel = "Department";
		EngagementLevel levels = EngagementLevel.DIRECTOR;
		switch (setting) {
			case OTTAWA -> {
				kind = random.nextInt(3) == 0 ? EngagementKind.CALL : random.nextBoolean() ? EngagementKind.HEAD_OF_MISSION_MEETING
						: EngagementKind.BILATERAL_MEETING;
				withLabel = "Mission";
				with = country.iso2 + "-OTT";
				int who = random.nextInt(20);
				lead = who < 12 ? "CBSA" : who < 17 ? "GAC" : "IRCC";
				levels = new EngagementLevel[] { EngagementLevel.DG, EngagementLevel.DIRECTOR, EngagementLevel.WORKING }[random
					.nextInt(3)];
			}
			case IN_COUNTRY -> {
				kind = new EngagementKind[] { EngagementKind.BILATERAL_MEETING, EngagementKind.MONITORING_MISSION,
						EngagementKind.SCOPING_MISSION, EngagementKind.STUDY_TOUR }[random
					.nextInt(4)];
				withLabel = "Authority";
				with = country.iso2 + "-" + AUTHORITIES[random.nextInt(AUTHORITIES.length)][0];
				int who = random.nextInt(10);
				lead = who < 5 ? "GAC" : who < 8 ? "CBSA-LO" : "IRCC-INTL";
				leadLabel = who < 5 ? "Department" : "Unit";
			}
			case MULTILATERAL -> {
				kind = EngagementKind.MULTILATERAL_FORUM;
				withLabel = "Organization";
				with = FORUMS[random.nextInt(FORUMS.length)];
				lead = "IRCC";
				levels = random.nextBoolean() ? EngagementLevel.ADM : EngagementLevel.DG;
			}
			default -> {
				kind = random.nextInt(4) == 0 ? EngagementKind.BRIEFING : EngagementKind.WORKING_GROUP;
				withLabel = null;
				with = null;
				lead = "CBSA";
				levels = random.nextInt(4) == 0 ? EngagementLevel.ADM : EngagementLevel.WORKING;
			}
		}
		String place = switch (setting) {
			case OTTAWA -> "in Ottawa with the mission of " + country.nameEn;
			case IN_COUNTRY -> "in " + country.nameEn + " with national authorities";
			case MULTILATERAL -> "at the " + with + " forum about " + country.nameEn;
			default -> "of Canadian departments about " + country.nameEn;
		};
		String lieu = switch (setting) {
			case OTTAWA -> "à Ottawa avec la mission de la " + country.nameFr;
			case IN_COUNTRY -> "en " + country.nameFr + " avec les autorités nationales";
			case MULTILATERAL -> "au forum " + with + " au sujet de la " + country.nameFr;
			default -> "des ministères canadiens au sujet de la " + country.nameFr;
		};
		chunk.node("Engagement", code, props("date", date, "status", status, "kind", kind, "setting", setting, "level",
				levels, "summaryEn", "Meeting " + place + " (" + code + ").", "summaryFr", "Réunion " + lieu + " (" + code
						+ ")."));
		if (with != null) {
			chunk.rel("Engagement", "WITH", code, withLabel, with);
		}
		if (kind == EngagementKind.WORKING_GROUP) {
			chunk.rel("Engagement", "PART_OF", code, "Organization", "RWG");
			if (country.interdepartmentalMeeting == null && status == EngagementStatus.HELD) {
				country.interdepartmentalMeeting = code;
			}
		}
		chunk.rel("Engagement", "CONCERNS", code, "Country", country.iso2);
		if (setting == EngagementSetting.MULTILATERAL && random.nextBoolean()) {
			Country other = countries[random.nextInt(countries.length)];
			if (other != country) {
				chunk.rel("Engagement", "CONCERNS", code, "Country", other.iso2);
			}
		}
		chunk.rel("Engagement", "ATTENDED_BY", code, leadLabel, lead, Map.of("lead", true));
		var present = new HashSet<String>(List.of(lead));
		int others = random.nextInt(3);
		for (int i = 0; i < others; i++) {
			boolean unit = random.nextBoolean();
			String participant = unit ? UNITS[random.nextInt(UNITS.length)] : DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
			if (present.add(participant)) {
				chunk.rel("Engagement", "ATTENDED_BY", code, unit ? "Unit" : "Department", participant,
						Map.of("lead", false));
			}
		}
		if (status == EngagementStatus.HELD || status == EngagementStatus.PLANNED) {
			raise(chunk, country, code, date, setting, random);
		}
		if (status == EngagementStatus.HELD && random.nextInt(100) < 3) {
			String action = country.iso2 + "-A" + pad(number, 7);
			LocalDate due = date.plusDays(30 + random.nextInt(90));
			ActionStatus state = due.isAfter(TODAY.minusMonths(6)) ? ActionStatus.OPEN
					: random.nextInt(10) == 0 ? ActionStatus.DROPPED : ActionStatus.DONE;
			chunk.node("Action", action, props("textEn", "Follow up on meeting " + code + ".", "textFr",
					"Faire le suivi de la réunion " + code + ".", "due", due, "status", state));
			chunk.rel("Action", "FROM", action, "Engagement", code);
			chunk.rel("Action", "ASSIGNED_TO", action, "Department", leadLabel.equals("Department") ? lead : "GAC");
		}
		chunk.boundary();
	}

	/**
	 * What a meeting raised: nothing at about a third of them; otherwise one result or more, achieved before the
	 * meeting, nearly always flagship ones; sometimes a project.
	 */
	private void raise(Chunk chunk, Country country, String code, LocalDate date, EngagementSetting setting,
			SplittableRandom random) {
		if (setting == EngagementSetting.INTERDEPARTMENTAL ? random.nextInt(100) < 80 : random.nextInt(100) < 20) {
			return;
		}
		long day = date.toEpochDay();
		int available = upTo(country.resultDays, day);
		int flagships = upTo(country.flagshipDays, day);
		int wanted = 1;
		while (random.nextInt(100) < 72 && wanted < 15) {
			wanted++;
		}
		var raised = new HashSet<String>();
		for (int i = 0; i < wanted && available > 0; i++) {
			Result result = flagships > 0 && random.nextInt(100) < 96 ? country.flagships[random.nextInt(flagships)]
					: country.results[random.nextInt(available)];
			if (raised.add(result.code)) {
				chunk.rel("Engagement", "RAISED", code, "Result", result.code);
			}
		}
		int projects = upTo(country.projectStartDays, day);
		if (projects > 0 && random.nextInt(100) < 15) {
			chunk.rel("Engagement", "RAISED", code, "Project", country.projects.get(random.nextInt(projects)).code);
		}
	}

	/** A few Protected B decisions per designated country, taken at one of its working-group meetings. */
	private void decisions(Chunk chunk, Country country, SplittableRandom random) {
		if (!country.designated) {
			return;
		}
		DecisionKind[] kinds = { DecisionKind.SELECT_COUNTRY, DecisionKind.APPROVE_PLAN, DecisionKind.ESCALATE,
				DecisionKind.OTHER };
		for (int i = 1; i <= 4; i++) {
			String code = "DEC-" + country.iso2 + "-" + i;
			chunk.node("Decision", code, props("date", date(LocalDate.of(2015, 1, 1), TODAY, random), "kind", kinds[i - 1],
					"textEn", "The working group decided on " + country.nameEn + " (" + i + ").", "textFr",
					"Le groupe de travail a pris une décision concernant la " + country.nameFr + " (" + i + ")."));
			chunk.rel("Decision", "CONCERNS", code, "Country", country.iso2);
			if (country.interdepartmentalMeeting != null) {
				chunk.rel("Decision", "TAKEN_AT", code, "Engagement", country.interdepartmentalMeeting);
			}
		}
		chunk.boundary();
	}

	// ------------------------------------------------------------------------------------------------ helpers

	/** How many of the ascending {@code days} are on or before {@code day}. */
	private static int upTo(long[] days, long day) {
		int index = Arrays.binarySearch(days, day);
		if (index < 0) {
			return -index - 1;
		}
		while (index + 1 < days.length && days[index + 1] == day) {
			index++;
		}
		return index + 1;
	}

	/** {@code total} split over {@code n} ranks in proportion to 1/(rank+1), each at least {@code minimum}. */
	static int[] allocate(int total, int n, int minimum) {
		double harmonic = 0;
		for (int i = 1; i <= n; i++) {
			harmonic += 1.0 / i;
		}
		int[] shares = new int[n];
		int given = 0;
		for (int i = 0; i < n; i++) {
			shares[i] = Math.max(minimum, (int) Math.floor(total / harmonic / (i + 1)));
			given += shares[i];
		}
		for (int i = 0; given < total; i = (i + 1) % n) {
			shares[i]++;
			given++;
		}
		for (int i = 0; given > total; i = (i + 1) % n) {
			if (shares[i] > minimum) {
				shares[i]--;
				given--;
			}
		}
		return shares;
	}

	/** {@code total} split over {@code n} buckets of random sizes averaging total/n, each at least 1. */
	private static int[] allocateRandom(int total, int n, SplittableRandom random) {
		int average = Math.max(1, total / n);
		int[] sizes = new int[n];
		long given = 0;
		for (int i = 0; i < n; i++) {
			sizes[i] = 1 + random.nextInt(2 * average - 1 + 1);
			given += sizes[i];
		}
		for (int i = 0; given != total; i = (i + 1) % n) {
			if (given < total) {
				sizes[i]++;
				given++;
			}
			else if (sizes[i] > 1) {
				sizes[i]--;
				given--;
			}
		}
		return sizes;
	}

	private static LocalDate date(LocalDate from, LocalDate to, SplittableRandom random) {
		return from.plusDays(random.nextLong(to.toEpochDay() - from.toEpochDay() + 1));
	}

	private static String pad(int number, int width) {
		String digits = Integer.toString(number);
		return "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

	/** Properties as stored: a value of a value list as its name, or its code for an IATI list. */
	private static Map<String, Object> props(Object... pairs) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i < pairs.length; i += 2) {
			Object value = pairs[i + 1];
			map.put((String) pairs[i], value instanceof IatiCode iati ? (Object) (long) iati.code()
					: value instanceof Enum<?> name ? name.name() : value);
		}
		return map;
	}

	/** Collects rows and hands them on as a GraphData once a record boundary is reached past the chunk size. */
	private final class Chunk {

		private final Consumer<GraphData> sink;
		private List<GraphData.NodeRow> nodes = new ArrayList<>();
		private List<GraphData.RelationshipRow> relationships = new ArrayList<>();
		private final Map<String, RelationshipSpec> specs = new LinkedHashMap<>();
		private final GraphData.Origin origin;

		Chunk(Consumer<GraphData> sink) {
			this.sink = sink;
			this.origin = new GraphData.Origin("synthetic " + scale + " seed " + seed, 0, "record");
		}

		void node(String label, String key, Map<String, Object> properties) {
			String keyName = model.nodeType(label).orElseThrow().key();
			var all = new LinkedHashMap<String, Object>();
			all.put(keyName, key);
			all.putAll(properties);
			nodes.add(new GraphData.NodeRow(label, key, all, null, origin));
			counts.merge(label, 1L, Long::sum);
		}

		void rel(String fromLabel, String type, String fromKey, String toLabel, String toKey) {
			rel(fromLabel, type, fromKey, toLabel, toKey, Map.of());
		}

		void rel(String fromLabel, String type, String fromKey, String toLabel, String toKey, Map<String, Object> properties) {
			RelationshipSpec spec = specs.computeIfAbsent(fromLabel + type, k -> model.relationships().stream()
				.filter(s -> s.from().equals(fromLabel) && s.type().equals(type))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("Not in the model: " + fromLabel + "-" + type)));
			if (!spec.to().contains(toLabel)) {
				throw new IllegalStateException("Not in the model: " + fromLabel + "-" + type + "->" + toLabel);
			}
			relationships.add(new GraphData.RelationshipRow(spec, fromLabel, fromKey, toLabel, toKey, properties));
			counts.merge(":" + type, 1L, Long::sum);
		}

		/** The end of one record and its relationships: a chunk may end here. */
		void boundary() {
			if (nodes.size() + relationships.size() >= chunkRows) {
				flush();
			}
		}

		void flush() {
			if (nodes.isEmpty() && relationships.isEmpty()) {
				return;
			}
			sink.accept(new GraphData(nodes, relationships, List.of()));
			nodes = new ArrayList<>();
			relationships = new ArrayList<>();
		}
	}
}
