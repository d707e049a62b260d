package ca.engagementgraph.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.SignedInAsAdmin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Roles and clearance are independent: an administrator without the Protected B clearance (possible with production
 * tokens; {@link SignedInAsAdmin#UNCLEARED_ADMIN} here) administers everything Unclassified and nothing Protected B.
 * The audit trail leaves out the events about Protected B records and redacts references to them; such a user can
 * neither change nor create a Protected B record, by mutation or by import; and an import's report, dry run
 * included, never tells a Protected B value. Works on fictional Qland (XQ), built for this class.
 */
@GraphIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministratorWithoutClearanceTest {

	private static final String QLAND = """
			MATCH (canada:Country {iso2: 'CA'})
			CREATE (xq:Country {iso2: 'XQ', iso3: 'XQQ', nameEn: 'Qland', nameFr: 'Qlande', region: 'ASIA', version: 1,
			        classification: 'UNCLASSIFIED'})
			CREATE (m:Mission {code: 'XQ-OTT', nameEn: 'Embassy of Qland', nameFr: 'Ambassade de Qlande', kind: 'EMBASSY',
			        city: 'Ottawa', version: 1, classification: 'UNCLASSIFIED'})-[:REPRESENTS]->(xq)
			CREATE (m)-[:LOCATED_IN]->(canada)
			""";

	private static final String RECORD = """
			mutation($input: RecordEngagementInput!) {
			  recordEngagement(input: $input) { engagement { code } errors { code field message } }
			}
			""";

	private static final String UPDATE = """
			mutation($input: UpdateEngagementInput!) {
			  updateEngagement(input: $input) { engagement { code summary } errors { code field message } }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	void buildQland() {
		driver.executableQuery(QLAND).execute();
		var secret = meeting("XQ-HOM-1", "2024-05-01");
		secret.put("classification", "PROTECTED_B");
		secret.put("summaryEn", "The secret about Qland");
		graphQl.document(RECORD).variable("input", secret).execute().path("recordEngagement.errors")
			.entityList(Object.class).hasSize(0);
		var open = meeting("XQ-HOM-2", "2024-06-01");
		open.put("follows", "XQ-HOM-1");
		graphQl.document(RECORD).variable("input", open).execute().path("recordEngagement.errors")
			.entityList(Object.class).hasSize(0);
	}

	@AfterAll
	void removeQland() {
		driver.executableQuery("MATCH (n) WHERE n.iso2 = 'XQ' OR n.code STARTS WITH 'XQ-' DETACH DELETE n").execute();
	}

	private static Map<String, Object> meeting(String code, String date) {
		var input = new java.util.LinkedHashMap<String, Object>();
		input.putAll(Map.of("code", code, "date", date, "status", "HELD", "kind", "HEAD_OF_MISSION_MEETING", "setting",
				"OTTAWA", "level", "DG", "summaryEn", "Qland", "summaryFr", "Qlande", "counterpart", "XQ-OTT", "countries",
				List.of("XQ")));
		input.put("attendance", List.of(Map.of("participant", "CBSA", "lead", true)));
		return input;
	}

	private HttpGraphQlTester uncleared() {
		return graphQl.mutate().headers(headers -> headers.setBasicAuth(SignedInAsAdmin.UNCLEARED_ADMIN, "demo"))
			.responseTimeout(java.time.Duration.ofSeconds(60)).build();
	}

	private static List<String> nodes(HttpGraphQlTester reader, String node) {
		String filter = node == null ? "" : "node: \"" + node + "\", ";
		var response = reader.document("{ auditTrail(" + filter + "first: 100) { totalCount nodes { node operation } } }")
			.execute();
		response.errors().verify();
		return response.path("auditTrail.nodes[*].node").entityList(String.class).get();
	}

	@Test
	void theAuditTrailLeavesOutEventsAboutProtectedRecords() {
		assertThat(nodes(graphQl, "Engagement:XQ-HOM-1")).containsExactly("Engagement:XQ-HOM-1");
		assertThat(nodes(uncleared(), "Engagement:XQ-HOM-1")).isEmpty();
		var all = uncleared().document("{ auditTrail(first: 100) { totalCount nodes { node operation } } }").execute();
		assertThat(all.path("auditTrail.nodes[*].node").entityList(String.class).get())
			.contains("Engagement:XQ-HOM-2").doesNotContain("Engagement:XQ-HOM-1");
		String seed = "{ auditTrail(user: \"seed\", first: 10) { totalCount } }";
		graphQl.document(seed).execute().path("auditTrail.totalCount").entity(Long.class).satisfies(n -> assertThat(n).isPositive());
		uncleared().document(seed).execute().path("auditTrail.totalCount").entity(Long.class).isEqualTo(0L);
		long clearedTotal = graphQl.document("{ auditTrail(first: 0) { totalCount } }").execute()
			.path("auditTrail.totalCount").entity(Long.class).get();
		long unclearedTotal = uncleared().document("{ auditTrail(first: 0) { totalCount } }").execute()
			.path("auditTrail.totalCount").entity(Long.class).get();
		assertThat(unclearedTotal).isLessThan(clearedTotal);
	}

	@Test
	void inTheEventsShownAReferenceToAProtectedRecordIsRedacted() {
		String document = "{ auditTrail(node: \"Engagement:XQ-HOM-2\", first: 10) { nodes { after } } }";
		String seenByCleared = graphQl.document(document).execute().path("auditTrail.nodes[0].after").entity(String.class).get();
		String seenByUncleared = uncleared().document(document).execute().path("auditTrail.nodes[0].after")
			.entity(String.class).get();
		assertThat(seenByCleared).contains("XQ-HOM-1");
		assertThat(seenByUncleared).doesNotContain("XQ-HOM-1").contains("REDACTED").contains("XQ-OTT");
	}

	@Test
	void aProtectedRecordCannotBeChangedNorItsCodeProbed() {
		var update = meeting("XQ-HOM-1", "2024-05-01");
		update.keySet().retainAll(List.of("code"));
		update.put("version", 1);
		update.put("summaryEn", "Overwritten");
		var refused = uncleared().document(UPDATE).variable("input", update).execute();
		refused.path("updateEngagement.errors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
		assertThat(refused.path("updateEngagement.errors[0].message").entity(String.class).get())
			.isEqualTo("No Engagement has the code 'XQ-HOM-1'.");

		// Creating it again, even with exactly its content, is refused without a word of that content.
		var again = meeting("XQ-HOM-1", "2024-05-01");
		again.put("summaryEn", "The secret about Qland");
		var taken = uncleared().document(RECORD).variable("input", again).execute();
		taken.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("DUPLICATE_KEY");
		assertThat(taken.path("recordEngagement.errors[0].message").entity(String.class).get()).doesNotContain("secret", "summary");
		graphQl.document("{ engagement(code: \"XQ-HOM-1\") { summary version } }").execute()
			.path("engagement.summary").entity(String.class).isEqualTo("The secret about Qland")
			.path("engagement.version").entity(Integer.class).isEqualTo(1);

		// Nor can the administrator write a record that would be Protected B, or point at one.
		var marked = meeting("XQ-HOM-3", "2024-07-01");
		marked.put("classification", "PROTECTED_B");
		assertThat(codeOf(uncleared().document(RECORD).variable("input", marked).execute())).isEqualTo("CLEARANCE_REQUIRED");
		var inTheSeries = meeting("XQ-HOM-3", "2024-07-01");
		inTheSeries.put("series", "RWG");
		assertThat(codeOf(uncleared().document(RECORD).variable("input", inTheSeries).execute())).isEqualTo("CLEARANCE_REQUIRED");
		var following = meeting("XQ-HOM-3", "2024-07-01");
		following.put("follows", "XQ-HOM-1");
		var unknown = uncleared().document(RECORD).variable("input", following).execute();
		unknown.path("recordEngagement.errors[0].code").entity(String.class).isEqualTo("UNKNOWN_KEY");
		unknown.path("recordEngagement.errors[0].field").entity(String.class).isEqualTo("input.follows");
		graphQl.document("{ engagement(code: \"XQ-HOM-3\") { code } }").execute().path("engagement").valueIsNull();
		var decision = uncleared().document("""
				mutation { createDecision(input: {code: "DEC-XQ-1", date: "2024-01-01", kind: OTHER, textEn: "x", textFr: "x",
				  countries: ["XQ"]}) { errors { code } } }""").execute();
		decision.errors().satisfy(errors -> assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "REDACTED")));
	}

	@Test
	void changingAnUnclassifiedRecordKeepsItsLinksToProtectedOnes() {
		var update = new java.util.LinkedHashMap<String, Object>();
		update.put("code", "XQ-HOM-2");
		update.put("version", currentVersion("XQ-HOM-2"));
		update.put("summaryEn", "Qland, revised");
		update.put("follows", null);
		uncleared().document(UPDATE).variable("input", update).execute().path("updateEngagement.errors")
			.entityList(Object.class).hasSize(0);
		graphQl.document("{ engagement(code: \"XQ-HOM-2\") { summary follows { code } } }").execute()
			.path("engagement.summary").entity(String.class).isEqualTo("Qland, revised")
			.path("engagement.follows.code").entity(String.class).isEqualTo("XQ-HOM-1");
	}

	@Test
	void anImportOfProtectedRecordsIsRefusedAndItsDryRunTellsNothingOfThem() throws InterruptedException {
		String designation = """
				{"label": "Designation", "records": [{"code": "DES-QM-2019", "status": "PREVENTATIVE", "from": "2019-08-27",
				  "OF": "QM"}]}""";
		Map<?, ?> uncleared = upload(SignedInAsAdmin.UNCLEARED_ADMIN, "designations.json", designation);
		assertThat(uncleared.get("state")).isEqualTo("REFUSED");
		Map<?, ?> result = (Map<?, ?>) uncleared.get("result");
		assertThat(result.get("changed")).isEqualTo(0);
		assertThat(result.get("nodes")).isEqualTo(0);
		assertThat(result.get("written")).isEqualTo(false);
		List<?> problems = (List<?>) result.get("problems");
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(((Map<?, ?>) problem).get("code")).isEqualTo("data.clearanceRequired");
			assertThat(String.valueOf(problem)).doesNotContain("RECALCITRANT");
		});
		// A cleared administrator's dry run tells what would change: the same file changes the designation.
		Map<?, ?> cleared = upload("admin", "designations.json", designation);
		assertThat(cleared.get("state")).isEqualTo("SUCCEEDED");
		assertThat(((Map<?, ?>) cleared.get("result")).get("changed")).isEqualTo(1);

		String rwgMeeting = """
				{"label": "Engagement", "records": [{"code": "XQ-RWG-1", "date": "2024-01-10", "status": "HELD",
				  "kind": "WORKING_GROUP", "setting": "INTERDEPARTMENTAL", "level": "ADM", "summaryEn": "x", "summaryFr": "x",
				  "ATTENDED_BY": [{"Department": "CBSA", "lead": true}], "PART_OF": "RWG"}]}""";
		Map<?, ?> series = upload(SignedInAsAdmin.UNCLEARED_ADMIN, "engagements.json", rwgMeeting);
		assertThat(series.get("state")).isEqualTo("REFUSED");
		graphQl.document("{ engagement(code: \"XQ-RWG-1\") { code } }").execute().path("engagement").valueIsNull();
		graphQl.document("{ designation(code: \"DES-QM-2019\") { status } }").execute().path("designation.status")
			.entity(String.class).isEqualTo("RECALCITRANT");
	}

	private Map<?, ?> upload(String user, String name, String content) throws InterruptedException {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("files", new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return name;
			}
		});
		var client = RestClient.builder().baseUrl("http://localhost:" + port).defaultHeaders(headers -> {
			headers.setBasicAuth(user, "demo");
			headers.set("X-Requested-By", "test");
		}).build();
		Map<?, ?> status = client.post().uri("/imports?dryRun=true").contentType(MediaType.MULTIPART_FORM_DATA).body(body)
			.retrieve().body(Map.class);
		String id = (String) status.get("id");
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while ("RUNNING".equals(status.get("state")) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			status = client.get().uri("/imports/" + id).retrieve().body(Map.class);
		}
		return status;
	}

	private long currentVersion(String code) {
		return graphQl.document("{ engagement(code: \"" + code + "\") { version } }").execute().path("engagement.version")
			.entity(Long.class).get();
	}

	private static String codeOf(org.springframework.graphql.test.tester.GraphQlTester.Response response) {
		return response.path("recordEngagement.errors[0].code").entity(String.class).get();
	}
}
