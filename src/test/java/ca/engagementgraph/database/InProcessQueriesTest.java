package ca.engagementgraph.database;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The API's reads in the process that holds the embedded database return what the driver returns for the same
 * statement, value for value (nodes, relationships and paths with their properties, nested in maps and lists, dates,
 * times, durations, points, arrays, nulls), and a statement past the request time limit fails as one that timed out. Skipped where the
 * database is a separate server (no reads in process there).
 */
@GraphIntegrationTest
class InProcessQueriesTest {

	private static final String EVERY_KIND_OF_VALUE = """
			MATCH path = (result:Result)-[of:OF]->(project:Project)-[:IN]->(country:Country)
			WHERE result.achievedOn IS NOT NULL
			WITH path, result, of, project, country ORDER BY result.code LIMIT 3
			RETURN result, of, path, {project: project, countries: [country], code: project.code} AS nested,
			       [result.achievedOn, date($day), 1, 2.5, true, null, 'text'] AS scalars, $day AS parameter,
			       $codes AS list, null AS nothing, labels(result) AS labels,
			       [duration('P1Y2M3DT4H5M6.007S'), duration.inDays(date('2026-01-01'), date($day)),
			        point({x: 1.5, y: 2.5}), point({latitude: 45.42, longitude: -75.69, height: 70.0}),
			        datetime('2026-11-21T09:30:00-05:00'), localdatetime('2026-11-21T09:30'), time('09:30:00Z'),
			        localtime('09:30'), [1, [2, 3]], {inner: {deeper: [date($day)]}}] AS others
			""";

	@Autowired
	ObjectProvider<InProcessQueries> inProcess;

	@Autowired
	ObjectProvider<EmbeddedDatabase> database;

	@Autowired
	Driver driver;

	@Test
	void aStatementReadInProcessReturnsWhatTheDriverReturns() {
		assumeTrue(inProcess.getIfAvailable() != null, "reads run in process with the embedded database only");
		Map<String, Object> parameters = Map.of("day", "2026-11-21", "codes", List.of("A", "B"));
		List<Record> expected = driver.executableQuery(EVERY_KIND_OF_VALUE).withParameters(parameters).execute().records();
		List<Record> actual = inProcess.getObject().run(EVERY_KIND_OF_VALUE, parameters);
		assertThat(expected).isNotEmpty();
		assertThat(actual.stream().map(InProcessQueriesTest::comparable).toList())
			.isEqualTo(expected.stream().map(InProcessQueriesTest::comparable).toList());
		assertThat(actual.getFirst().keys()).isEqualTo(expected.getFirst().keys());
	}

	@Test
	void aNodeOnEveryRowComesBackWhole() {
		assumeTrue(inProcess.getIfAvailable() != null, "reads run in process with the embedded database only");
		// The departments beside each country of the coverage table: each node is read once per statement.
		String sameNodesOnEveryRow = """
				MATCH (d:Department) WITH d ORDER BY d.code WITH collect(d) AS departments
				MATCH (c:Country) WITH departments, c ORDER BY c.iso2 LIMIT 3
				RETURN c, departments, [d IN departments | {department: d, code: d.code}] AS nested
				""";
		List<Record> expected = driver.executableQuery(sameNodesOnEveryRow).execute().records();
		List<Record> actual = inProcess.getObject().run(sameNodesOnEveryRow, Map.of());
		assertThat(expected).hasSize(3);
		assertThat(actual.stream().map(InProcessQueriesTest::comparable).toList())
			.isEqualTo(expected.stream().map(InProcessQueriesTest::comparable).toList());
	}

	@Test
	void aStatementPastTheTimeLimitFailsAsTimedOut() {
		assumeTrue(inProcess.getIfAvailable() != null, "reads run in process with the embedded database only");
		var limited = new InProcessQueries(database.getObject(), new TransactionLimits(Duration.ofMillis(1), Duration.ZERO, 0));
		Throwable failure = catchThrowable(() -> limited.run(
				"UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS none", Map.of()));
		assertThat(failure).isNotNull();
		assertThat(DatabaseFailures.timedOut(failure)).as("%s is a time limit", failure).isTrue();
	}

	/** A record's values as plain Java values, nodes and relationships by element id, labels or type and properties. */
	private static List<Object> comparable(Record record) {
		var values = new ArrayList<Object>();
		record.values().forEach(value -> values.add(comparable(value)));
		return values;
	}

	private static Object comparable(Value value) {
		return switch (value.type().name()) {
			case "NODE" -> comparable(value.asNode());
			case "RELATIONSHIP" -> comparable(value.asRelationship());
			case "PATH" -> {
				var parts = new ArrayList<Object>();
				value.asPath().nodes().forEach(node -> parts.add(comparable(node)));
				value.asPath().relationships().forEach(relationship -> parts.add(comparable(relationship)));
				yield parts;
			}
			case "LIST" -> value.asList(InProcessQueriesTest::comparable);
			case "MAP" -> {
				var map = new LinkedHashMap<String, Object>();
				value.keys().forEach(key -> map.put(key, comparable(value.get(key))));
				yield new TreeMap<>(map);
			}
			case "NULL" -> "null";
			default -> value.asObject();
		};
	}

	private static Object comparable(Node node) {
		var labels = new ArrayList<String>();
		node.labels().forEach(labels::add);
		return List.of(node.elementId(), labels, new TreeMap<>(node.asMap()));
	}

	private static Object comparable(Relationship relationship) {
		return List.of(relationship.elementId(), relationship.type(), relationship.startNodeElementId(),
				relationship.endNodeElementId(), new TreeMap<>(relationship.asMap()));
	}
}
