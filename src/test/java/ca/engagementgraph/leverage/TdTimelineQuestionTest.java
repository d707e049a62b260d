package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.leverage.Questions.Quarter;
import ca.engagementgraph.leverage.Questions.Timeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static ca.engagementgraph.leverage.Questions.Reader.CLEARED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Question 7 (TD issuance against engagement) at the data level, over a small graph of fictional Tesland (XT)
 * written for this class: every quarter with statistics or with held meetings that raised results, the first held
 * meeting with the country's mission in Canada that raised one, and the four quarters on either side of it (its
 * own quarter left out). The timeline is Protected B: a cleared reader asks.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TdTimelineQuestionTest {

	/**
	 * Statistics: 2021-Q1 (1 issued of 10), then 2022-Q3 to 2024-Q3 (2 to 10 issued of 10, one more each quarter).
	 * Meetings that raised results: E1 on 2022-12-31, the last day of a quarter, with the border police (not Ottawa);
	 * E2 on 2023-05-20 at the embassy, two results; E3 cancelled on 2023-02-01 at the embassy; E4 on 2024-12-01 at
	 * the embassy, a quarter without statistics.
	 */
	private static final String TESLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (cbsa:Department {code: 'CBSA'})
			CREATE (xt:Country {iso2: 'XT', iso3: 'XTA', nameEn: 'Tesland', nameFr: 'Teslande', region: 'ASIA'})
			CREATE (embassy:Mission {code: 'XT-OTT', nameEn: 'Embassy of Tesland', nameFr: 'Ambassade de Teslande', kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xt), (embassy)-[:LOCATED_IN]->(canada)
			CREATE (police:Authority {code: 'XT-BP', nameEn: 'Border police', nameFr: 'Police des frontières', kind: 'BORDER_POLICE'})-[:OF]->(xt)
			CREATE (p:Project {code: 'XT-P1', titleEn: 'Returns', titleFr: 'Retours', status: 2, start: date('2021-01-01'), end: date('2024-12-31'), fundingCad: 700000})-[:IN]->(xt)
			CREATE (r1:Result {code: 'XT-R1', achievedOn: date('2022-06-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (r2:Result {code: 'XT-R2', achievedOn: date('2022-07-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (r3:Result {code: 'XT-R3', achievedOn: date('2022-08-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (:TdStat {code: 'XT-2021-Q1', country: 'XT', quarter: '2021-Q1', requested: 10, issued: 1, medianDaysToIssue: 90.0, classification: 'PROTECTED_B'})-[:FOR]->(xt)
			WITH *
			UNWIND [
			  {code: 'XT-E1', date: '2022-12-31', status: 'HELD', setting: 'IN_COUNTRY', with: police, raised: [r1]},
			  {code: 'XT-E2', date: '2023-05-20', status: 'HELD', setting: 'OTTAWA', with: embassy, raised: [r1, r2]},
			  {code: 'XT-E3', date: '2023-02-01', status: 'CANCELLED', setting: 'OTTAWA', with: embassy, raised: [r3]},
			  {code: 'XT-E4', date: '2024-12-01', status: 'HELD', setting: 'OTTAWA', with: embassy, raised: [r3]}
			] AS meeting
			CREATE (e:Engagement {code: meeting.code, date: date(meeting.date), status: meeting.status, kind: 'BILATERAL_MEETING',
			        setting: meeting.setting, level: 'DIRECTOR', classification: 'UNCLASSIFIED'})
			WITH e, meeting, xt, cbsa, meeting.with AS counterpart
			CREATE (e)-[:WITH]->(counterpart), (e)-[:CONCERNS]->(xt), (e)-[:ATTENDED_BY {lead: true}]->(cbsa)
			FOREACH (item IN meeting.raised | CREATE (e)-[:RAISED]->(item))
			WITH DISTINCT xt
			UNWIND range(0, 8) AS n
			WITH xt, n, toString(2022 + (n + 2) / 4) + '-Q' + toString((n + 2) % 4 + 1) AS quarter
			CREATE (:TdStat {code: 'XT-' + quarter, country: 'XT', quarter: quarter, requested: 10, issued: n + 2,
			        medianDaysToIssue: 60.0, classification: 'PROTECTED_B'})-[:FOR]->(xt)
			""";

	@Autowired
	Driver driver;

	@Autowired
	ApplicationContext context;

	private FixtureGraph fixture;
	private Questions.TdTimeline timeline;

	@BeforeAll
	void writeTesland() {
		fixture = new FixtureGraph(driver, "XT");
		fixture.write(TESLAND);
		timeline = Questions.of(context).tdTimeline();
	}

	@AfterAll
	void removeTesland() {
		fixture.remove();
	}

	@Test
	void everyQuarterWithStatisticsOrRaisingMeetingsInOrder() {
		Timeline answer = CLEARED.asks(() -> timeline.ask("XT"));
		assertThat(answer.quarters()).containsExactly(
				new Quarter("2021-Q1", 10L, 1L, List.of(), 0),
				new Quarter("2022-Q3", 10L, 2L, List.of(), 0),
				// A meeting on the last day of a quarter belongs to that quarter.
				new Quarter("2022-Q4", 10L, 3L, List.of("XT-E1"), 1),
				// The cancelled meeting of 2023-02-01 raised nothing.
				new Quarter("2023-Q1", 10L, 4L, List.of(), 0),
				new Quarter("2023-Q2", 10L, 5L, List.of("XT-E2"), 2),
				new Quarter("2023-Q3", 10L, 6L, List.of(), 0),
				new Quarter("2023-Q4", 10L, 7L, List.of(), 0),
				new Quarter("2024-Q1", 10L, 8L, List.of(), 0),
				new Quarter("2024-Q2", 10L, 9L, List.of(), 0),
				new Quarter("2024-Q3", 10L, 10L, List.of(), 0),
				new Quarter("2024-Q4", null, null, List.of("XT-E4"), 1));
	}

	@Test
	void theFourQuartersEitherSideOfTheFirstOttawaLeveragingItsOwnQuarterLeftOut() {
		Timeline answer = CLEARED.asks(() -> timeline.ask("XTA"));
		// E1 was in the country, not with the mission in Canada: the first Ottawa leveraging is E2, in 2023-Q2.
		assertThat(answer.firstOttawaLeveraging()).isEqualTo("XT-E2");
		// 2022-Q2 has no statistics; 2024-Q3 is the fifth quarter after.
		assertThat(answer.before()).containsExactly("2022-Q3", "2022-Q4", "2023-Q1");
		assertThat(answer.issuedBefore()).isEqualTo(2L + 3 + 4);
		assertThat(answer.after()).containsExactly("2023-Q3", "2023-Q4", "2024-Q1", "2024-Q2");
		assertThat(answer.issuedAfter()).isEqualTo(6L + 7 + 8 + 9);
	}

	@Test
	void aQuarterCountsItsRaisingMeetingsAndListsOnlyAsManyAsAsked() {
		var bounded = Questions.of(context).boundedTdQuarters();
		assertThat(CLEARED.asks(() -> bounded.ask("XT", 0)))
			.containsExactly("2022-Q4 1 []", "2023-Q2 1 []", "2024-Q4 1 []");
		assertThat(CLEARED.asks(() -> bounded.ask("XT", 1)))
			.containsExactly("2022-Q4 1 [XT-E1]", "2023-Q2 1 [XT-E2]", "2024-Q4 1 [XT-E4]");
	}
}
