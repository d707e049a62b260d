package ca.engagementgraph.recording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version is a conditional update: a change moves it on by exactly one from the version the client read, in
 * the statement that locks the record; a change from any other version is refused and leaves it where it was.
 * (Concurrent edits: {@code ConcurrentEditsTest}; concurrent creates: {@code ConcurrentCreatesTest}.)
 */
@GraphIntegrationTest
class VersionUpdatesTest {

	private static final String UPDATE = """
			mutation($input: UpdateEngagementInput!) {
			  updateEngagement(input: $input) { engagement { version } errors { code field currentVersion } }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@AfterEach
	void cleanUp() {
		driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'ZV-' DETACH DELETE n").execute();
	}

	@Test
	void aChangeMovesTheVersionOnByOneAndAStaleOneLeavesItWhereItWas() {
		var meeting = new LinkedHashMap<String, Object>(Map.of("code", "ZV-HOM-1", "date", "2024-03-01", "status", "HELD",
				"kind", "HEAD_OF_MISSION_MEETING", "setting", "OTTAWA", "level", "DG", "summaryEn", "Versions",
				"summaryFr", "Versions", "counterpart", "QM-OTT", "countries", List.of("QM")));
		meeting.put("attendance", List.of(Map.of("participant", "CBSA", "lead", true)));
		graphQl.document("""
				mutation($input: RecordEngagementInput!) { recordEngagement(input: $input) { engagement { version } } }
				""").variable("input", meeting).execute().path("recordEngagement.engagement.version").entity(Integer.class)
			.isEqualTo(1);

		// Properties and relationships changed together: one step.
		graphQl.document(UPDATE).variable("input", Map.of("code", "ZV-HOM-1", "version", 1, "summaryEn", "Changed",
				"attendance", List.of(Map.of("participant", "GAC", "lead", true)))).execute()
			.path("updateEngagement.engagement.version").entity(Integer.class).isEqualTo(2);
		// Relationships only: one step too.
		graphQl.document(UPDATE).variable("input", Map.of("code", "ZV-HOM-1", "version", 2, "countries", List.of("QM", "QN")))
			.execute().path("updateEngagement.engagement.version").entity(Integer.class).isEqualTo(3);

		var stale = graphQl.document(UPDATE).variable("input", Map.of("code", "ZV-HOM-1", "version", 2, "summaryEn", "Stale"))
			.execute();
		stale.path("updateEngagement.errors[0].code").entity(String.class).isEqualTo("VERSION_CONFLICT");
		stale.path("updateEngagement.errors[0].field").entity(String.class).isEqualTo("input.version");
		stale.path("updateEngagement.errors[0].currentVersion").entity(Integer.class).isEqualTo(3);
		var stored = driver.executableQuery("MATCH (e:Engagement {code: 'ZV-HOM-1'}) RETURN e.version AS version, "
				+ "e.summaryEn AS summary, [k IN keys(e) WHERE k STARTS WITH '__'] AS markers").execute().records().getFirst();
		assertThat(stored.get("version").asLong()).isEqualTo(3);
		assertThat(stored.get("summary").asString()).isEqualTo("Changed");
		assertThat(stored.get("markers").asList()).isEmpty();
		assertThat(driver.executableQuery("MATCH (a:AuditEvent {node: 'Engagement:ZV-HOM-1'}) RETURN count(a) AS n")
			.execute().records().getFirst().get("n").asLong()).isEqualTo(3);
	}
}
