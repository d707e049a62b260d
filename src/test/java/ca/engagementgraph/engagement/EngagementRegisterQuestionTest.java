package ca.engagementgraph.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.language.Language;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Ordering;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.security.Access;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagement register (the meetings list, newest first) at the data level, over a small graph of fictional
 * Sesland (XS) written for this class: its filters, and what a reader without clearance sees.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngagementRegisterQuestionTest {

	/** The register as the tests ask it: meeting codes, newest first; any filter may be null. */
	@FunctionalInterface
	interface Register {

		List<String> ask(String country, String status, String department, LocalDate from, LocalDate to);
	}

	/**
	 * E1 held 2023-01-10 (CBSA), E2 held 2023-02-10 (only CBSA's liaison unit XS-LO), E3 planned 2023-03-10 (GAC),
	 * E4 held 2023-04-10 (CBSA, Protected B), E5 cancelled 2023-05-10 (GAC).
	 */
	private static final String SESLAND = """
			MATCH (cbsa:Department {code: 'CBSA'}), (gac:Department {code: 'GAC'})
			CREATE (xs:Country {iso2: 'XS', iso3: 'XSA', nameEn: 'Sesland', nameFr: 'Seslande', region: 'OCEANIA'})
			CREATE (liaison:Unit {code: 'XS-LO', nameEn: 'Liaison officers', nameFr: 'Agents de liaison'})-[:PART_OF]->(cbsa)
			WITH *
			UNWIND [
			  {code: 'XS-E1', date: '2023-01-10', status: 'HELD', by: cbsa, classification: 'UNCLASSIFIED'},
			  {code: 'XS-E2', date: '2023-02-10', status: 'HELD', by: liaison, classification: 'UNCLASSIFIED'},
			  {code: 'XS-E3', date: '2023-03-10', status: 'PLANNED', by: gac, classification: 'UNCLASSIFIED'},
			  {code: 'XS-E4', date: '2023-04-10', status: 'HELD', by: cbsa, classification: 'PROTECTED_B'},
			  {code: 'XS-E5', date: '2023-05-10', status: 'CANCELLED', by: gac, classification: 'UNCLASSIFIED'}
			] AS meeting
			CREATE (e:Engagement {code: meeting.code, date: date(meeting.date), status: meeting.status, kind: 'CALL',
			        setting: 'OTTAWA', level: 'WORKING', classification: meeting.classification})
			WITH e, xs, meeting.by AS attendee
			CREATE (e)-[:CONCERNS]->(xs), (e)-[:ATTENDED_BY {lead: true}]->(attendee)
			""";

	@Autowired
	Driver driver;

	@Autowired
	GraphReader graph;

	private FixtureGraph fixture;

	/** Today's answer: the register's list query, one page large enough for the fixture. */
	private Register register() {
		var request = new ListRequest(new Ordering("DATE", true), new PageRequest(PageRequest.MAX_PAGE_SIZE, null),
				false, Language.EN);
		return (country, status, department, from, to) -> graph.page(EngagementQueries.ENGAGEMENTS,
				Parameters.of("country", country, "status", status, "kind", null, "setting", null, "level", null,
						"department", department, "counterpart", null, "from", from, "to", to),
				request)
			.nodes().stream().map(Engagement::code).toList();
	}

	private static <T> T as(boolean cleared, Supplier<T> question) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext().setAuthentication(cleared
				? new TestingAuthenticationToken("tester", "", Access.VIEWER, Access.PROTECTED_B)
				: new TestingAuthenticationToken("tester", "", Access.VIEWER));
		try {
			return question.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	@BeforeAll
	void writeSesland() {
		fixture = new FixtureGraph(driver, "XS");
		fixture.write(SESLAND);
	}

	@AfterAll
	void removeSesland() {
		fixture.remove();
	}

	@Test
	void everyMeetingAboutTheCountryNewestFirst() {
		assertThat(as(true, () -> register().ask("XS", null, null, null, null)))
			.containsExactly("XS-E5", "XS-E4", "XS-E3", "XS-E2", "XS-E1");
		assertThat(as(true, () -> register().ask("XSA", null, null, null, null))).hasSize(5);
	}

	@Test
	void aProtectedMeetingIsNotInTheRegisterOfAReaderWithoutClearance() {
		assertThat(as(false, () -> register().ask("XS", null, null, null, null)))
			.containsExactly("XS-E5", "XS-E3", "XS-E2", "XS-E1");
	}

	@Test
	void theStatusAndTheDatesFilterBothBoundsIncluded() {
		assertThat(as(true, () -> register().ask("XS", "HELD", null, null, null)))
			.containsExactly("XS-E4", "XS-E2", "XS-E1");
		assertThat(as(true, () -> register().ask("XS", null, null, LocalDate.of(2023, 2, 10), LocalDate.of(2023, 4, 10))))
			.containsExactly("XS-E4", "XS-E3", "XS-E2");
	}

	@Test
	void aDepartmentAttendedAMeetingItsUnitAttended() {
		// The same rule as the leveraging questions' "attended by": the department itself or one of its units.
		assertThat(as(true, () -> register().ask("XS", null, "CBSA", null, null)))
			.containsExactly("XS-E4", "XS-E2", "XS-E1");
		assertThat(as(true, () -> register().ask("XS", null, "GAC", null, null))).containsExactly("XS-E5", "XS-E3");
	}
}
