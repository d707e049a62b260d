package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.leverage.Questions.Missed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.KeysetScrollPosition;

import static ca.engagementgraph.leverage.Questions.Reader.CLEARED;
import static ca.engagementgraph.leverage.Questions.Reader.UNCLEARED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Question 3 (missed opportunities) at the data level, over a small graph of fictional Wesland (XW) written for
 * this class: a held meeting with the country's mission in Canada (OTTAWA) or one of its authorities (IN_COUNTRY)
 * is a missed opportunity when results achieved before it had not yet been raised on that channel and it raised
 * none of them.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MissedOpportunitiesQuestionTest {

	/**
	 * Results R1 (2023-01-01), R2 (2023-03-01), R3 (2023-05-10). Meetings, all about Wesland:
	 * <ul>
	 * <li>E1, held 2023-02-01 at the embassy, raised nothing: R1 was waiting.</li>
	 * <li>E2, held 2023-04-01 at the embassy, raised R1 (R2 was waiting too, but it raised one of them).</li>
	 * <li>E3, held 2023-05-10 at the embassy, raised nothing: R2 was waiting (R3 was achieved that same day).</li>
	 * <li>E4 CANCELLED (2023-06-01) and E5 PLANNED (2023-06-15) at the embassy raised nothing: they never count.</li>
	 * <li>E6, held 2023-07-01 with the border police, raised nothing: nothing was ever raised in the country.</li>
	 * <li>E7, held 2023-08-01 at the embassy, Protected B, raised R2 and R3.</li>
	 * <li>E8, held 2023-09-01 at the embassy, raised nothing.</li>
	 * </ul>
	 */
	private static final String WESLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (cbsa:Department {code: 'CBSA'})
			CREATE (xw:Country {iso2: 'XW', iso3: 'XWA', nameEn: 'Wesland', nameFr: 'Weslande', region: 'AFRICA'})
			CREATE (embassy:Mission {code: 'XW-OTT', nameEn: 'Embassy of Wesland', nameFr: 'Ambassade de Weslande', kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xw), (embassy)-[:LOCATED_IN]->(canada)
			CREATE (police:Authority {code: 'XW-BP', nameEn: 'Border police', nameFr: 'Police des frontières', kind: 'BORDER_POLICE'})-[:OF]->(xw)
			CREATE (p:Project {code: 'XW-P1', titleEn: 'Borders', titleFr: 'Frontières', status: 2, start: date('2022-01-01'), end: date('2024-12-31'), fundingCad: 500000})-[:IN]->(xw)
			CREATE (r1:Result {code: 'XW-R1', achievedOn: date('2023-01-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (r2:Result {code: 'XW-R2', achievedOn: date('2023-03-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (r3:Result {code: 'XW-R3', achievedOn: date('2023-05-10'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			WITH *
			UNWIND [
			  {code: 'XW-E1', date: '2023-02-01', status: 'HELD', setting: 'OTTAWA', with: embassy, raised: [], classification: 'UNCLASSIFIED'},
			  {code: 'XW-E2', date: '2023-04-01', status: 'HELD', setting: 'OTTAWA', with: embassy, raised: [r1], classification: 'UNCLASSIFIED'},
			  {code: 'XW-E3', date: '2023-05-10', status: 'HELD', setting: 'OTTAWA', with: embassy, raised: [], classification: 'UNCLASSIFIED'},
			  {code: 'XW-E4', date: '2023-06-01', status: 'CANCELLED', setting: 'OTTAWA', with: embassy, raised: [], classification: 'UNCLASSIFIED'},
			  {code: 'XW-E5', date: '2023-06-15', status: 'PLANNED', setting: 'OTTAWA', with: embassy, raised: [], classification: 'UNCLASSIFIED'},
			  {code: 'XW-E6', date: '2023-07-01', status: 'HELD', setting: 'IN_COUNTRY', with: police, raised: [], classification: 'UNCLASSIFIED'},
			  {code: 'XW-E7', date: '2023-08-01', status: 'HELD', setting: 'OTTAWA', with: embassy, raised: [r2, r3], classification: 'PROTECTED_B'},
			  {code: 'XW-E8', date: '2023-09-01', status: 'HELD', setting: 'OTTAWA', with: embassy, raised: [], classification: 'UNCLASSIFIED'}
			] AS meeting
			CREATE (e:Engagement {code: meeting.code, date: date(meeting.date), status: meeting.status, kind: 'BILATERAL_MEETING',
			        setting: meeting.setting, level: 'DIRECTOR', classification: meeting.classification})
			WITH e, meeting, xw, cbsa, meeting.with AS counterpart
			CREATE (e)-[:WITH]->(counterpart), (e)-[:CONCERNS]->(xw), (e)-[:ATTENDED_BY {lead: true}]->(cbsa)
			FOREACH (item IN meeting.raised | CREATE (e)-[:RAISED]->(item))
			""";

	@Autowired
	Driver driver;

	@Autowired
	ApplicationContext context;

	private FixtureGraph fixture;
	private Questions.MissedOpportunities missed;

	@BeforeAll
	void writeWesland() {
		fixture = new FixtureGraph(driver, "XW");
		fixture.write(WESLAND);
		missed = Questions.of(context).missedOpportunities();
	}

	@AfterAll
	void removeWesland() {
		fixture.remove();
	}

	@Test
	void heldMeetingsThatRaisedNoneOfTheResultsWaitingOnTheirChannel() {
		assertThat(CLEARED.asks(() -> missed.ask("XW", null, null))).containsExactly(
				new Missed("XW-E1", "OTTAWA", "XW-OTT", List.of("XW-R1")),
				new Missed("XW-E3", "OTTAWA", "XW-OTT", List.of("XW-R2")),
				new Missed("XW-E6", "IN_COUNTRY", "XW-BP", List.of("XW-R1", "XW-R2", "XW-R3")));
	}

	@Test
	void withoutClearanceTheProtectedMeetingRaisedNothingSoTheNextOneMissedItsResults() {
		// E7 does not exist for this reader: R2 and R3 were still waiting when E8 raised nothing.
		assertThat(UNCLEARED.asks(() -> missed.ask("XW", null, null))).containsExactly(
				new Missed("XW-E1", "OTTAWA", "XW-OTT", List.of("XW-R1")),
				new Missed("XW-E3", "OTTAWA", "XW-OTT", List.of("XW-R2")),
				new Missed("XW-E6", "IN_COUNTRY", "XW-BP", List.of("XW-R1", "XW-R2", "XW-R3")),
				new Missed("XW-E8", "OTTAWA", "XW-OTT", List.of("XW-R2", "XW-R3")));
	}

	@Test
	void aPageHoldsAFewMeetingsEachWithTheOldestWaitingResultsAndHowManyWaited() {
		var pages = Questions.of(context).missedOpportunityPages();
		var rows = new ArrayList<Missed>();
		var waiting = new ArrayList<Integer>();
		var after = new AtomicReference<KeysetScrollPosition>();
		Questions.MissedPage page;
		do {
			page = CLEARED.asks(() -> pages.ask("XW", 1, 2, after.get()));
			assertThat(page.rows()).hasSize(1);
			assertThat(page.total()).isEqualTo(3);
			rows.addAll(page.rows());
			waiting.addAll(page.waiting());
			after.set(page.end());
		}
		while (page.hasNext());
		assertThat(rows).containsExactly(new Missed("XW-E1", "OTTAWA", "XW-OTT", List.of("XW-R1")),
				new Missed("XW-E3", "OTTAWA", "XW-OTT", List.of("XW-R2")),
				new Missed("XW-E6", "IN_COUNTRY", "XW-BP", List.of("XW-R1", "XW-R2")));
		assertThat(waiting).containsExactly(1, 1, 3);
		assertThat(UNCLEARED.asks(() -> pages.ask("XW", 10, 0, null)))
			.satisfies(all -> assertThat(all.total()).isEqualTo(4))
			.satisfies(all -> assertThat(all.waiting()).containsExactly(1, 1, 3, 2))
			.satisfies(all -> assertThat(all.rows()).allSatisfy(row -> assertThat(row.couldHaveRaised()).isEmpty()));
	}

	@Test
	void theDatesBoundTheMeetingsBothDaysIncluded() {
		assertThat(CLEARED.asks(() -> missed.ask("XW", LocalDate.of(2023, 5, 10), LocalDate.of(2023, 7, 1))))
			.extracting(Missed::meeting).containsExactly("XW-E3", "XW-E6");
		assertThat(CLEARED.asks(() -> missed.ask("XW", LocalDate.of(2023, 5, 11), LocalDate.of(2023, 6, 30))))
			.isEmpty();
	}
}
