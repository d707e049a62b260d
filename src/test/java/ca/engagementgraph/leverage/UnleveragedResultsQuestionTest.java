package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.leverage.Questions.Coverage;
import ca.engagementgraph.leverage.Questions.Gap;
import ca.engagementgraph.leverage.Questions.Unleveraged;
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

/**
 * Questions 1 (never raised on a channel), 2 (coverage) and 5 (dissemination gaps) at the data level, over one small
 * graph of fictional Ypsilonia (XY) written for this class: which meetings count as having raised a result, on
 * which channel, for which department, as of which date, and for which reader. "Today" is the test context's
 * pinned 2026-11-21.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnleveragedResultsQuestionTest {

	/**
	 * Ypsilonia has its embassy in Ottawa (XY-OTT) and a border police (XY-BP); CBSA has a liaison unit (XY-LO).
	 * Project XY-P1 has results R1-R5 and R7, project XY-P2 has R6.
	 * <ul>
	 * <li>R1 (2023-01-10): raised at the embassy on 2023-06-30 (E1, GAC attended).</li>
	 * <li>R2 (2023-01-10): raised only at a CANCELLED (E2) and a PLANNED (E3) embassy meeting.</li>
	 * <li>R3 (2023-02-01): raised at the embassy on 2023-09-01 at a Protected B meeting (E4, CBSA attended).</li>
	 * <li>R4 (2023-03-01): raised at the embassy on 2023-10-02 (E5), attended only by CBSA's liaison unit.</li>
	 * <li>R5 (2023-04-01): raised in the country with the border police on 2023-05-01 (E6, CBSA attended).</li>
	 * <li>R6 (2024-01-15): never raised; its project XY-P2 was mentioned at the embassy on 2024-02-01 (E7, GAC).</li>
	 * <li>R7 (2023-01-10): a Protected B result, never raised.</li>
	 * </ul>
	 */
	private static final String YPSILONIA = """
			MATCH (canada:Country {iso2: 'CA'}), (cbsa:Department {code: 'CBSA'}), (gac:Department {code: 'GAC'})
			CREATE (xy:Country {iso2: 'XY', iso3: 'XYA', nameEn: 'Ypsilonia', nameFr: 'Ypsilonie', region: 'EUROPE'})
			CREATE (embassy:Mission {code: 'XY-OTT', nameEn: 'Embassy of Ypsilonia', nameFr: "Ambassade d'Ypsilonie", kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xy), (embassy)-[:LOCATED_IN]->(canada)
			CREATE (police:Authority {code: 'XY-BP', nameEn: 'Border police', nameFr: 'Police des frontières', kind: 'BORDER_POLICE'})-[:OF]->(xy)
			CREATE (liaison:Unit {code: 'XY-LO', nameEn: 'Liaison officers', nameFr: 'Agents de liaison'})-[:PART_OF]->(cbsa)
			CREATE (p1:Project {code: 'XY-P1', titleEn: 'Registry', titleFr: 'Registre', status: 2, start: date('2022-01-01'), end: date('2024-12-31'), fundingCad: 900000})-[:IN]->(xy)
			CREATE (p2:Project {code: 'XY-P2', titleEn: 'Training', titleFr: 'Formation', status: 2, start: date('2023-01-01'), end: date('2024-12-31'), fundingCad: 200000})-[:IN]->(xy)
			CREATE (r1:Result {code: 'XY-R1', achievedOn: date('2023-01-10'), classification: 'UNCLASSIFIED'})-[:OF]->(p1)
			CREATE (r2:Result {code: 'XY-R2', achievedOn: date('2023-01-10'), classification: 'UNCLASSIFIED'})-[:OF]->(p1)
			CREATE (r3:Result {code: 'XY-R3', achievedOn: date('2023-02-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p1)
			CREATE (r4:Result {code: 'XY-R4', achievedOn: date('2023-03-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p1)
			CREATE (r5:Result {code: 'XY-R5', achievedOn: date('2023-04-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p1)
			CREATE (r6:Result {code: 'XY-R6', achievedOn: date('2024-01-15'), classification: 'UNCLASSIFIED'})-[:OF]->(p2)
			CREATE (r7:Result {code: 'XY-R7', achievedOn: date('2023-01-10'), classification: 'PROTECTED_B'})-[:OF]->(p1)
			WITH *
			UNWIND [
			  {code: 'XY-E1', date: '2023-06-30', status: 'HELD', setting: 'OTTAWA', with: embassy, by: gac, raised: [r1], classification: 'UNCLASSIFIED'},
			  {code: 'XY-E2', date: '2023-07-01', status: 'CANCELLED', setting: 'OTTAWA', with: embassy, by: cbsa, raised: [r2], classification: 'UNCLASSIFIED'},
			  {code: 'XY-E3', date: '2023-08-01', status: 'PLANNED', setting: 'OTTAWA', with: embassy, by: cbsa, raised: [r2], classification: 'UNCLASSIFIED'},
			  {code: 'XY-E4', date: '2023-09-01', status: 'HELD', setting: 'OTTAWA', with: embassy, by: cbsa, raised: [r3], classification: 'PROTECTED_B'},
			  {code: 'XY-E5', date: '2023-10-02', status: 'HELD', setting: 'OTTAWA', with: embassy, by: liaison, raised: [r4], classification: 'UNCLASSIFIED'},
			  {code: 'XY-E6', date: '2023-05-01', status: 'HELD', setting: 'IN_COUNTRY', with: police, by: cbsa, raised: [r5], classification: 'UNCLASSIFIED'},
			  {code: 'XY-E7', date: '2024-02-01', status: 'HELD', setting: 'OTTAWA', with: embassy, by: gac, raised: [p2], classification: 'UNCLASSIFIED'}
			] AS meeting
			CREATE (e:Engagement {code: meeting.code, date: date(meeting.date), status: meeting.status, kind: 'BILATERAL_MEETING',
			        setting: meeting.setting, level: 'DIRECTOR', classification: meeting.classification})
			WITH e, meeting, xy, meeting.with AS counterpart, meeting.by AS attendee
			CREATE (e)-[:WITH]->(counterpart), (e)-[:CONCERNS]->(xy), (e)-[:ATTENDED_BY {lead: true}]->(attendee)
			FOREACH (item IN meeting.raised | CREATE (e)-[:RAISED]->(item))
			""";

	@Autowired
	Driver driver;

	@Autowired
	ApplicationContext context;

	private FixtureGraph fixture;
	private Questions.UnleveragedResults unleveraged;

	@BeforeAll
	void writeYpsilonia() {
		fixture = new FixtureGraph(driver, "XY");
		fixture.write(YPSILONIA);
		unleveraged = Questions.of(context).unleveragedResults();
	}

	@AfterAll
	void removeYpsilonia() {
		fixture.remove();
	}

	@Test
	void onlyHeldMeetingsWithTheEmbassyInOttawaCountOldestResultFirst() {
		// R1, R3 and R4 were raised at held embassy meetings; R2 only at a cancelled and a planned one; R5 in the
		// country; R6 not at all (its project was). Ties on the date go by code.
		assertThat(CLEARED.asks(() -> unleveraged.codes("XY", "OTTAWA", null, null)))
			.containsExactly("XY-R2", "XY-R7", "XY-R5", "XY-R6");
	}

	@Test
	void aReaderWithoutClearanceSeesNeitherTheProtectedMeetingNorTheProtectedResult() {
		// For them the Protected B meeting E4 does not exist, so R3 was never raised; R7 does not exist either.
		assertThat(UNCLEARED.asks(() -> unleveraged.codes("XY", "OTTAWA", null, null)))
			.containsExactly("XY-R2", "XY-R3", "XY-R5", "XY-R6");
	}

	@Test
	void eachResultSaysHowLongItHasWaitedAndWhetherItsProjectWasMentioned() {
		assertThat(CLEARED.asks(() -> unleveraged.ask("XYA", null, null, null))).containsExactly(
				new Unleveraged("XY-R2", 1411, false), new Unleveraged("XY-R7", 1411, false),
				new Unleveraged("XY-R5", 1330, false), new Unleveraged("XY-R6", 1041, true));
	}

	@Test
	void asOfTheDayOfAMeetingThatMeetingHasRaisedItsResults() {
		// E1 raised R1 on 2023-06-30: as of that very day R1 is raised; the day before it was still waiting. R6 was
		// not achieved yet, and the later embassy meetings had not taken place.
		assertThat(CLEARED.asks(() -> unleveraged.codes("XY", "OTTAWA", null, LocalDate.of(2023, 6, 30))))
			.containsExactly("XY-R2", "XY-R7", "XY-R3", "XY-R4", "XY-R5");
		assertThat(CLEARED.asks(() -> unleveraged.codes("XY", "OTTAWA", null, LocalDate.of(2023, 6, 29))))
			.containsExactly("XY-R1", "XY-R2", "XY-R7", "XY-R3", "XY-R4", "XY-R5");
		assertThat(CLEARED.asks(() -> unleveraged.ask("XY", "OTTAWA", null, LocalDate.of(2023, 6, 30))).getFirst())
			.isEqualTo(new Unleveraged("XY-R2", 171, false));
	}

	@Test
	void aResultAchievedOnTheAsOfDayIsAlreadyWaiting() {
		assertThat(CLEARED.asks(() -> unleveraged.ask("XY", "OTTAWA", null, LocalDate.of(2024, 1, 15))).getLast())
			.isEqualTo(new Unleveraged("XY-R6", 0, false));
	}

	@Test
	void attendedByCountsTheDepartmentsUnitsAsTheDepartment() {
		// CBSA attended E4 itself and E5 through its liaison unit; it was at no meeting that raised R1 or mentioned P2.
		assertThat(CLEARED.asks(() -> unleveraged.ask("XY", "OTTAWA", "CBSA", null)).stream().map(Unleveraged::result))
			.containsExactly("XY-R1", "XY-R2", "XY-R7", "XY-R5", "XY-R6");
		assertThat(CLEARED.asks(() -> unleveraged.ask("XY", "OTTAWA", "CBSA", null)).getLast())
			.isEqualTo(new Unleveraged("XY-R6", 1041, false));
		assertThat(CLEARED.asks(() -> unleveraged.codes("XY", "OTTAWA", "GAC", null)))
			.containsExactly("XY-R2", "XY-R7", "XY-R3", "XY-R4", "XY-R5", "XY-R6");
	}

	@Test
	void theInCountryChannelCountsMeetingsWithTheCountrysAuthorities() {
		assertThat(CLEARED.asks(() -> unleveraged.codes("XY", "IN_COUNTRY", null, null)))
			.containsExactly("XY-R1", "XY-R2", "XY-R7", "XY-R3", "XY-R4", "XY-R6");
	}

	@Test
	void theAnyChannelCountsEveryHeldMeetingButStillNoCancelledOrPlannedOne() {
		assertThat(CLEARED.asks(() -> unleveraged.ask("XY", "ANY", null, null))).containsExactly(
				new Unleveraged("XY-R2", 1411, false), new Unleveraged("XY-R7", 1411, false),
				new Unleveraged("XY-R6", 1041, true));
	}

	@Test
	void coverageCountsEachResultOncePerChannelAndDepartmentsThroughTheirUnits() {
		var coverage = Questions.of(context).leveragingCoverage();
		Coverage cleared = CLEARED.asks(() -> coverage.ask("XY", "COUNTRY")).getFirst();
		assertThat(List.of(cleared.results(), cleared.raisedAnywhere(), cleared.raisedInOttawa(), cleared.raisedInCountry()))
			.containsExactly(7, 4, 3, 1);
		assertThat(cleared.raisedByDepartment()).containsEntry("CBSA", 3).containsEntry("GAC", 1)
			.allSatisfy((department, raised) -> assertThat(raised).as(department)
				.isEqualTo(Map.of("CBSA", 3, "GAC", 1).getOrDefault(department, 0)));
		Coverage uncleared = UNCLEARED.asks(() -> coverage.ask("XY", "COUNTRY")).getFirst();
		assertThat(List.of(uncleared.results(), uncleared.raisedAnywhere(), uncleared.raisedInOttawa(),
				uncleared.raisedInCountry())).containsExactly(6, 3, 2, 1);
		assertThat(uncleared.raisedByDepartment()).containsEntry("CBSA", 2).containsEntry("GAC", 1);
	}

	@Test
	void coverageByProjectHasARowPerProject() {
		var rows = CLEARED.asks(() -> Questions.of(context).leveragingCoverage().ask("XY", "PROJECT"));
		assertThat(rows).extracting(Coverage::project).containsExactly("XY-P1", "XY-P2");
		assertThat(List.of(rows.get(0).results(), rows.get(0).raisedAnywhere(), rows.get(0).raisedInOttawa(),
				rows.get(0).raisedInCountry())).containsExactly(6, 4, 3, 1);
		assertThat(List.of(rows.get(1).results(), rows.get(1).raisedAnywhere(), rows.get(1).raisedInOttawa(),
				rows.get(1).raisedInCountry())).containsExactly(1, 0, 0, 0);
	}

	@Test
	void aDisseminationGapIsAResultNoHeldMeetingTheDepartmentAttendedRaised() {
		var gaps = Questions.of(context).disseminationGaps();
		// CBSA heard R3 (E4), R4 (through its unit, E5) and R5 (E6); R1 was raised once, without CBSA.
		assertThat(CLEARED.asks(() -> gaps.ask("CBSA", "XY"))).containsExactly(new Gap("XY-R1", 1),
				new Gap("XY-R2", 0), new Gap("XY-R6", 0), new Gap("XY-R7", 0));
		// Without clearance the meeting E4 does not exist: R3 is a gap, raised at no meeting they can see.
		assertThat(UNCLEARED.asks(() -> gaps.ask("CBSA", "XY"))).containsExactly(new Gap("XY-R1", 1),
				new Gap("XY-R2", 0), new Gap("XY-R3", 0), new Gap("XY-R6", 0));
		assertThat(CLEARED.asks(() -> gaps.ask("GAC", "XY"))).containsExactly(new Gap("XY-R2", 0),
				new Gap("XY-R3", 1), new Gap("XY-R4", 1), new Gap("XY-R5", 1), new Gap("XY-R6", 0), new Gap("XY-R7", 0));
	}
}
