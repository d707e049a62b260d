package ca.engagementgraph.leverage;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import ca.engagementgraph.engagement.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static ca.engagementgraph.leverage.Questions.Reader.CLEARED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Question 4's open actions when a meeting concerns several countries: a country's briefing pack lists the actions
 * of its own meetings, and of a shared meeting (a working group, a forum) only those that name it; never another
 * country's. Fictional Ostria (XG) and Pellaria (XH), each with an embassy in Ottawa and a planned meeting with it.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingOpenActionsTest {

	/**
	 * XG-M1, a multilateral forum about both countries, agreed XG-A1 (names Ostria), XG-A2 (names Pellaria, in
	 * French only) and XG-A3 (names neither). XG-E1, a meeting about Ostria alone, agreed XG-A4, which names no
	 * country: it is Ostria's all the same.
	 */
	private static final String TWO_COUNTRIES = """
			MATCH (canada:Country {iso2: 'CA'}), (cbsa:Department {code: 'CBSA'})
			CREATE (xo:Country {iso2: 'XG', iso3: 'XGA', nameEn: 'Ostria', nameFr: 'Ostrie', region: 'EUROPE'})
			CREATE (xp:Country {iso2: 'XH', iso3: 'XHA', nameEn: 'Pellaria', nameFr: 'Pellarie', region: 'EUROPE'})
			CREATE (oEmbassy:Mission {code: 'XG-OTT', nameEn: 'Embassy of Ostria', nameFr: "Ambassade d'Ostrie", kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xo), (oEmbassy)-[:LOCATED_IN]->(canada)
			CREATE (pEmbassy:Mission {code: 'XH-OTT', nameEn: 'Embassy of Pellaria', nameFr: 'Ambassade de Pellarie', kind: 'EMBASSY', city: 'Ottawa'})
			  -[:REPRESENTS]->(xp), (pEmbassy)-[:LOCATED_IN]->(canada)
			CREATE (forum:Engagement {code: 'XG-M1', date: date('2025-03-01'), status: 'HELD', kind: 'MULTILATERAL_FORUM',
			        setting: 'MULTILATERAL', level: 'DG', classification: 'UNCLASSIFIED'})
			CREATE (forum)-[:CONCERNS]->(xo), (forum)-[:CONCERNS]->(xp), (forum)-[:ATTENDED_BY {lead: true}]->(cbsa)
			CREATE (own:Engagement {code: 'XG-E1', date: date('2025-04-01'), status: 'HELD', kind: 'CALL',
			        setting: 'OTTAWA', level: 'DIRECTOR', classification: 'UNCLASSIFIED'})
			CREATE (own)-[:CONCERNS]->(xo), (own)-[:WITH]->(oEmbassy), (own)-[:ATTENDED_BY {lead: true}]->(cbsa)
			CREATE (:Action {code: 'XG-A1', status: 'OPEN', due: date('2025-06-01'), textEn: 'Send Ostria the project summary.',
			        textFr: "Envoyer à l'Ostrie le résumé du projet.", classification: 'UNCLASSIFIED'})-[:FROM]->(forum)
			CREATE (:Action {code: 'XG-A2', status: 'OPEN', due: date('2025-06-02'), textEn: 'Send the other delegation the timeliness figures.',
			        textFr: 'Envoyer à la Pellarie les délais de délivrance.', classification: 'UNCLASSIFIED'})-[:FROM]->(forum)
			CREATE (:Action {code: 'XG-A3', status: 'OPEN', due: date('2025-06-03'), textEn: 'Hold a workshop on roles.',
			        textFr: 'Tenir un atelier sur les rôles.', classification: 'UNCLASSIFIED'})-[:FROM]->(forum)
			CREATE (:Action {code: 'XG-A4', status: 'OPEN', due: date('2025-06-04'), textEn: 'Confirm the pending requests.',
			        textFr: 'Confirmer les demandes en attente.', classification: 'UNCLASSIFIED'})-[:FROM]->(own)
			WITH xo, xp, oEmbassy, pEmbassy, cbsa
			UNWIND [[xo, oEmbassy, 'XG-E9'], [xp, pEmbassy, 'XH-E9']] AS planned
			WITH planned[0] AS country, planned[1] AS embassy, planned[2] AS code, cbsa
			CREATE (e:Engagement {code: code, date: date('2027-01-10'), status: 'PLANNED', kind: 'BILATERAL_MEETING',
			        setting: 'OTTAWA', level: 'DIRECTOR', classification: 'UNCLASSIFIED'})
			CREATE (e)-[:CONCERNS]->(country), (e)-[:WITH]->(embassy), (e)-[:ATTENDED_BY {lead: true}]->(cbsa)
			""";

	@Autowired
	Driver driver;

	@Autowired
	ApplicationContext context;

	@Autowired
	HttpGraphQlTester graphQl;

	private FixtureGraph ostria;
	private FixtureGraph pellaria;
	private Questions.BriefingPack briefing;

	@BeforeAll
	void writeTwoCountries() {
		pellaria = new FixtureGraph(driver, "XH");
		pellaria.remove();
		ostria = new FixtureGraph(driver, "XG").write(TWO_COUNTRIES);
		briefing = Questions.of(context).briefingPack();
	}

	@AfterAll
	void removeTwoCountries() {
		ostria.remove();
		pellaria.remove();
	}

	@Test
	void aCountrysPackListsItsOwnMeetingsActionsAndOfASharedMeetingOnlyThoseNamingIt() {
		assertThat(CLEARED.asks(() -> briefing.ask("XG-E9")).openActions()).containsExactly("XG-A1", "XG-A4");
	}

	@Test
	void aPackCountsItsOpenActionsAndListsThemSoonestDueFirst() {
		var controller = context.getBean(BriefingController.class);
		var pack = CLEARED.asks(() -> controller.briefingOf("XG-E9"));
		var actions = CLEARED.asks(() -> controller.openActionsOf(pack));
		assertThat(actions.total()).isEqualTo(2);
		assertThat(actions.soonest()).extracting(Action::code).containsExactly("XG-A1", "XG-A4");
	}

	@Test
	void aPackListsTheFirstFewAskedForBesideHowManyThereAre() {
		var response = TestSupport.as(graphQl, "analyst")
			.document("{ briefing(engagement: \"XG-E9\") { openActionCount openActions(first: 1) { code } } }")
			.execute();
		response.path("briefing.openActionCount").entity(Integer.class).isEqualTo(2);
		response.path("briefing.openActions[*].code").entityList(String.class).containsExactly("XG-A1");
	}

	@Test
	void anotherCountrysActionFromTheSameForumIsInItsOwnPackNotThisOne() {
		assertThat(CLEARED.asks(() -> briefing.ask("XH-E9")).openActions()).containsExactly("XG-A2");
	}

	/**
	 * The pack finds open actions through the meetings the ledger counts them on: an action closed and opened again
	 * (by any client, here over Bolt) is listed again, and one agreed at another meeting moves with it.
	 */
	@Test
	void anActionClosedOpenedAgainOrMovedOverBoltIsListedWhereItStandsNow() {
		ostria.change("MATCH (a:Action {code: 'XG-A4'}) SET a.status = 'DONE'");
		assertThat(CLEARED.asks(() -> briefing.ask("XG-E9")).openActions()).containsExactly("XG-A1");
		// The meeting itself edited meanwhile: its ledger row is written again, with no open action.
		ostria.change("MATCH (e:Engagement {code: 'XG-E1'}) SET e.summaryEn = 'Pending requests reviewed.'");
		ostria.change("MATCH (a:Action {code: 'XG-A4'}) SET a.status = 'OPEN'");
		assertThat(CLEARED.asks(() -> briefing.ask("XG-E9")).openActions()).containsExactly("XG-A1", "XG-A4");
		ostria.change("""
				MATCH (a:Action {code: 'XG-A3'})-[from:FROM]->(), (own:Engagement {code: 'XG-E1'})
				DELETE from CREATE (a)-[:FROM]->(own)""");
		assertThat(CLEARED.asks(() -> briefing.ask("XG-E9")).openActions()).containsExactly("XG-A1", "XG-A3", "XG-A4");
		ostria.change("""
				MATCH (a:Action {code: 'XG-A3'})-[from:FROM]->(), (forum:Engagement {code: 'XG-M1'})
				DELETE from CREATE (a)-[:FROM]->(forum)""");
		assertThat(CLEARED.asks(() -> briefing.ask("XG-E9")).openActions()).containsExactly("XG-A1", "XG-A4");
	}

	/** The same through the product's own mutations (on an external database, the ledger follows these alone). */
	@Test
	void anActionRecordedThenClosedThroughTheMutationsComesAndGoes() {
		graphQl.document("""
				mutation { createAction(input: {code: "XG-A5", textEn: "Share the schedule.", textFr: "Partager le calendrier.",
				  due: "2025-06-05", from: "XG-E1", assignedTo: ["CBSA"]}) { errors { code message } } }""")
			.execute().path("createAction.errors").entityList(Object.class).hasSize(0);
		assertThat(CLEARED.asks(() -> briefing.ask("XG-E9")).openActions()).containsExactly("XG-A1", "XG-A4", "XG-A5");
		graphQl.document("mutation { updateAction(input: {code: \"XG-A5\", version: 1, status: DONE}) { errors { code message } } }")
			.execute().path("updateAction.errors").entityList(Object.class).hasSize(0);
		assertThat(CLEARED.asks(() -> briefing.ask("XG-E9")).openActions()).containsExactly("XG-A1", "XG-A4");
	}
}
