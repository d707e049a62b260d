package ca.engagementgraph.security;

import java.util.ArrayList;
import java.util.List;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input ever becomes Cypher: hostile strings in every string argument of every operation leave the graph
 * unchanged, and every answer is a clean refusal or a correct empty result, never an internal error.
 */
@GraphIntegrationTest
class InjectionFuzzTest {

	static final List<String> HOSTILE = List.of("' OR 1=1 //", "\" }) MATCH (n) DETACH DELETE n //",
			"`Country`) \u0060 DETACH DELETE n //", "$param '; CALL db.clearQueryCaches(); //", "\u0000\u0001 \\u0027 \\",
			"\uD83D\uDE00 ünïcødé \uD800", "x".repeat(5_000), "{}[]()*?~:^ AND OR NOT");

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Driver driver;

	@Test
	void hostileStringsInEveryArgumentChangeNothingAndNeverBreakTheService() {
		var before = counts();
		var internalErrors = new ArrayList<String>();
		int requests = 0;
		for (String text : HOSTILE) {
			for (var operation : SchemaOperations.withEveryString(graphQlSource.schema(), text)) {
				requests++;
				graphQl.document(operation.document()).execute().errors().satisfy(errors -> errors.forEach(error -> {
					Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
					if ("INTERNAL_ERROR".equals(code) || code == null && error.getErrorType().toString().equals("INTERNAL_ERROR")) {
						internalErrors.add(operation + " with " + text.substring(0, Math.min(20, text.length())) + ": " + error.getMessage());
					}
				}));
			}
		}
		assertThat(internalErrors).isEmpty();
		assertThat(requests).isGreaterThan(HOSTILE.size() * 60);
		assertThat(counts()).isEqualTo(before);
	}

	private List<Long> counts() {
		var record = driver.executableQuery("""
				MATCH (n) WHERE NOT n:AuditEvent WITH count(n) AS nodes
				MATCH ()-[r]->() RETURN nodes, count(r) AS relationships
				""").execute().records().getFirst();
		return List.of(record.get("nodes").asLong(), record.get("relationships").asLong());
	}
}
