package ca.engagementgraph.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.MeetingInputs;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestDatabase;
import ca.engagementgraph.TestSupport;
import ca.engagementgraph.transfer.GraphExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing Protected B can be read or inferred by a reader without the clearance: every route is tried by a viewer
 * and by an analyst, and the answers compared. On the demo data, the removals working group's meetings (RWG-...),
 * their actions and their sources; on fictional Rland (XR, built for this class), meetings a cleared coordinator
 * marked Protected B: one raised a result and agreed an action, one raised nothing, and one unclassified meeting
 * raised nothing either.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifiedRecordsTest {

	private static final String WLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (mcee:Envelope {code: 'MCEE'}), (iom:Organization {code: 'IOM'}),
			      (area:PriorityArea {code: 'PA-BORDER'})
			CREATE (xw:Country {iso2: 'XR', iso3: 'XRR', nameEn: 'Rland', nameFr: 'Rlande', region: 'EUROPE', version: 1,
			        classification: 'UNCLASSIFIED'})
			CREATE (m:Mission {code: 'XR-OTT', nameEn: 'Embassy of Rland', nameFr: 'Ambassade de Rlande', kind: 'EMBASSY',
			        city: 'Ottawa', version: 1, classification: 'UNCLASSIFIED'})-[:REPRESENTS]->(xw)
			CREATE (m)-[:LOCATED_IN]->(canada)
			CREATE (p:Project {code: 'XR-P1', titleEn: 'Wells', titleFr: 'Puits', status: 4, start: date('2021-01-01'),
			        end: date('2023-12-31'), fundingCad: 200000, version: 1, classification: 'UNCLASSIFIED'})-[:IN]->(xw)
			CREATE (p)-[:FUNDED_BY]->(mcee), (p)-[:IMPLEMENTED_BY]->(iom), (p)-[:ADDRESSES]->(area)
			CREATE (:Result {code: 'XR-R1', summaryEn: 'Wells dug', summaryFr: 'Puits creusés', achievedOn: date('2022-06-01'),
			        type: 'OUTPUT', indicatorEn: 'wells', indicatorFr: 'puits', version: 1, classification: 'UNCLASSIFIED'})-[:OF]->(p)
			CREATE (:Result {code: 'XR-R2', summaryEn: 'Pumps fitted', summaryFr: 'Pompes posées', achievedOn: date('2022-07-01'),
			        type: 'OUTPUT', indicatorEn: 'pumps', indicatorFr: 'pompes', version: 1, classification: 'UNCLASSIFIED'})-[:OF]->(p)
			""";

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) {
			  recordEngagement(input: $input) { engagement { code classification actions { code classification } } errors { code field } }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	ca.engagementgraph.ledger.Ledger ledger;

	@Autowired
	GraphExporter exporter;

	@BeforeAll
	void buildRland() {
		driver.executableQuery(WLAND).execute();
		TestDatabase.ledgerFollowsBoltWrites(ledger);
		var coordinator = TestSupport.as(graphQl, "coordinator");
		var hidden = meeting("XR-HOM-1", "2024-05-01", "HELD");
		hidden.put("classification", "PROTECTED_B");
		hidden.put("raisedResults", List.of("XR-R1"));
		hidden.put("followUpActions", List.of(Map.of("code", "XR-ACT-1", "textEn", "Send the figures", "textFr",
				"Envoyer les chiffres", "due", "2026-12-31", "assignedTo", List.of("GAC"))));
		var recorded = coordinator.document(RECORD).variable("input", hidden).execute();
		recorded.path("recordEngagement.errors").entityList(Object.class).hasSize(0);
		recorded.path("recordEngagement.engagement.actions[0].classification").entity(String.class).isEqualTo("PROTECTED_B");
		var silent = meeting("XR-HOM-2", "2024-06-01", "HELD");
		silent.put("classification", "PROTECTED_B");
		coordinator.document(RECORD).variable("input", silent).execute().path("recordEngagement.errors")
			.entityList(Object.class).hasSize(0);
		var open = meeting("XR-HOM-3", "2024-07-01", "HELD");
		open.put("follows", "XR-HOM-1");
		coordinator.document(RECORD).variable("input", open).execute()
			.path("recordEngagement.engagement.classification").entity(String.class).isEqualTo("UNCLASSIFIED");
		coordinator.document(RECORD).variable("input", meeting("XR-HOM-4", "2026-12-15", "PLANNED")).execute()
			.path("recordEngagement.errors").entityList(Object.class).hasSize(0);
	}

	@AfterAll
	void removeRland() {
		driver.executableQuery("MATCH (n) WHERE n.iso2 = 'XR' OR n.code STARTS WITH 'XR-' DETACH DELETE n").execute();
		TestDatabase.ledgerFollowsBoltWrites(ledger);
	}

	private static Map<String, Object> meeting(String code, String date, String status) {
		return MeetingInputs.ottawaMeeting(code).on(date).status(status)
			.summary("Rland's wells", "Les puits de la Rlande")
			.with("XR-OTT", "XR")
			.build();
	}

	private HttpGraphQlTester viewer() {
		return TestSupport.as(graphQl, "viewer");
	}

	private HttpGraphQlTester analyst() {
		return TestSupport.as(graphQl, "analyst");
	}

	private static List<String> strings(HttpGraphQlTester reader, String document, String path) {
		var response = reader.document(document).execute();
		response.errors().verify();
		return response.path(path).entityList(String.class).get();
	}

	private static long number(HttpGraphQlTester reader, String document, String path) {
		return reader.document(document).execute().path(path).entity(Long.class).get();
	}

	@Test
	void listsAndTheirTotalsLeaveOutProtectedRecords() {
		String meetings = "{ engagements(filter: {setting: INTERDEPARTMENTAL}, first: 100) { totalCount nodes { code } } }";
		assertThat(strings(analyst(), meetings, "engagements.nodes[*].code")).anyMatch(code -> code.startsWith("RWG-"));
		assertThat(strings(viewer(), meetings, "engagements.nodes[*].code")).noneMatch(code -> code.startsWith("RWG-"));
		long rwg = 84;
		assertThat(number(analyst(), meetings, "engagements.totalCount") - number(viewer(), meetings, "engagements.totalCount"))
			.isEqualTo(rwg);

		String rland = "{ engagements(filter: {country: \"XR\"}) { totalCount nodes { code } } }";
		assertThat(strings(analyst(), rland, "engagements.nodes[*].code")).containsExactly("XR-HOM-4", "XR-HOM-3",
				"XR-HOM-2", "XR-HOM-1");
		assertThat(strings(viewer(), rland, "engagements.nodes[*].code")).containsExactly("XR-HOM-4", "XR-HOM-3");
		assertThat(number(viewer(), rland, "engagements.totalCount")).isEqualTo(2);

		String actions = "{ actions(filter: {country: \"QN\"}, first: 100) { totalCount nodes { code } } }";
		assertThat(strings(analyst(), actions, "actions.nodes[*].code")).contains("ACT-025", "ACT-026", "ACT-024");
		assertThat(strings(viewer(), actions, "actions.nodes[*].code")).contains("ACT-024").doesNotContain("ACT-025", "ACT-026");
		String sources = "{ sources(first: 100) { totalCount nodes { code } } }";
		assertThat(strings(analyst(), sources, "sources.nodes[*].code")).contains("SRC-RWG-ROD-2022-Q1");
		assertThat(strings(viewer(), sources, "sources.nodes[*].code")).noneMatch(code -> code.startsWith("SRC-RWG"))
			.contains("SRC-MR-QM-HOM-2024-03-13");
	}

	@Test
	void aProtectedRecordNamedByItsKeyIsNotThere() {
		for (String document : List.of("{ engagement(code: \"RWG-ADM-2022-Q4\") { code } }",
				"{ engagement(code: \"XR-HOM-1\") { code } }", "{ action(code: \"ACT-011\") { code } }",
				"{ source(code: \"SRC-RWG-ROD-2022-Q4\") { code } }")) {
			String field = document.substring(2, document.indexOf('('));
			analyst().document(document).execute().path(field + ".code").hasValue();
			var hidden = viewer().document(document).execute();
			hidden.errors().verify();
			hidden.path(field).valueIsNull();
		}
	}

	@Test
	void nestedListsOfVisibleRecordsLeaveOutProtectedOnes() {
		String country = "{ country(code: \"QN\") { engagements { code } } }";
		assertThat(strings(analyst(), country, "country.engagements[*].code")).anyMatch(code -> code.startsWith("RWG-"));
		assertThat(strings(viewer(), country, "country.engagements[*].code")).isNotEmpty()
			.noneMatch(code -> code.startsWith("RWG-"));
		String department = "{ department(code: \"IRB\") { engagements { code } } }";
		assertThat(strings(analyst(), department, "department.engagements[*].code")).isNotEmpty();
		assertThat(strings(viewer(), department, "department.engagements[*].code")).noneMatch(code -> code.startsWith("RWG-"));
		String raisedAt = "{ result(code: \"XR-R1\") { raisedAt { code } } }";
		assertThat(strings(analyst(), raisedAt, "result.raisedAt[*].code")).containsExactly("XR-HOM-1");
		assertThat(strings(viewer(), raisedAt, "result.raisedAt[*].code")).isEmpty();
		String follows = "{ engagement(code: \"XR-HOM-3\") { follows { code } actions { code } } }";
		analyst().document(follows).execute().path("engagement.follows.code").entity(String.class).isEqualTo("XR-HOM-1");
		viewer().document(follows).execute().path("engagement.follows").valueIsNull();
		String series = "{ organization(code: \"RWG\") { meetings { code } } }";
		assertThat(strings(analyst(), series, "organization.meetings[*].code")).hasSize(84);
		assertThat(strings(viewer(), series, "organization.meetings[*].code")).isEmpty();
		String sources = "{ engagement(code: \"QM-HOM-2024-03-13\") { sources { code } } }";
		assertThat(strings(viewer(), sources, "engagement.sources[*].code"))
			.isEqualTo(strings(analyst(), sources, "engagement.sources[*].code"));
	}

	@Test
	void searchFindsNoProtectedRecord() {
		String rwg = "{ search(text: \"Removals Working Group\", first: 100) { key } }";
		assertThat(strings(analyst(), rwg, "search[*].key")).anyMatch(key -> key.startsWith("RWG-"));
		assertThat(strings(viewer(), rwg, "search[*].key")).noneMatch(key -> key.startsWith("RWG-") || key.startsWith("SRC-RWG"));
		String rland = "{ search(text: \"Rlande\") { key } }";
		assertThat(strings(analyst(), rland, "search[*].key")).contains("XR-HOM-1", "XR-HOM-3");
		assertThat(strings(viewer(), rland, "search[*].key")).contains("XR-HOM-3").doesNotContain("XR-HOM-1", "XR-HOM-2");
	}

	@Test
	void theExplorerNeitherShowsNorCrossesProtectedRecords() {
		String around = "{ neighbourhood(key: \"XR-R1\", depth: 2, limit: 500) { nodes { id } } }";
		assertThat(strings(analyst(), around, "neighbourhood.nodes[*].id")).contains("Engagement:XR-HOM-1", "Action:XR-ACT-1");
		assertThat(strings(viewer(), around, "neighbourhood.nodes[*].id")).isNotEmpty()
			.doesNotContain("Engagement:XR-HOM-1", "Action:XR-ACT-1");
		String qn = "{ neighbourhood(key: \"QN\", depth: 1, limit: 500) { nodes { id } } }";
		assertThat(strings(viewer(), qn, "neighbourhood.nodes[*].id")).noneMatch(id -> id.contains("RWG-"));

		String viaSeries = "{ path(from: \"QN-R01\", to: \"Organization:RWG\", via: [\"RAISED\", \"PART_OF\"]) { nodes { id } } }";
		assertThat(strings(analyst(), viaSeries, "path.nodes[*].id")).contains("Engagement:RWG-ADM-2021-Q4");
		assertThat(strings(viewer(), viaSeries, "path.nodes[*].id")).isEmpty();
		String rlandPath = "{ path(from: \"XR-R1\", to: \"XR-HOM-3\", via: [\"RAISED\", \"FOLLOWS\"]) { nodes { id } } }";
		assertThat(strings(analyst(), rlandPath, "path.nodes[*].id")).containsExactly("Result:XR-R1",
				"Engagement:XR-HOM-1", "Engagement:XR-HOM-3");
		assertThat(strings(viewer(), rlandPath, "path.nodes[*].id")).isEmpty();
	}

	@Test
	void theLeveragingQuestionsIgnoreProtectedMeetings() {
		String unleveraged = "{ unleveragedResults(country: \"XR\") { nodes { result { code } } } }";
		assertThat(strings(analyst(), unleveraged, "unleveragedResults.nodes[*].result.code")).containsExactly("XR-R2");
		assertThat(strings(viewer(), unleveraged, "unleveragedResults.nodes[*].result.code")).containsExactly("XR-R1", "XR-R2");

		String missed = "{ missedOpportunities(country: \"XR\") { totalCount nodes { engagement { code } couldHaveRaisedCount couldHaveRaised { code } } } }";
		assertThat(strings(analyst(), missed, "missedOpportunities.nodes[*].engagement.code")).containsExactly("XR-HOM-2", "XR-HOM-3");
		assertThat(strings(viewer(), missed, "missedOpportunities.nodes[*].engagement.code")).containsExactly("XR-HOM-3");
		assertThat(number(viewer(), missed, "missedOpportunities.totalCount")).isEqualTo(1);
		assertThat(strings(viewer(), missed, "missedOpportunities.nodes[0].couldHaveRaised[*].code")).containsExactly("XR-R1", "XR-R2");
		assertThat(number(viewer(), missed, "missedOpportunities.nodes[0].couldHaveRaisedCount")).isEqualTo(2);
		assertThat(strings(analyst(), missed, "missedOpportunities.nodes[1].couldHaveRaised[*].code")).containsExactly("XR-R2");

		String coverage = "{ leveragingCoverage(country: \"XR\") { results raisedAnywhere raisedInOttawa } }";
		assertThat(number(analyst(), coverage, "leveragingCoverage[0].raisedInOttawa")).isEqualTo(1);
		assertThat(number(viewer(), coverage, "leveragingCoverage[0].raisedAnywhere")).isZero();
		assertThat(number(viewer(), coverage, "leveragingCoverage[0].results")).isEqualTo(2);

		// Public Safety heard eleven results raised only at the working group's meetings: for a viewer, never.
		String gaps = "{ disseminationGaps(department: \"PS\", first: 0) { totalCount } }";
		assertThat(number(viewer(), gaps, "disseminationGaps.totalCount")
				- number(analyst(), gaps, "disseminationGaps.totalCount")).isEqualTo(11);
	}

	@Test
	void aBriefingPackHoldsNothingProtected() {
		String rland = """
				{ briefing(engagement: "XR-HOM-4") { resultsToRaise { totalCount nodes { result { code } } } openActions { code } } }""";
		assertThat(strings(analyst(), rland, "briefing.resultsToRaise.nodes[*].result.code")).containsExactly("XR-R2");
		assertThat(strings(viewer(), rland, "briefing.resultsToRaise.nodes[*].result.code")).containsExactly("XR-R1", "XR-R2");
		assertThat(number(viewer(), rland, "briefing.resultsToRaise.totalCount")).isEqualTo(2);
		assertThat(strings(analyst(), rland, "briefing.openActions[*].code")).containsExactly("XR-ACT-1");
		assertThat(strings(viewer(), rland, "briefing.openActions[*].code")).isEmpty();

		var pack = TestSupport.withUiQueries(viewer()).documentName("briefing-pack").variable("engagement", "QN-HOM-2026-12-08")
			.execute();
		pack.errors().filter(error -> "REDACTED".equals(error.getExtensions().get("code"))).verify();
		assertThat(pack.path("briefing.openActions[*].code").entityList(String.class).get()).contains("ACT-024")
			.doesNotContain("ACT-013", "ACT-018", "ACT-021", "ACT-022", "ACT-025", "ACT-026");
		var packForAnalyst = TestSupport.withUiQueries(analyst()).documentName("briefing-pack")
			.variable("engagement", "QN-HOM-2026-12-08").execute();
		assertThat(packForAnalyst.path("briefing.openActions[*].code").entityList(String.class).get())
			.contains("ACT-024", "ACT-025", "ACT-026");

		// A Protected B meeting has no briefing for a viewer: it answers as for a code nobody uses.
		var planned = viewer().document("{ briefing(engagement: \"RWG-ADM-2026-Q4\") { engagement { code } } }").execute();
		planned.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "UNKNOWN_ENGAGEMENT")));
	}

	@Test
	void theCountryPageShowsNoProtectedMeeting() {
		var analystPage = TestSupport.withUiQueries(analyst()).documentName("country-profile").variable("code", "QN").execute();
		var viewerPage = TestSupport.withUiQueries(viewer()).documentName("country-profile").variable("code", "QN").execute();
		List<String> all = analystPage.path("country.engagements[*].code").entityList(String.class).get();
		List<String> shown = viewerPage.path("country.engagements[*].code").entityList(String.class).get();
		assertThat(all).anyMatch(code -> code.startsWith("RWG-"));
		// Both lists are the newest meetings, a page at most: what the analyst sees but Protected B starts the viewer's.
		assertThat(shown).noneMatch(code -> code.startsWith("RWG-"))
			.startsWith(all.stream().filter(code -> !code.startsWith("RWG-")).toArray(String[]::new));
		assertThat(viewerPage.path("country.sources[*].code").entityList(String.class).get())
			.noneMatch(code -> code.startsWith("SRC-RWG"));
	}

	@Test
	void anExportForReadersWithoutClearanceHoldsNoProtectedRecordNorAReferenceToOne(@TempDir Path folder)
			throws Exception {
		exporter.export(folder.resolve("unclassified"), GraphExporter.Format.JSON, null, false);
		exporter.export(folder.resolve("all"), GraphExporter.Format.JSON, null, true);
		String unclassified = Files.readString(folder.resolve("unclassified/Engagement.json"));
		assertThat(unclassified).contains("XR-HOM-3").doesNotContain("RWG-", "XR-HOM-1", "PROTECTED_B");
		assertThat(folder.resolve("unclassified/Designation.json")).doesNotExist();
		assertThat(folder.resolve("unclassified/TdStat.json")).doesNotExist();
		assertThat(Files.readString(folder.resolve("unclassified/Action.json"))).doesNotContain("ACT-011", "XR-ACT-1");
		assertThat(Files.readString(folder.resolve("unclassified/Source.json"))).doesNotContain("SRC-RWG");
		assertThat(Files.readString(folder.resolve("all/Engagement.json"))).contains("RWG-ADM-2022-Q4", "XR-HOM-1");
		assertThat(folder.resolve("all/Designation.json")).exists();

		exporter.export(folder.resolve("xw"), GraphExporter.Format.CSV, "XR", false);
		assertThat(Files.readString(folder.resolve("xw/Engagement.csv"))).contains("XR-HOM-3").doesNotContain("XR-HOM-1");
	}
}
