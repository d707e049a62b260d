package ca.engagementgraph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Analysts reach the very graph the API serves with any Bolt client (Neo4j Browser, cypher-shell, drivers). */
@GraphIntegrationTest
class BoltAccessTest {

	@Autowired
	Neo4jConnectionDetails database;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aSeparateBoltClientSeesTheSameGraphAsTheApi() {
		long viaApi = graphQl.document("{ projects(first: 0) { totalCount } }").execute()
			.path("projects.totalCount").entity(Long.class).get();
		try (var driver = GraphDatabase.driver(database.getUri(), database.getAuthToken())) {
			long viaBolt = driver.executableQuery("MATCH (p:Project) RETURN count(p) AS projects").execute()
				.records().getFirst().get("projects").asLong();
			assertThat(viaBolt).isEqualTo(viaApi).isPositive();
		}
	}
}
