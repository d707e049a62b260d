package ca.engagementgraph.radar;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator accepts radar suggestions onto a planned meeting's agenda: the agenda shows on the meeting, in its
 * briefing pack and on the radar; accepting is idempotent, refused with a typed, bilingual error when it makes no
 * sense, and audited as a change of the meeting. Works on the demo's planned meetings and leaves their agendas empty.
 */
@GraphIntegrationTest
class AgendaMutationsTest {

	private static final String MEETING = "QN-HOM-2026-12-08";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@AfterEach
	void emptyTheAgendas() {
		driver.executableQuery("MATCH (:Engagement)-[a:ON_AGENDA]->() DELETE a").execute();
	}

	private GraphQlTester.Response accept(String engagement, String result, String key) {
		var input = new java.util.HashMap<String, Object>(Map.of("engagement", engagement, "result", result));
		if (key != null) {
			input.put("clientMutationId", key);
		}
		return TestSupport.withUiQueries(graphQl).documentName("accept-suggestion").variable("input", input).execute();
	}

	private List<String> errorCodes(GraphQlTester.Response answer, String mutation) {
		return answer.path(mutation + ".errors[*].code").entityList(String.class).get();
	}

	private long auditEvents(String operation) {
		return driver.executableQuery("""
				MATCH (a:AuditEvent {node: 'Engagement:' + $meeting, operation: $operation}) RETURN count(a) AS n
				""").withParameters(Map.of("meeting", MEETING, "operation", operation)).execute().records().getFirst()
			.get("n").asLong();
	}

	@Test
	void anAcceptedSuggestionIsOnTheMeetingsAgendaItsBriefingAndTheRadarAndIsAudited() {
		long before = auditEvents("ACCEPT_SUGGESTION");
		var answer = accept(MEETING, "QN-R03", null);
		assertThat(errorCodes(answer, "acceptSuggestion")).isEmpty();
		answer.path("acceptSuggestion.engagement.agenda[*].code").entityList(String.class).containsExactly("QN-R03");
		assertThat(auditEvents("ACCEPT_SUGGESTION")).isEqualTo(before + 1);
		var event = driver.executableQuery("""
				MATCH (a:AuditEvent {node: 'Engagement:' + $meeting, operation: 'ACCEPT_SUGGESTION'})
				RETURN a.before AS before, a.after AS after ORDER BY a.at DESC LIMIT 1
				""").withParameters(Map.of("meeting", MEETING)).execute().records().getFirst();
		assertThat(event.get("before").asString()).contains("\"agenda\":[]");
		assertThat(event.get("after").asString()).contains("\"agenda\":[\"QN-R03\"]");

		TestSupport.withUiQueries(graphQl).documentName("briefing-pack").variable("engagement", MEETING).execute();
		graphQl.document("""
				{ briefing(engagement: "%s") { agenda { result { code } keyMessages { code } } } }""".formatted(MEETING))
			.execute()
			.path("briefing.agenda[*].result.code").entityList(String.class).containsExactly("QN-R03")
			.path("briefing.agenda[0].keyMessages[*].code").entityList(String.class).contains("KM-QN-01");
		TestSupport.withUiQueries(graphQl).documentName("radar").variable("from", "2026-11-21").variable("country", "QN")
			.execute()
			.path("opportunityRadar.nodes[0].suggestions.nodes[?(@.result.code == 'QN-R03')].accepted")
			.entityList(Boolean.class).containsExactly(true);

		// Accepting it again changes nothing and records nothing; withdrawing takes it off, audited too.
		assertThat(errorCodes(accept(MEETING, "QN-R03", null), "acceptSuggestion")).isEmpty();
		assertThat(auditEvents("ACCEPT_SUGGESTION")).isEqualTo(before + 1);
		var withdrawn = TestSupport.withUiQueries(graphQl).documentName("withdraw-suggestion")
			.variable("input", Map.of("engagement", MEETING, "result", "QN-R03")).execute();
		assertThat(errorCodes(withdrawn, "withdrawSuggestion")).isEmpty();
		withdrawn.path("withdrawSuggestion.engagement.agenda").entityList(Object.class).hasSize(0);
		assertThat(auditEvents("WITHDRAW_SUGGESTION")).isPositive();
	}

	@Test
	void theSameRequestSentTwiceWithItsKeyIsAppliedOnce() {
		long before = auditEvents("ACCEPT_SUGGESTION");
		String key = java.util.UUID.randomUUID().toString();
		var first = accept(MEETING, "QN-R04", key);
		var again = accept(MEETING, "QN-R04", key);
		assertThat(errorCodes(first, "acceptSuggestion")).isEmpty();
		assertThat(errorCodes(again, "acceptSuggestion")).isEmpty();
		again.path("acceptSuggestion.clientMutationId").entity(String.class).isEqualTo(key);
		again.path("acceptSuggestion.engagement.agenda[*].code").entityList(String.class).containsExactly("QN-R04");
		assertThat(auditEvents("ACCEPT_SUGGESTION")).isEqualTo(before + 1);
		assertThat(errorCodes(accept(MEETING, "QN-R05", key), "acceptSuggestion")).as("another request, same key")
			.containsExactly("IDEMPOTENCY_KEY_REUSED");
	}

	@Test
	void eachRefusalHasItsCodeAndWritesNothing() {
		assertThat(errorCodes(accept("NO-SUCH-MEETING", "QN-R01", null), "acceptSuggestion")).containsExactly("UNKNOWN_KEY");
		assertThat(errorCodes(accept(MEETING, "NO-SUCH-RESULT", null), "acceptSuggestion")).containsExactly("UNKNOWN_KEY");
		assertThat(errorCodes(accept("QN-HOM-2019-10-09", "QN-R01", null), "acceptSuggestion")).as("a held meeting")
			.containsExactly("NOT_PLANNED");
		assertThat(errorCodes(accept(MEETING, "QM-R01", null), "acceptSuggestion")).as("Marovia's result at Valdoria's")
			.containsExactly("NOT_ON_CHANNEL");
		assertThat(errorCodes(accept("QR-BIL-2027-01-14", "QR-R01", null), "acceptSuggestion"))
			.as("every Kesmara result was raised in the country already").containsExactly("ALREADY_RAISED_THERE");
		var french = TestSupport.withUiQueries(graphQl).mutate().header("Accept-Language", "fr-CA").build()
			.documentName("accept-suggestion")
			.variable("input", Map.of("engagement", "QN-HOM-2019-10-09", "result", "QN-R01")).execute();
		french.path("acceptSuggestion.errors[0].message").entity(String.class)
			.satisfies(message -> assertThat(message).startsWith("La réunion QN-HOM-2019-10-09 est HELD\u00a0:"));
		french.path("acceptSuggestion.engagement").valueIsNull();
		assertThat(driver.executableQuery("MATCH ()-[a:ON_AGENDA]->() RETURN count(a) AS n").execute().records()
			.getFirst().get("n").asLong()).isZero();
	}

	/** The record form of a held meeting pre-ticks the agenda: the meeting document reads it. */
	@Test
	void aMeetingReadsItsAgenda() {
		accept(MEETING, "QN-R01", null);
		graphQl.document("{ engagement(code: \"%s\") { agenda { code } } }".formatted(MEETING)).execute()
			.path("engagement.agenda[*].code").entityList(String.class).containsExactly("QN-R01");
	}
}
