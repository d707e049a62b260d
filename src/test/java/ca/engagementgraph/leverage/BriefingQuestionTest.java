package ca.engagementgraph.leverage;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.api.InvalidInputException;
import ca.engagementgraph.leverage.Questions.Pack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static ca.engagementgraph.leverage.Questions.Reader.CLEARED;
import static ca.engagementgraph.leverage.Questions.Reader.UNCLEARED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Question 4 (the briefing pack for a planned meeting) at the data level, over a small graph of fictional Upsland
 * (XU) written for this class: the results never raised with this very counterpart, the key messages about each
 * result or its project, the last eight quarters of TD statistics, the five latest decisions and the open actions.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingQuestionTest {

	/**
	 * The planned meeting E9 is with Upsland's embassy in Ottawa (XU-OTT). R1 was raised at the embassy (E1); R2 only
	 * at its consulate in Toronto (E2), another counterpart; R3 only at a cancelled embassy meeting (E3); R4 at a
	 * Protected B embassy meeting (E4). Key messages: K1 about R2 (2022-05-01), K2 about the project (2022-06-01),
	 * K3 about R3, Protected B (2022-07-01). TD statistics for nine quarters, 2022-Q1 to 2024-Q1; six decisions;
	 * actions A1 (open, from E1), A2 (done, from E1), A3 (open, from E2), A4 (open, from the Protected B E4).
	 */
	private static final String UPSLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (cbsa:Department {code: 'CBSA'})
			CREATE (xu:Country {iso2: 'XU', iso3: 'XUA', nameEn: 'Upsland', nameFr: 'Upslande', region: 'ASIA'})
			CREATE (embassy:Mission {code: 'XU-OTT', nameEn: 'Embassy of Upsland', nameFr: "Ambassade d'Upslande", kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xu), (embassy)-[:LOCATED_IN]->(canada)
			CREATE (consulate:Mission {code: 'XU-TOR', nameEn: 'Consulate of Upsland', nameFr: "Consulat d'Upslande", kind: 'CONSULATE', city: 'Toronto'})
			  -[:REPRESENTS]->(xu), (consulate)-[:LOCATED_IN]->(canada)
			CREATE (p:Project {code: 'XU-P1', titleEn: 'Asylum', titleFr: 'Asile', status: 2, start: date('2021-01-01'), end: date('2024-12-31'), fundingCad: 800000})-[:IN]->(xu)
			CREATE (r1:Result {code: 'XU-R1', achievedOn: date('2022-01-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (r2:Result {code: 'XU-R2', achievedOn: date('2022-02-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (r3:Result {code: 'XU-R3', achievedOn: date('2022-03-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (r4:Result {code: 'XU-R4', achievedOn: date('2022-04-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (:KeyMessage {code: 'XU-K1', approvedOn: date('2022-05-01'), classification: 'UNCLASSIFIED'})-[:ABOUT]->(r2)
			CREATE (:KeyMessage {code: 'XU-K2', approvedOn: date('2022-06-01'), classification: 'UNCLASSIFIED'})-[:ABOUT]->(p)
			CREATE (:KeyMessage {code: 'XU-K3', approvedOn: date('2022-07-01'), classification: 'PROTECTED_B'})-[:ABOUT]->(r3)
			WITH *
			UNWIND [
			  {code: 'XU-E1', date: '2022-09-01', status: 'HELD', with: embassy, raised: [r1], classification: 'UNCLASSIFIED'},
			  {code: 'XU-E2', date: '2022-10-01', status: 'HELD', with: consulate, raised: [r2], classification: 'UNCLASSIFIED'},
			  {code: 'XU-E3', date: '2022-11-01', status: 'CANCELLED', with: embassy, raised: [r3], classification: 'UNCLASSIFIED'},
			  {code: 'XU-E4', date: '2022-12-01', status: 'HELD', with: embassy, raised: [r4], classification: 'PROTECTED_B'},
			  {code: 'XU-E9', date: '2027-01-10', status: 'PLANNED', with: embassy, raised: [], classification: 'UNCLASSIFIED'}
			] AS meeting
			CREATE (e:Engagement {code: meeting.code, date: date(meeting.date), status: meeting.status, kind: 'BILATERAL_MEETING',
			        setting: 'OTTAWA', level: 'DIRECTOR', classification: meeting.classification})
			WITH e, meeting, xu, cbsa, meeting.with AS counterpart
			CREATE (e)-[:WITH]->(counterpart), (e)-[:CONCERNS]->(xu), (e)-[:ATTENDED_BY {lead: true}]->(cbsa)
			FOREACH (item IN meeting.raised | CREATE (e)-[:RAISED]->(item))
			WITH DISTINCT xu
			UNWIND range(0, 8) AS n
			WITH xu, toString(2022 + n / 4) + '-Q' + toString(n % 4 + 1) AS quarter
			CREATE (:TdStat {code: 'XU-' + quarter, country: 'XU', quarter: quarter, requested: 10, issued: 5,
			        medianDaysToIssue: 30.0, classification: 'PROTECTED_B'})-[:FOR]->(xu)
			WITH DISTINCT xu
			UNWIND range(1, 6) AS n
			CREATE (:Decision {code: 'XU-D' + n, date: date('2022-01-01') + duration({months: n}), kind: 'OTHER',
			        classification: 'PROTECTED_B'})-[:CONCERNS]->(xu)
			WITH DISTINCT xu
			MATCH (e1:Engagement {code: 'XU-E1'}), (e2:Engagement {code: 'XU-E2'}), (e4:Engagement {code: 'XU-E4'})
			CREATE (:Action {code: 'XU-A1', status: 'OPEN', due: date('2023-03-01'), classification: 'UNCLASSIFIED'})-[:FROM]->(e1)
			CREATE (:Action {code: 'XU-A2', status: 'DONE', due: date('2022-12-01'), classification: 'UNCLASSIFIED'})-[:FROM]->(e1)
			CREATE (:Action {code: 'XU-A3', status: 'OPEN', due: date('2023-01-15'), classification: 'UNCLASSIFIED'})-[:FROM]->(e2)
			CREATE (:Action {code: 'XU-A4', status: 'OPEN', due: date('2023-02-01')})-[:FROM]->(e4)
			""";

	@Autowired
	Driver driver;

	@Autowired
	ApplicationContext context;

	private FixtureGraph fixture;
	private Questions.BriefingPack briefing;

	@BeforeAll
	void writeUpsland() {
		fixture = new FixtureGraph(driver, "XU");
		fixture.write(UPSLAND);
		briefing = Questions.of(context).briefingPack();
	}

	@AfterAll
	void removeUpsland() {
		fixture.remove();
	}

	@Test
	void thePackForAPlannedMeetingWithTheEmbassy() {
		Pack pack = CLEARED.asks(() -> briefing.ask("XU-E9"));
		assertThat(pack.counterpart()).isEqualTo("XU-OTT");
		assertThat(pack.country()).isEqualTo("XU");
		// R1 was raised with this embassy; R4 too, at a Protected B meeting this reader sees. R2 was raised only with
		// the consulate, another counterpart, and R3 only at a cancelled meeting.
		assertThat(pack.resultsToRaise()).containsExactly("XU-R2", "XU-R3");
		assertThat(pack.keyMessages()).isEqualTo(Map.of("XU-R2", List.of("XU-K2", "XU-K1"),
				"XU-R3", List.of("XU-K3", "XU-K2")));
		assertThat(pack.tdTrend()).containsExactly("2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2",
				"2023-Q3", "2023-Q4", "2024-Q1");
		assertThat(pack.latestDecisions()).containsExactly("XU-D6", "XU-D5", "XU-D4", "XU-D3", "XU-D2");
		assertThat(pack.openActions()).containsExactly("XU-A3", "XU-A4", "XU-A1");
	}

	@Test
	void withoutClearanceThePackHoldsNothingProtected() {
		Pack pack = UNCLEARED.asks(() -> briefing.ask("XU-E9"));
		// The Protected B meeting E4 does not exist for this reader, so R4 was never raised with the embassy.
		assertThat(pack.resultsToRaise()).containsExactly("XU-R2", "XU-R3", "XU-R4");
		assertThat(pack.keyMessages()).isEqualTo(Map.of("XU-R2", List.of("XU-K2", "XU-K1"),
				"XU-R3", List.of("XU-K2"), "XU-R4", List.of("XU-K2")));
		assertThat(pack.tdTrend()).isEmpty();
		assertThat(pack.latestDecisions()).isEmpty();
		// A4 follows up a Protected B meeting.
		assertThat(pack.openActions()).containsExactly("XU-A3", "XU-A1");
	}

	@Test
	void theResultsToRaiseComeAPageAtATimeWithHowManyThereAreInAll() {
		var pages = Questions.of(context).resultsToRaisePages();
		assertThat(UNCLEARED.asks(() -> pages.ask("XU-E9", 2)))
			.isEqualTo(new Questions.ResultsToRaise(List.of("XU-R2", "XU-R3"), 3, true));
		assertThat(CLEARED.asks(() -> pages.ask("XU-E9", 1)))
			.isEqualTo(new Questions.ResultsToRaise(List.of("XU-R2"), 2, true));
	}

	@Test
	void aMeetingThatIsNotPlannedGetsNoPack() {
		assertThatThrownBy(() -> CLEARED.asks(() -> briefing.ask("XU-E1")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refusal -> assertThat(refusal.code()).isEqualTo("ENGAGEMENT_NOT_PLANNED"));
	}
}
