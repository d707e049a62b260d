package ca.engagementgraph.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Question 8 for one envelope counts the projects that envelope funded, each once, and nothing for an unknown one. */
@GraphIntegrationTest
class ProgramProfileEnvelopeTest {

	private static final String PROFILE = """
			query ($envelope: String) {
			  programProfile(envelope: $envelope) { projects fundingCad byPriorityArea { priorityArea { code } projects } }
			}""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void anEnvelopesProfileCountsTheProjectsItFunded() {
		var envelopes = driver.executableQuery("""
				MATCH (e:Envelope)
				RETURN e.code AS code, COUNT { MATCH (p:Project) WHERE EXISTS { (p)-[:FUNDED_BY]->(e) } } AS projects,
				       COLLECT { MATCH (p:Project) WHERE EXISTS { (p)-[:FUNDED_BY]->(e) } RETURN p.fundingCad } AS funding
				ORDER BY code""").execute().records();
		assertThat(envelopes).isNotEmpty();
		var tester = TestSupport.as(graphQl, "analyst");
		for (var envelope : envelopes) {
			String code = envelope.get("code").asString();
			var answer = tester.document(PROFILE).variable("envelope", code).execute();
			answer.path("programProfile.projects").entity(Long.class).isEqualTo(envelope.get("projects").asLong());
			answer.path("programProfile.fundingCad").entity(Long.class)
				.isEqualTo(envelope.get("funding").asList(value -> value.asLong()).stream().mapToLong(Long::longValue).sum());
		}
	}

	@Test
	void anEnvelopeThatFundedNothingHasEveryAreaAtZero() {
		var answer = TestSupport.as(graphQl, "analyst").document(PROFILE).variable("envelope", "NO-SUCH-ENVELOPE").execute();
		answer.path("programProfile.projects").entity(Long.class).isEqualTo(0L);
		List<Map<String, Object>> areas = answer.path("programProfile.byPriorityArea").entityList(
				new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
		assertThat(areas).isNotEmpty().allSatisfy(area -> assertThat(area.get("projects")).isEqualTo(0));
	}
}
