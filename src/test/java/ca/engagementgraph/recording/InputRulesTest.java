package ca.engagementgraph.recording;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.MeetingInputs;
import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestDatabase;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.transfer.GraphExporter;
import ca.engagementgraph.transfer.GraphImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input is refused, never changed: a date that does not exist, a key outside the pattern, a control character
 * in a text, a meeting held after today, a status change a meeting cannot make. Each refusal names the field and
 * writes nothing, through GraphQL and through imports alike. Works on fictional Pland (XP), built for this class.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputRulesTest {

	private static final String PLAND = """
			MATCH (canada:Country {iso2: 'CA'}), (mcee:Envelope {code: 'MCEE'}), (iom:Organization {code: 'IOM'}),
			      (area:PriorityArea {code: 'PA-BORDER'})
			CREATE (xp:Country {iso2: 'XP', iso3: 'XPP', nameEn: 'Pland', nameFr: 'Plande', region: 'AFRICA', version: 1,
			        classification: 'UNCLASSIFIED'})
			CREATE (m:Mission {code: 'XP-OTT', nameEn: 'Embassy of Pland', nameFr: 'Ambassade de Plande', kind: 'EMBASSY',
			        city: 'Ottawa', version: 1, classification: 'UNCLASSIFIED'})-[:REPRESENTS]->(xp)
			CREATE (m)-[:LOCATED_IN]->(canada)
			CREATE (p:Project {code: 'XP-P1', titleEn: 'Roads', titleFr: 'Routes', status: 4, start: date('2021-01-01'),
			        end: date('2023-12-31'), fundingCad: 200000, version: 1, classification: 'UNCLASSIFIED'})-[:IN]->(xp)
			CREATE (p)-[:FUNDED_BY]->(mcee), (p)-[:IMPLEMENTED_BY]->(iom), (p)-[:ADDRESSES]->(area)
			CREATE (:Result {code: 'XP-R1', summaryEn: 'Roads built', summaryFr: 'Routes construites',
			        achievedOn: date('2022-06-01'), type: 'OUTPUT', indicatorEn: 'km', indicatorFr: 'km', version: 1,
			        classification: 'UNCLASSIFIED'})-[:OF]->(p)
			""";

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) {
			  recordEngagement(input: $input) { engagement { code status version } errors { code field message } }
			}
			""";

	private static final String UPDATE = """
			mutation($input: UpdateEngagementInput!) {
			  updateEngagement(input: $input) { engagement { code status version } errors { code field message } }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	ca.engagementgraph.ledger.Ledger ledger;

	@Autowired
	GraphImporter importer;

	@Autowired
	GraphExporter exporter;

	@BeforeAll
	void buildPland() {
		driver.executableQuery(PLAND).execute();
		TestDatabase.ledgerFollowsBoltWrites(ledger);
	}

	@AfterAll
	void removePland() {
		driver.executableQuery("MATCH (n) WHERE n.iso2 = 'XP' OR n.code STARTS WITH 'XP-' DETACH DELETE n").execute();
		TestDatabase.ledgerFollowsBoltWrites(ledger);
	}

	private static Map<String, Object> meeting(String code, String date, String status) {
		return MeetingInputs.ottawaMeeting(code).on(date).status(status).summary("Roads", "Routes").with("XP-OTT", "XP")
			.build();
	}

	private GraphQlTester.Response record(Map<String, Object> input) {
		return graphQl.document(RECORD).variable("input", input).execute();
	}

	/** How many of these meetings were written. */
	private long written(String... codes) {
		return driver.executableQuery("MATCH (e:Engagement) WHERE e.code IN $codes RETURN count(e) AS n")
			.withParameters(Map.of("codes", List.of(codes))).execute().records().getFirst().get("n").asLong();
	}

	private static String errorCode(GraphQlTester.Response response) {
		var codes = new java.util.ArrayList<Object>();
		response.errors().satisfy(errors -> errors.forEach(error -> codes.add(error.getExtensions().get("code"))));
		return codes.isEmpty() ? null : String.valueOf(codes.getFirst());
	}

	@Test
	void aDateThatDoesNotExistIsRefusedWhereverItIsWritten() {
		assertThat(errorCode(graphQl.document("{ engagements(filter: {from: \"2026-02-31\"}) { totalCount } }").execute()))
			.isEqualTo("INVALID_DATE");
		assertThat(errorCode(graphQl.document("query($d: Date) { engagements(filter: {to: $d}) { totalCount } }")
			.variable("d", "2026-02-31").execute())).isEqualTo("INVALID_DATE");
		assertThat(errorCode(graphQl.document("{ unleveragedResults(country: \"QM\", asOf: \"2025-13-01\") { totalCount } }")
			.execute())).isEqualTo("INVALID_DATE");
		assertThat(errorCode(graphQl.document("{ missedOpportunities(country: \"QM\", from: \"2023-02-29\") { nodes { channel } } }")
			.execute())).isEqualTo("INVALID_DATE");
		var response = record(meeting("XP-HOM-1", "2026-02-31", "PLANNED"));
		assertThat(errorCode(response)).isEqualTo("INVALID_DATE");
		response.errors().satisfy(errors -> assertThat(errors.getFirst().getMessage()).contains("2026-02-31"));
		assertThat(written("XP-HOM-1")).isZero();
		// A leap day that exists is a date.
		assertThat(errorCode(graphQl.document("{ engagements(filter: {from: \"2024-02-29\"}) { totalCount } }").execute()))
			.isNull();
	}

	@Test
	void anImportedDateThatDoesNotExistIsRefused() {
		var report = importer.load(List.of(csv("engagements.csv", """
				code,date,status,kind,setting,level,summaryEn,summaryFr,WITH,CONCERNS,ATTENDED_BY
				XP-HOM-9,2026-02-31,PLANNED,CALL,OTTAWA,DG,x,x,Mission:XP-OTT,XP,CBSA{lead=true}
				""")), true, "test", Loading.Progress.NONE);
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("date");
			assertThat(problem.code()).isEqualTo("data.notDate");
		});
	}

	@Test
	void aKeyOutsideThePatternIsRefusedWithTheFieldNamed() {
		for (String code : List.of("XP-A\u0000B", "XP-`MATCH (n) DETACH DELETE n`", "XP-\u001b[31m", "XP-" + "A".repeat(5000),
				"xp-lower", "XP-HOM 1")) {
			var response = record(meeting(code, "2024-05-01", "HELD"));
			response.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("BAD_KEY");
			response.path("recordEngagement.errors[0].field").entity(String.class).isEqualTo("input.code");
			assertThat(response.path("recordEngagement.errors[0].message").entity(String.class).get())
				.hasSizeLessThan(400).doesNotContain("\u0000", "\u001b");
		}
		var reference = meeting("XP-HOM-2", "2024-05-01", "HELD");
		reference.put("raisedResults", List.of("XP-R1\u0000"));
		var response = record(reference);
		response.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("BAD_KEY");
		response.path("recordEngagement.errors[0].field").entity(String.class).isEqualTo("input.raisedResults");
		var text = meeting("XP-HOM-3", "2024-05-01", "HELD");
		text.put("summaryEn", "Roads\u0000 and bridges");
		var controlled = record(text);
		controlled.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("CONTROL_CHARACTER");
		controlled.path("recordEngagement.errors[0].field").entity(String.class).isEqualTo("input.summaryEn");
		assertThat(written("XP-HOM-2", "XP-HOM-3")).isZero();

		var report = importer.load(List.of(csv("results.csv", """
				code,summaryEn,summaryFr,achievedOn,type,indicatorEn,indicatorFr,OF
				XP-R`2,x,x,2022-01-01,OUTPUT,x,x,XP-P1
				""")), true, "test", Loading.Progress.NONE);
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.field()).isEqualTo("code");
			assertThat(problem.code()).isEqualTo("data.badKey");
		});
	}

	@Test
	void anExportIsTextEvenWhenAnotherToolWroteAControlCharacter(@TempDir Path folder) throws Exception {
		driver.executableQuery("MATCH (c:Country {iso2: 'XP'}) SET c.nameEn = 'Pl\u0007and\u0000'").execute();
		try {
			exporter.export(folder, GraphExporter.Format.CSV, "XP", true);
			String countries = Files.readString(folder.resolve("Country.csv"), StandardCharsets.UTF_8);
			assertThat(countries).contains("Pl\uFFFDand\uFFFD");
			assertThat(countries.chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'))
				.isEmpty();
		}
		finally {
			driver.executableQuery("MATCH (c:Country {iso2: 'XP'}) SET c.nameEn = 'Pland'").execute();
		}
	}

	@Test
	void aMeetingDatedAfterTodayCannotBeHeld() {
		var future = record(meeting("XP-HOM-4", "2027-01-10", "HELD"));
		future.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("HELD_IN_FUTURE");
		future.path("recordEngagement.errors[0].field").entity(String.class).isEqualTo("input.status");
		assertThat(written("XP-HOM-4")).isZero();

		record(meeting("XP-HOM-5", "2026-12-10", "PLANNED")).path("recordEngagement.errors").entityList(Object.class).hasSize(0);
		graphQl.document("mutation { holdEngagement(input: {code: \"XP-HOM-5\", version: 1}) { errors { code } } }").execute()
			.path("holdEngagement.errors[0].code").entity(String.class).isEqualTo("HELD_IN_FUTURE");
		graphQl.document(UPDATE).variable("input", Map.of("code", "XP-HOM-5", "version", 1, "status", "HELD")).execute()
			.path("updateEngagement.errors[0].code").entity(String.class).isEqualTo("HELD_IN_FUTURE");
		graphQl.document("{ engagement(code: \"XP-HOM-5\") { status version } }").execute()
			.path("engagement.status").entity(String.class).isEqualTo("PLANNED");
		// Today itself is not after today: a meeting held today is held.
		record(meeting("XP-HOM-6", "2026-11-21", "HELD")).path("recordEngagement.errors").entityList(Object.class).hasSize(0);

		var report = importer.load(List.of(csv("engagements.csv", """
				code,date,status,kind,setting,level,summaryEn,summaryFr,WITH,CONCERNS,ATTENDED_BY
				XP-HOM-7,2027-03-01,HELD,CALL,OTTAWA,DG,x,x,Mission:XP-OTT,XP,CBSA{lead=true}
				""")), false, "test", Loading.Progress.NONE);
		assertThat(report.written()).isFalse();
		assertThat(report.problems()).singleElement().satisfies(problem -> assertThat(problem.code()).isEqualTo("rule.heldInFuture"));
	}

	@Test
	void aMeetingChangesStatusOnlyAlongTheAllowedTransitions() {
		var cancelled = record(meeting("XP-HOM-10", "2024-03-01", "CANCELLED"));
		cancelled.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("INVALID_STATUS_CHANGE");
		cancelled.path("recordEngagement.errors[0].field").entity(String.class).isEqualTo("input.status");
		assertThat(written("XP-HOM-10")).isZero();

		record(meeting("XP-HOM-11", "2024-03-01", "PLANNED")).path("recordEngagement.errors").entityList(Object.class).hasSize(0);
		graphQl.document("mutation { cancelEngagement(input: {code: \"XP-HOM-11\", version: 1}) { engagement { status } errors { code } } }")
			.execute().path("cancelEngagement.engagement.status").entity(String.class).isEqualTo("CANCELLED");
		graphQl.document(UPDATE).variable("input", Map.of("code", "XP-HOM-11", "version", 2, "status", "HELD")).execute()
			.path("updateEngagement.errors[0].code").entity(String.class).isEqualTo("INVALID_STATUS_CHANGE");
		graphQl.document(UPDATE).variable("input", Map.of("code", "XP-HOM-11", "version", 2, "status", "PLANNED")).execute()
			.path("updateEngagement.engagement.status").entity(String.class).isEqualTo("PLANNED");
		graphQl.document("mutation { holdEngagement(input: {code: \"XP-HOM-11\", version: 3}) { engagement { status } errors { code } } }")
			.execute().path("holdEngagement.engagement.status").entity(String.class).isEqualTo("HELD");
		graphQl.document(UPDATE).variable("input", Map.of("code", "XP-HOM-11", "version", 4, "status", "PLANNED")).execute()
			.path("updateEngagement.errors[0].code").entity(String.class).isEqualTo("INVALID_STATUS_CHANGE");
		graphQl.document("mutation { cancelEngagement(input: {code: \"XP-HOM-11\", version: 4}) { errors { code } } }")
			.execute().path("cancelEngagement.errors[0].code").entity(String.class).isEqualTo("NOT_PLANNED");
	}

	private static Loading.Input csv(String name, String content) {
		return new Loading.Input(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
	}
}
