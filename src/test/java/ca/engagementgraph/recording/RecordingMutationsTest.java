package ca.engagementgraph.recording;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.FixtureGraph;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.MeetingInputs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordinators record meetings and the rest of the graph from GraphQL: every change validated before it is
 * written, all or nothing, versioned, idempotent, audited, and reflected at once in the leveraging answers.
 * Works on fictional Yland (XY), added for this class and removed after it.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordingMutationsTest {

	private static final String YLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (mcee:Envelope {code: 'MCEE'}), (iom:Organization {code: 'IOM'}),
			      (area:PriorityArea {code: 'PA-BORDER'})
			CREATE (xy:Country {iso2: 'XY', iso3: 'XYY', nameEn: 'Yland', nameFr: 'Ylande', region: 'EUROPE', version: 1})
			CREATE (:Mission {code: 'XY-OTT', nameEn: 'Embassy of Yland', nameFr: "Ambassade d'Ylande", kind: 'EMBASSY',
			        city: 'Ottawa', version: 1})-[:REPRESENTS]->(xy)
			MERGE (m:Mission {code: 'XY-OTT'}) MERGE (m)-[:LOCATED_IN]->(canada)
			CREATE (:Authority {code: 'XY-BP', nameEn: 'Yland Border Police', nameFr: 'Police', kind: 'BORDER_POLICE', version: 1})-[:OF]->(xy)
			CREATE (p:Project {code: 'XY-P1', titleEn: 'Ports', titleFr: 'Ports', status: 4, start: date('2021-01-01'),
			        end: date('2023-12-31'), fundingCad: 200000, version: 1})-[:IN]->(xy)
			CREATE (p)-[:FUNDED_BY]->(mcee), (p)-[:IMPLEMENTED_BY]->(iom), (p)-[:ADDRESSES]->(area)
			CREATE (:Result {code: 'XY-R1', summaryEn: 'Officers trained', summaryFr: 'Agents formés',
			        achievedOn: date('2022-06-01'), type: 'OUTPUT', indicatorEn: 'officers', indicatorFr: 'agents', version: 1})-[:OF]->(p)
			""";

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) {
			  recordEngagement(input: $input) {
			    engagement { code version status raisedResults { code } actions { code status } }
			    errors { code field message currentVersion }
			  }
			}
			""";

	private static final String UPDATE = """
			mutation($input: UpdateEngagementInput!) {
			  updateEngagement(input: $input) { engagement { code version summary } errors { code field message currentVersion } }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	private FixtureGraph yland;

	@BeforeAll
	void buildYland() {
		yland = new FixtureGraph(driver, "XY").write(YLAND);
	}

	@AfterAll
	void removeYland() {
		yland.remove();
	}

	private Map<String, Object> meeting(String code, String date, String status) {
		return MeetingInputs.ottawaMeeting(code).on(date).status(status)
			.summary("Results of the ports project", "Résultats du projet des ports")
			.with("XY-OTT", "XYY")
			.alsoAttendedBy("MCET")
			.build();
	}

	private GraphQlTester.Response record(Map<String, Object> input) {
		return graphQl.document(RECORD).variable("input", input).execute();
	}

	private List<String> neverRaisedInOttawa() {
		return graphQl.document("{ unleveragedResults(country: \"XY\") { nodes { result { code } } } }").execute()
			.path("unleveragedResults.nodes[*].result.code").entityList(String.class).get();
	}

	@Test
	void aMeetingRecordedFromGraphQLShowsAtOnceInTheLeveragingAnswers() {
		assertThat(neverRaisedInOttawa()).containsExactly("XY-R1");
		var input = meeting("XY-HOM-1", "2024-05-01", "HELD");
		input.put("raisedResults", List.of("XY-R1"));
		input.put("followUpActions", List.of(m("code", "XY-ACT-1", "textEn", "Send the data", "textFr",
				"Envoyer les données", "due", "2024-06-01", "assignedTo", List.of("IRCC"))));
		var response = record(input);
		response.path("recordEngagement.errors").entityList(Object.class).hasSize(0);
		response.path("recordEngagement.engagement.version").entity(Integer.class).isEqualTo(1);
		response.path("recordEngagement.engagement.actions[0].code").entity(String.class).isEqualTo("XY-ACT-1");
		assertThat(neverRaisedInOttawa()).isEmpty();

		// It took place: it cannot be cancelled afterwards, and what it raised still counts.
		graphQl.document("mutation { cancelEngagement(input: {code: \"XY-HOM-1\", version: 1}) { engagement { status } errors { code } } }")
			.execute().path("cancelEngagement.errors[0].code").entity(String.class).isEqualTo("NOT_PLANNED");
		assertThat(neverRaisedInOttawa()).isEmpty();
	}

	@Test
	void aPlannedMeetingBecomesHeldInOneCall() {
		record(meeting("XY-HOM-2", "2024-07-01", "PLANNED")).path("recordEngagement.errors").entityList(Object.class).hasSize(0);
		graphQl.document("""
				mutation { holdEngagement(input: {code: "XY-HOM-2", version: 1, raisedResults: ["XY-R1"], summaryEn: "Done"}) {
				  engagement { status version summary raisedResults { code } } errors { code } } }
				""").execute()
			.path("holdEngagement.engagement.status").entity(String.class).isEqualTo("HELD")
			.path("holdEngagement.engagement.version").entity(Integer.class).isEqualTo(2)
			.path("holdEngagement.engagement.raisedResults[0].code").entity(String.class).isEqualTo("XY-R1");
		graphQl.document("mutation { holdEngagement(input: {code: \"XY-HOM-2\", version: 2}) { errors { code message } } }")
			.execute().path("holdEngagement.errors[0].code").entity(String.class).isEqualTo("NOT_PLANNED");
	}

	@Test
	void aStaleUpdateIsRefusedWithTheCurrentVersionAndNothingIsLost() {
		record(meeting("XY-HOM-3", "2024-08-01", "HELD"));
		graphQl.document(UPDATE).variable("input", m("code", "XY-HOM-3", "version", 1, "summaryEn", "First edit"))
			.execute().path("updateEngagement.engagement.version").entity(Integer.class).isEqualTo(2);
		var stale = graphQl.document(UPDATE)
			.variable("input", m("code", "XY-HOM-3", "version", 1, "summaryEn", "Second edit, from a stale read"))
			.execute();
		stale.path("updateEngagement.engagement").valueIsNull();
		stale.path("updateEngagement.errors[0].code").entity(String.class).isEqualTo("VERSION_CONFLICT");
		stale.path("updateEngagement.errors[0].currentVersion").entity(Integer.class).isEqualTo(2);
		stale.path("updateEngagement.errors[0].message").entity(String.class)
			.satisfies(message -> assertThat(message).contains("version 1", "current version is 2"));
		graphQl.document("{ engagement(code: \"XY-HOM-3\") { summary version } }").execute()
			.path("engagement.summary").entity(String.class).isEqualTo("First edit")
			.path("engagement.version").entity(Integer.class).isEqualTo(2);
	}

	@Test
	void creatingTheSameRecordTwiceChangesNothingButDifferentContentIsRefused() {
		var input = meeting("XY-HOM-4", "2024-09-01", "HELD");
		record(input).path("recordEngagement.engagement.version").entity(Integer.class).isEqualTo(1);
		record(input).path("recordEngagement.errors").entityList(Object.class).hasSize(0)
			.path("recordEngagement.engagement.version").entity(Integer.class).isEqualTo(1);
		input.put("level", "ADM");
		var different = record(input);
		different.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("DUPLICATE_KEY");
		different.path("recordEngagement.errors[0].message").entity(String.class)
			.satisfies(message -> assertThat(message).contains("different level"));
		assertThat(auditEvents("Engagement:XY-HOM-4")).isEqualTo(1);
	}

	@Test
	void everyInvalidPartIsExplainedAtItsFieldAndNothingIsWritten() {
		var input = meeting("XY-HOM-5", "2021-01-10", "HELD");
		input.put("counterpart", "QM-OTT"); // Marovia's embassy, for a meeting about Yland
		input.put("raisedResults", List.of("XY-R1")); // achieved in 2022, after this 2021 meeting
		input.put("raisedProjects", List.of()); // also RAISED: the error must still name raisedResults (as forms send both)
		input.put("attendance", List.of(m("participant", "CBSA", "lead", true), m("participant", "GAC", "lead", true)));
		var errors = record(input).path("recordEngagement.errors").entityList(Map.class).get();
		assertThat(errors).extracting(e -> e.get("code") + " @ " + e.get("field")).containsExactlyInAnyOrder(
				"MISSION_NOT_OF_COUNTRY @ input.counterpart", "RAISED_BEFORE_ACHIEVED @ input.raisedResults",
				"ONE_LEAD @ input.attendance");
		assertThat(count("MATCH (e:Engagement {code: 'XY-HOM-5'}) RETURN count(e) AS n")).isZero();

		var unknown = meeting("XY-HOM-6", "2024-10-01", "HELD");
		unknown.put("raisedResults", List.of("XY-R404"));
		unknown.put("followUpActions", List.of(m("code", "XY-ACT-6", "textEn", "a", "textFr", "a", "due", "2999-01-01",
				"assignedTo", List.of("CBSA"))));
		var unknownErrors = record(unknown).path("recordEngagement.errors").entityList(Map.class).get();
		assertThat(unknownErrors).extracting(e -> e.get("code") + " @ " + e.get("field")).containsExactlyInAnyOrder(
				"UNKNOWN_KEY @ input.raisedResults", "DATE_OUT_OF_RANGE @ input.followUpActions[0].due");
		assertThat(count("MATCH (n) WHERE n.code IN ['XY-HOM-6', 'XY-ACT-6'] RETURN count(n) AS n")).isZero();
	}

	@Test
	void errorsFollowTheClientsLanguage() {
		var input = meeting("XY-HOM-7", "2024-10-02", "HELD");
		input.put("raisedResults", List.of("XY-R404"));
		graphQl.mutate().header("Accept-Language", "fr-CA").build().document(RECORD).variable("input", input).execute()
			.path("recordEngagement.errors[0].message").entity(String.class).isEqualTo("aucun Result avec la clé « XY-R404 »");
	}

	@Test
	void absurdAndNegativeAmountsAndUnknownValuesAreRefused() {
		String create = """
				mutation($input: ProjectInput!) { createProject(input: $input) { project { code } errors { code field message } } }
				""";
		var project = m("code", "XY-P2", "titleEn", "T", "titleFr", "T", "status",
				"CLOSED", "start", "2022-01-01", "end", "2021-01-01", "fundingCad", -5, "envelope", "MCEE", "partners",
				List.of("IOM"), "country", "XY", "priorityAreas", List.of("PA-BORDER"));
		var errors = graphQl.document(create).variable("input", project).execute().path("createProject.errors")
			.entityList(Map.class).get();
		assertThat(errors).extracting(e -> e.get("code") + " @ " + e.get("field"))
			.containsExactlyInAnyOrder("NEGATIVE @ input.fundingCad", "END_BEFORE_START @ input.end");
		project.put("fundingCad", 900_000_000_000L);
		project.put("end", "2023-01-01");
		graphQl.document(create).variable("input", project).execute().path("createProject.errors[0].code")
			.entity(String.class).isEqualTo("TOO_LARGE");
		project.put("status", "ABANDONED");
		graphQl.document(create).variable("input", project).execute().errors()
			.satisfy(e -> assertThat(e).singleElement().satisfies(error -> assertThat(error.getMessage()).contains("ABANDONED")));
		assertThat(count("MATCH (p:Project {code: 'XY-P2'}) RETURN count(p) AS n")).isZero();
	}

	@Test
	void projectsResultsMessagesDecisionsPlansStatisticsAndActionsAreCreatedAndUpdated() {
		ok("createProject", "ProjectInput", "project", m("code", "XY-P3", "titleEn", "Registry", "titleFr", "Registre",
				"status", "IMPLEMENTATION", "start", "2024-01-01", "end", "2026-12-31", "fundingCad", 240000, "envelope",
				"MCEE", "partners", List.of("UNHCR"), "country", "XY", "priorityAreas", List.of("PA-IDENTITY")));
		ok("updateProject", "UpdateProjectInput", "project", m("code", "XY-P3", "version", 1, "status", "CLOSED"));
		ok("createResult", "ResultInput", "result", m("code", "XY-R2", "project", "XY-P3", "summaryEn", "Registry live",
				"summaryFr", "Registre en service", "achievedOn", "2025-01-15", "type", "OUTCOME", "indicatorEn", "records",
				"indicatorFr", "dossiers", "value", 12000.0));
		ok("updateResult", "UpdateResultInput", "result", m("code", "XY-R2", "version", 1, "value", 15000.0));
		ok("createKeyMessage", "KeyMessageInput", "keyMessage", m("code", "XY-KM-1", "textEn", "Yland's registry",
				"textFr", "Le registre d'Ylande", "approvedOn", "2025-02-01", "aboutResults", List.of("XY-R2"),
				"draftedBy", List.of("IRCC")));
		ok("updateKeyMessage", "UpdateKeyMessageInput", "keyMessage", m("code", "XY-KM-1", "version", 1,
				"aboutProjects", List.of("XY-P3")));
		assertThat(count("MATCH (:KeyMessage {code: 'XY-KM-1'})-[:ABOUT]->(x) RETURN count(x) AS n"))
			.as("adding projects keeps the results it was about").isEqualTo(2);
		ok("createDecision", "DecisionInput", "decision", m("code", "XY-DEC-1", "date", "2025-03-01", "kind", "OTHER",
				"textEn", "Noted", "textFr", "Pris note", "countries", List.of("XY")));
		ok("updateDecision", "UpdateDecisionInput", "decision", m("code", "XY-DEC-1", "version", 1, "kind", "ESCALATE"));
		ok("createEngagementPlan", "EngagementPlanInput", "engagementPlan", m("code", "XY-PLAN", "approvedOn",
				"2025-04-01", "escalationStage", 0, "country", "XY", "roles", List.of(m("department", "CBSA", "role",
						"LEAD"), m("department", "GAC", "role", "LEVERAGE"))));
		ok("updateEngagementPlan", "UpdateEngagementPlanInput", "engagementPlan", m("code", "XY-PLAN", "version", 1,
				"roles", List.of(m("department", "CBSA", "role", "LEAD"))));
		assertThat(count("MATCH (:Department)-[r:HOLDS_ROLE]->(:EngagementPlan {code: 'XY-PLAN'}) RETURN count(r) AS n"))
			.as("the roles given replace the old ones").isEqualTo(1);
		ok("recordTdStat", "TdStatInput", "tdStat", m("country", "XYY", "quarter", "2025-Q1", "requested", 40,
				"issued", 12, "medianDaysToIssue", 120.5));
		ok("updateTdStat", "UpdateTdStatInput", "tdStat", m("code", "XY-2025-Q1", "version", 1, "issued", 14));
		record(meeting("XY-HOM-8", "2025-05-01", "HELD"));
		ok("createAction", "ActionInput", "action", m("code", "XY-ACT-8", "textEn", "Follow up", "textFr", "Suivre",
				"due", "2025-06-01", "from", "XY-HOM-8", "assignedTo", List.of("GAC")));
		ok("updateAction", "UpdateActionInput", "action", m("code", "XY-ACT-8", "version", 1, "status", "DONE"));
		assertThat(count("MATCH (a:Action {code: 'XY-ACT-8', status: 'DONE', version: 2}) RETURN count(a) AS n")).isEqualTo(1);
		assertThat(count("MATCH (t:TdStat {code: 'XY-2025-Q1', issued: 14})-[:FOR]->(:Country {iso2: 'XY'}) RETURN count(t) AS n"))
			.isEqualTo(1);
	}

	@Test
	void everyChangeIsAuditedWithWhoWhenAndTheValuesBeforeAndAfter() {
		record(meeting("XY-HOM-9", "2024-11-01", "HELD"));
		graphQl.document(UPDATE).variable("input", m("code", "XY-HOM-9", "version", 1, "summaryEn", "Audited edit"))
			.execute();
		var trail = graphQl.document("""
				{ auditTrail(node: "Engagement:XY-HOM-9", user: "admin") { totalCount nodes { operation before after at } } }
				""").execute();
		trail.path("auditTrail.totalCount").entity(Integer.class).isEqualTo(2);
		trail.path("auditTrail.nodes[0].operation").entity(String.class).isEqualTo("UPDATE_ENGAGEMENT");
		trail.path("auditTrail.nodes[0].before").entity(String.class).satisfies(before -> assertThat(before)
			.contains("\"summaryEn\":\"Results of the ports project\"", "\"version\":1"));
		trail.path("auditTrail.nodes[0].after").entity(String.class).satisfies(after -> assertThat(after)
			.contains("\"summaryEn\":\"Audited edit\"", "\"version\":2"));
		trail.path("auditTrail.nodes[1].operation").entity(String.class).isEqualTo("RECORD_ENGAGEMENT");
		trail.path("auditTrail.nodes[1].before").valueIsNull();
		graphQl.document("{ auditTrail(node: \"Engagement:XY-HOM-9\", from: \"2999-01-01T00:00:00Z\") { totalCount } }")
			.execute().path("auditTrail.totalCount").entity(Integer.class).isEqualTo(0);
	}

	private void ok(String mutation, String inputType, String field, Map<String, Object> input) {
		graphQl.document("mutation($input: %s!) { %s(input: $input) { %s { __typename } errors { code field message } } }"
			.formatted(inputType, mutation, field)).variable("input", input).execute()
			.path(mutation + ".errors").entityList(Object.class).hasSize(0)
			.path(mutation + "." + field).hasValue();
	}

	private long auditEvents(String node) {
		return count("MATCH (a:AuditEvent {node: '" + node.replace("'", "") + "'}) RETURN count(a) AS n");
	}

	/** A mutable map from name/value pairs (Map.of stops at ten). */
	private static Map<String, Object> m(Object... namesAndValues) {
		var map = new java.util.LinkedHashMap<String, Object>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

	private long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get("n").asLong();
	}
}
