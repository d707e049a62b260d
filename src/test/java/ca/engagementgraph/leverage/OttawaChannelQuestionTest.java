package ca.engagementgraph.leverage;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
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
 * Which missions are "the country's mission in Canada" (question 1's OTTAWA channel), at the data level, over
 * fictional Veeland (XV) written for this class: a mission that represents the country and is located in Canada,
 * a consulate in Toronto as much as the embassy in Ottawa; not the country's embassy elsewhere, not Canada's
 * embassy in the country, not another country's embassy in Ottawa.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OttawaChannelQuestionTest {

	/**
	 * Four results achieved 2022-06-01, each raised at one held meeting about Veeland: R1 at its consulate in
	 * Toronto; R2 at its embassy in Washington (a multilateral setting); R3 at Canada's embassy in Veeland (held in
	 * the country); R4 at Marovia's embassy in Ottawa (QM-OTT, from the demo data).
	 */
	private static final String VEELAND = """
			MATCH (canada:Country {iso2: 'CA'}), (us:Country {iso2: 'US'}), (marovia:Mission {code: 'QM-OTT'}),
			      (cbsa:Department {code: 'CBSA'})
			CREATE (xv:Country {iso2: 'XV', iso3: 'XVA', nameEn: 'Veeland', nameFr: 'Veelande', region: 'EUROPE'})
			CREATE (consulate:Mission {code: 'XV-TOR', nameEn: 'Consulate of Veeland', nameFr: 'Consulat de Veelande', kind: 'CONSULATE', city: 'Toronto'})
			  -[:REPRESENTS]->(xv), (consulate)-[:LOCATED_IN]->(canada)
			CREATE (washington:Mission {code: 'XV-WAS', nameEn: 'Embassy of Veeland', nameFr: 'Ambassade de Veelande', kind: 'EMBASSY', city: 'Washington'})
			  -[:REPRESENTS]->(xv), (washington)-[:LOCATED_IN]->(us)
			CREATE (canadian:Mission {code: 'XV-CA', nameEn: 'Embassy of Canada', nameFr: 'Ambassade du Canada', kind: 'EMBASSY', city: 'Vee'})
			  -[:REPRESENTS]->(canada), (canadian)-[:LOCATED_IN]->(xv)
			CREATE (p:Project {code: 'XV-P1', titleEn: 'Borders', titleFr: 'Frontières', status: 4, start: date('2021-01-01'), end: date('2023-12-31'), fundingCad: 100000})-[:IN]->(xv)
			WITH *
			UNWIND [
			  {n: 1, setting: 'OTTAWA', with: consulate},
			  {n: 2, setting: 'MULTILATERAL', with: washington},
			  {n: 3, setting: 'IN_COUNTRY', with: canadian},
			  {n: 4, setting: 'OTTAWA', with: marovia}
			] AS meeting
			CREATE (r:Result {code: 'XV-R' + meeting.n, achievedOn: date('2022-06-01'), classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (e:Engagement {code: 'XV-E' + meeting.n, date: date('2023-03-01'), status: 'HELD', kind: 'BILATERAL_MEETING',
			        setting: meeting.setting, level: 'DIRECTOR', classification: 'UNCLASSIFIED'})
			WITH e, r, xv, cbsa, meeting.with AS counterpart
			CREATE (e)-[:WITH]->(counterpart), (e)-[:CONCERNS]->(xv), (e)-[:ATTENDED_BY {lead: true}]->(cbsa), (e)-[:RAISED]->(r)
			""";

	@Autowired
	Driver driver;

	@Autowired
	ApplicationContext context;

	private FixtureGraph fixture;
	private Questions.UnleveragedResults unleveraged;

	@BeforeAll
	void writeVeeland() {
		fixture = new FixtureGraph(driver, "XV");
		fixture.write(VEELAND);
		unleveraged = Questions.of(context).unleveragedResults();
	}

	@AfterAll
	void removeVeeland() {
		fixture.remove();
	}

	@Test
	void onlyTheCountrysOwnMissionsInCanadaAreTheOttawaChannel() {
		assertThat(CLEARED.asks(() -> unleveraged.codes("XV", "OTTAWA", null, null)))
			.containsExactly("XV-R2", "XV-R3", "XV-R4");
	}

	@Test
	void aMeetingHeldInTheCountryIsTheInCountryChannelWhoeverTheCounterpart() {
		assertThat(CLEARED.asks(() -> unleveraged.codes("XV", "IN_COUNTRY", null, null)))
			.containsExactly("XV-R1", "XV-R2", "XV-R4");
	}

	@Test
	void anyHeldMeetingIsTheAnyChannel() {
		assertThat(CLEARED.asks(() -> unleveraged.codes("XV", "ANY", null, null))).isEmpty();
	}
}
