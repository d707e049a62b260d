package ca.engagementgraph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entity of the model can be listed (with its total) and looked up by its business key, and the answers
 * agree with what the database holds.
 */
@GraphIntegrationTest
class EveryEntityReadTest {

	record Entity(String label, String list, String lookup, String key) {
	}

	static List<Entity> entities() {
		return List.of(new Entity("Country", "countries", "country", "iso2"),
				new Entity("Designation", "designations", "designation", "code"),
				new Entity("Mission", "missions", "mission", "code"),
				new Entity("Authority", "authorities", "authority", "code"),
				new Entity("Department", "departments", "department", "code"),
				new Entity("Unit", "units", "unit", "code"),
				new Entity("Organization", "organizations", "organization", "code"),
				new Entity("Program", "programs", "program", "code"),
				new Entity("Envelope", "envelopes", "envelope", "code"),
				new Entity("PriorityArea", "priorityAreas", "priorityArea", "code"),
				new Entity("Project", "projects", "project", "code"),
				new Entity("Result", "results", "result", "code"),
				new Entity("Outcome", "outcomes", "outcome", "code"),
				new Entity("Engagement", "engagements", "engagement", "code"),
				new Entity("KeyMessage", "keyMessages", "keyMessage", "code"),
				new Entity("Decision", "decisions", "decision", "code"),
				new Entity("EngagementPlan", "engagementPlans", "engagementPlan", "code"),
				new Entity("TdStat", "tdStats", "tdStat", "code"),
				new Entity("Action", "actions", "action", "code"),
				new Entity("Source", "sources", "source", "code"));
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@ParameterizedTest(name = "{0}")
	@MethodSource("entities")
	void listsEveryNodeOfTheLabelAndLooksEachUpByItsKey(Entity entity) {
		long stored = count("MATCH (n:$($label)) RETURN count(n) AS count", Map.of("label", entity.label()));
		assertThat(stored).as("seeded %s nodes", entity.label()).isPositive();

		String list = "{ %s(first: 100) { totalCount nodes { %s } } }".formatted(entity.list(), entity.key());
		var response = graphQl.document(list).execute();
		response.path(entity.list() + ".totalCount").entity(Long.class).isEqualTo(stored);
		List<String> keys = response.path(entity.list() + ".nodes[*]." + entity.key()).entityList(String.class).get();
		assertThat(keys).hasSize((int) Math.min(stored, 100)).doesNotHaveDuplicates();

		String lookup = "query($key: String!) { %s(code: $key) { %s } }".formatted(entity.lookup(), entity.key());
		graphQl.document(lookup).variable("key", keys.getFirst()).execute()
			.path(entity.lookup() + "." + entity.key()).entity(String.class).isEqualTo(keys.getFirst());
		graphQl.document(lookup).variable("key", "NO-SUCH-KEY").execute()
			.path(entity.lookup()).valueIsNull();
	}

	private long count(String cypher, Map<String, Object> parameters) {
		return driver.executableQuery(cypher).withParameters(parameters).execute().records().getFirst()
			.get("count").asLong();
	}
}
