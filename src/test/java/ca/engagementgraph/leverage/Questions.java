package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageRequest;
import ca.engagementgraph.country.Authority;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.country.Mission;
import ca.engagementgraph.engagement.Action;
import ca.engagementgraph.engagement.KeyMessage;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Ordering;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.partner.Organization;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import ca.engagementgraph.security.Access;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The leveraging questions (DOMAIN.md, "The questions it must answer") as the data-level tests ask them: each a
 * small functional interface taking the question's own arguments and giving a plain answer (codes and counts), so
 * that a test reads as a fixture graph and the answer expected from it. {@link #of} answers them with today's
 * queries ({@link LeverageQueries} through {@link GraphReader}, and the controllers where the answer is assembled
 * in Java); when the questions move to the ledger, only {@link #of} changes, the fixtures and answers stay.
 */
final class Questions {

	/** Question 1: a result never raised on the channel, with its age and whether its project was mentioned. */
	record Unleveraged(String result, int daysSinceAchieved, boolean projectMentioned) {
	}

	@FunctionalInterface
	interface UnleveragedResults {

		/** Oldest result first; {@code channel} OTTAWA, IN_COUNTRY or ANY; {@code attendedBy} and {@code asOf} optional. */
		List<Unleveraged> ask(String country, String channel, String attendedBy, LocalDate asOf);

		default List<String> codes(String country, String channel, String attendedBy, LocalDate asOf) {
			return ask(country, channel, attendedBy, asOf).stream().map(Unleveraged::result).toList();
		}
	}

	/** Question 2: one row of coverage (the project is null in a per-country row). */
	record Coverage(String country, String project, int results, int raisedAnywhere, int raisedInOttawa,
			int raisedInCountry, Map<String, Integer> raisedByDepartment) {
	}

	@FunctionalInterface
	interface LeveragingCoverage {

		/** {@code by} COUNTRY or PROJECT. */
		List<Coverage> ask(String country, String by);
	}

	/** Question 3: a held meeting that raised none of the results waiting on its channel. */
	record Missed(String meeting, String channel, String counterpart, List<String> couldHaveRaised) {
	}

	@FunctionalInterface
	interface MissedOpportunities {

		/** Oldest meeting first; the results oldest first. */
		List<Missed> ask(String country, LocalDate from, LocalDate to);
	}

	/** Question 3 a page at a time: the rows, how many results each meeting had waiting, the total, the cursor. */
	record MissedPage(List<Missed> rows, List<Integer> waiting, long total, boolean hasNext,
			org.springframework.data.domain.KeysetScrollPosition end) {
	}

	@FunctionalInterface
	interface MissedOpportunityPages {

		/** {@code first} meetings after {@code after} (null: the first page), each listing {@code results} results. */
		MissedPage ask(String country, int first, int results, org.springframework.data.domain.KeysetScrollPosition after);
	}

	/** Question 4: a briefing pack, as codes. */
	record Pack(String counterpart, String country, List<String> resultsToRaise, Map<String, List<String>> keyMessages,
			List<String> tdTrend, List<String> latestDecisions, List<String> openActions) {
	}

	@FunctionalInterface
	interface BriefingPack {

		Pack ask(String engagement);
	}

	/** Question 4's results to raise, a page at a time: the result codes, how many in all, whether more follow. */
	record ResultsToRaise(List<String> results, long total, boolean hasNext) {
	}

	@FunctionalInterface
	interface ResultsToRaisePages {

		/** The first {@code first} results to raise at the planned meeting. */
		ResultsToRaise ask(String engagement, int first);
	}

	/** Question 5: a result no meeting the department attended raised, and how many held meetings raised it. */
	record Gap(String result, int raisedWithoutDepartment) {
	}

	@FunctionalInterface
	interface DisseminationGaps {

		/** By result code. */
		List<Gap> ask(String department, String country);
	}

	/** Question 6, as country and plan codes. */
	record Accountability(List<String> designatedWithoutPlan, List<String> plansWithoutLeverage,
			List<String> preventativeWithoutTdStats) {
	}

	@FunctionalInterface
	interface AccountabilityGaps {

		Accountability ask();
	}

	/** Question 7: one quarter of the timeline. */
	record Quarter(String quarter, Long requested, Long issued, List<String> meetings, int resultsRaised) {
	}

	/** Question 7: the timeline, and the quarters before and after the first Ottawa leveraging with their sums. */
	record Timeline(List<Quarter> quarters, String firstOttawaLeveraging, List<String> before, Long issuedBefore,
			List<String> after, Long issuedAfter) {
	}

	@FunctionalInterface
	interface TdTimeline {

		Timeline ask(String country);
	}

	/** Question 7's quarters when each lists at most {@code meetingsPerQuarter} meetings: quarter, count, listed. */
	@FunctionalInterface
	interface BoundedTdQuarters {

		List<String> ask(String country, int meetingsPerQuarter);
	}

	/** A timeline's meeting: a record, or its code and date as the ledger's rows know them. */
	private static String code(Object meeting) {
		return meeting instanceof ca.engagementgraph.engagement.Engagement engagement ? engagement.code()
				: (String) ((java.util.Map<?, ?>) meeting).get("code");
	}

	BoundedTdQuarters boundedTdQuarters() {
		var controller = context.getBean(TdTimelineController.class);
		return (country, meetingsPerQuarter) -> controller.tdTimeline(country, meetingsPerQuarter).quarters().stream()
			.filter(q -> q.engagementCount() > 0)
			.map(q -> q.quarter() + " " + q.engagementCount() + " " + q.engagements().stream().map(Questions::code).toList())
			.toList();
	}

	private final GraphReader graph;
	private final ApplicationContext context;

	private Questions(ApplicationContext context) {
		this.context = context;
		this.graph = context.getBean(GraphReader.class);
	}

	/** Today's answers to the questions. */
	static Questions of(ApplicationContext context) {
		return new Questions(context);
	}

	/** The headline question as the API asks it: from the leverage ledger, with the reader's clearance. */
	private static ListQuery<UnleveragedResult> unleveraged(String channel, String attendedBy, LocalDate asOf) {
		var fact = LedgerQuestions.Fact.of(channel, !ca.engagementgraph.api.read.Visibility.cleared(), attendedBy);
		return ListQuery.paged(UnleveragedResult.class, LedgerQuestions.unleveraged(fact, asOf != null),
				(row, nodes) -> new UnleveragedResult(nodes.map(Result.class, row.get("result")),
						nodes.map(Project.class, row.get("project")), row.get("daysSinceAchieved").asInt(),
						row.get("projectMentioned").asBoolean()));
	}

	private static final ListQuery<DisseminationGap> GAPS = new ListQuery<>(DisseminationGap.class,
			LeverageQueries.DISSEMINATION_GAPS,
			(row, nodes) -> new DisseminationGap(nodes.map(Result.class, row.get("result")),
					nodes.map(Project.class, row.get("project")), nodes.map(Country.class, row.get("country")),
					row.get("raisedWithoutDepartment").asInt()));

	/** Every row a fixture can hold fits one page of the largest size. */
	private static ListRequest allRows(String sort) {
		return new ListRequest(new Ordering(sort, false), new PageRequest(PageRequest.MAX_PAGE_SIZE, null), false,
				Language.EN);
	}

	UnleveragedResults unleveragedResults() {
		var countries = context.getBean(KnownCountries.class);
		return (country, channel, attendedBy, asOf) -> graph.page(
				unleveraged(channel == null ? "OTTAWA" : channel, attendedBy, asOf),
				Parameters.of("country", countries.iso2Of(country, "country"), "channel",
						channel == null ? "OTTAWA" : channel, "attendedBy", attendedBy, "asOf", asOf),
				allRows("ACHIEVED_ON"))
			.nodes().stream()
			.map(row -> new Unleveraged(row.result().code(), row.daysSinceAchieved(), row.projectMentioned()))
			.toList();
	}

	LeveragingCoverage leveragingCoverage() {
		var controller = context.getBean(CoverageController.class);
		return (country, by) -> controller.rows(country, by == null ? "COUNTRY" : by).stream()
			.map(row -> {
				var byDepartment = new LinkedHashMap<String, Integer>();
				row.byDepartment().forEach(d -> byDepartment.put(d.department().code(), d.raised()));
				return new Coverage(row.country().iso2(), row.project() == null ? null : row.project().code(),
						row.results(), row.raisedAnywhere(), row.raisedInOttawa(), row.raisedInCountry(), byDepartment);
			})
			.toList();
	}

	/** As the API asks it: from the leverage ledger, every meeting and waiting result in one large page. */
	MissedOpportunities missedOpportunities() {
		var countries = context.getBean(KnownCountries.class);
		return (country, from, to) -> graph.page(MissedOpportunitiesController.QUESTION,
				Parameters.of("country", countries.iso2Of(country, "country"), "from", from, "to", to,
						"resultsPerMeeting", PageRequest.MAX_PAGE_SIZE),
				allRows("DATE"))
			.nodes().stream()
			.map(Questions::missed)
			.toList();
	}

	MissedOpportunityPages missedOpportunityPages() {
		var countries = context.getBean(KnownCountries.class);
		return (country, first, results, after) -> {
			var page = graph.page(MissedOpportunitiesController.QUESTION,
					Parameters.of("country", countries.iso2Of(country, "country"), "from", null, "to", null,
							"resultsPerMeeting", results),
					new ListRequest(new Ordering("DATE", false), new PageRequest(first, after), true, Language.EN));
			var window = ((ca.engagementgraph.api.Connection.WindowConnection<MissedOpportunity>) page).window();
			return new MissedPage(page.nodes().stream().map(Questions::missed).toList(),
					page.nodes().stream().map(MissedOpportunity::couldHaveRaisedCount).toList(),
					((ca.engagementgraph.api.Connection.WindowConnection<MissedOpportunity>) page).totalCount(),
					window.hasNext(),
					(org.springframework.data.domain.KeysetScrollPosition) window.positionAt(window.size() - 1));
		};
	}

	private static Missed missed(MissedOpportunity missed) {
		return new Missed(missed.engagement().code(), missed.channel(), codeOf(missed.counterpart()),
				missed.couldHaveRaised().stream().map(Result::code).toList());
	}

	BriefingPack briefingPack() {
		var controller = context.getBean(BriefingController.class);
		return engagement -> {
			Briefing briefing = controller.briefingOf(engagement);
			var results = graph.page(BriefingController.RESULTS_TO_RAISE,
					BriefingController.resultsToRaiseParameters(briefing), allRows("ACHIEVED_ON")).nodes();
			var messages = new LinkedHashMap<String, List<String>>();
			results.forEach(r -> messages.put(r.result().code(), r.keyMessages().stream().map(KeyMessage::code).toList()));
			return new Pack(codeOf(briefing.counterpart()),
					briefing.country() == null ? null : briefing.country().iso2(),
					results.stream().map(r -> r.result().code()).toList(), messages,
					controller.tdTrend(briefing).stream().map(stat -> stat.quarter()).toList(),
					controller.latestDecisions(briefing).stream().map(decision -> decision.code()).toList(),
					controller.openActionsOf(briefing).soonest().stream().map(Action::code).toList());
		};
	}

	ResultsToRaisePages resultsToRaisePages() {
		var controller = context.getBean(BriefingController.class);
		return (engagement, first) -> {
			var page = graph.page(BriefingController.RESULTS_TO_RAISE,
					BriefingController.resultsToRaiseParameters(controller.briefingOf(engagement)),
					new ListRequest(new Ordering("ACHIEVED_ON", false), new PageRequest(first, null), true, Language.EN));
			var window = ((ca.engagementgraph.api.Connection.WindowConnection<BriefingResult>) page).window();
			return new ResultsToRaise(page.nodes().stream().map(r -> r.result().code()).toList(),
					((ca.engagementgraph.api.Connection.WindowConnection<BriefingResult>) page).totalCount(), window.hasNext());
		};
	}

	DisseminationGaps disseminationGaps() {
		return (department, country) -> graph.page(ListQuery.paged(DisseminationGap.class,
				LedgerQuestions.disseminationGaps(department, !ca.engagementgraph.api.read.Visibility.cleared(), country != null),
				GAPS.rows()), Parameters.of("country", country),
				allRows("CODE"))
			.nodes().stream()
			.map(gap -> new Gap(gap.result().code(), gap.raisedWithoutDepartment()))
			.toList();
	}

	AccountabilityGaps accountabilityGaps() {
		var controller = context.getBean(AccountabilityGapsController.class);
		return () -> {
			var gaps = controller.gaps();
			return new Accountability(gaps.designatedWithoutPlan().stream().map(Country::iso2).toList(),
					gaps.plansWithoutLeverage().stream().map(plan -> plan.code()).toList(),
					gaps.preventativeWithoutTdStats().stream().map(Country::iso2).toList());
		};
	}

	TdTimeline tdTimeline() {
		var controller = context.getBean(TdTimelineController.class);
		return country -> {
			// As the dashboard's panel asks it: the meetings' code and date, from the ledger's rows.
			var timeline = controller.tdTimeline(country, PageRequest.MAX_PAGE_SIZE, true);
			return new Timeline(timeline.quarters().stream()
				.map(q -> new Quarter(q.quarter(), q.requested(), q.issued(),
						q.engagements().stream().map(Questions::code).toList(), q.resultsRaised()))
				.toList(),
					timeline.firstOttawaLeveraging() == null ? null : code(timeline.firstOttawaLeveraging()),
					timeline.before() == null ? null : timeline.before().quarters(),
					timeline.before() == null ? null : timeline.before().issued(),
					timeline.after() == null ? null : timeline.after().quarters(),
					timeline.after() == null ? null : timeline.after().issued());
		};
	}

	private static String codeOf(Object counterpart) {
		return switch (counterpart) {
			case Mission mission -> mission.code();
			case Authority authority -> authority.code();
			case Organization organization -> organization.code();
			case null, default -> null;
		};
	}

	/** Who asks: a reader holding the Protected B clearance, or one without it (who must not see Protected B). */
	enum Reader {

		CLEARED(Access.VIEWER, Access.PROTECTED_B), UNCLEARED(Access.VIEWER);

		private final String[] authorities;

		Reader(String... authorities) {
			this.authorities = authorities;
		}

		<T> T asks(Supplier<T> question) {
			var previous = SecurityContextHolder.getContext().getAuthentication();
			SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("tester", "", authorities));
			try {
				return question.get();
			}
			finally {
				SecurityContextHolder.getContext().setAuthentication(previous);
			}
		}
	}
}
