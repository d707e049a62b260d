package ca.engagementgraph.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.model.GraphModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting rules an offline load checks in memory as it streams ({@link MeetingRulesInMemory}) find what the same
 * rules in Cypher find on the graph written from the same records ({@link Loading#violationsEverywhere}): each rule
 * broken once, a meeting breaking two, and a meeting breaking none. Works on fictional Kland (XK) and its neighbour
 * Jland (XJ), written for each test and deleted after.
 */
@GraphIntegrationTest
class MeetingRulesInMemoryTest {

	private static final String XK = "Country:XK";
	private static final String XJ = "Country:XJ";

	@Autowired
	Driver driver;

	private final List<Node> nodes = new ArrayList<>();
	private final List<Relationship> relationships = new ArrayList<>();

	private record Node(String label, String key, Map<String, Object> properties) {

		String id() {
			return label + ":" + key;
		}
	}

	private record Relationship(String from, String type, String to, Map<String, Object> properties) {
	}

	@AfterEach
	void removeKland() {
		driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'XK-' OR n.iso2 IN ['XK', 'XJ'] DETACH DELETE n")
			.execute();
	}

	@Test
	void theRulesCheckedInMemoryFindWhatTheGraphsRulesFind() {
		node("Country", "XK", Map.of("iso2", "XK"));
		node("Country", "XJ", Map.of("iso2", "XJ"));
		node("Mission", "XK-OTT", Map.of("code", "XK-OTT"));
		related("Mission:XK-OTT", "REPRESENTS", XK);
		node("Authority", "XK-REF", Map.of("code", "XK-REF"));
		related("Authority:XK-REF", "OF", XK);
		node("Department", "XK-D1", Map.of("code", "XK-D1"));
		node("Department", "XK-D2", Map.of("code", "XK-D2"));
		node("Result", "XK-R1", Map.of("code", "XK-R1", "achievedOn", LocalDate.of(2023, 6, 1)));
		meeting("XK-E1", "2024-01-10", true, "WITH Mission:XK-OTT", "CONCERNS " + XJ);
		meeting("XK-E2", "2024-01-10", true, "WITH Authority:XK-REF", "CONCERNS " + XJ);
		meeting("XK-E3", "2023-01-10", true, "CONCERNS " + XK, "RAISED Result:XK-R1");
		meeting("XK-E4", "2024-01-10", false, "CONCERNS " + XK);
		meeting("XK-E5", "2024-01-10", true, "CONCERNS " + XK);
		related("Engagement:XK-E5", "ATTENDED_BY", "Department:XK-D2", Map.of("lead", true));
		meeting("XK-E6", "2024-01-10", true, "WITH Mission:XK-OTT", "WITH Authority:XK-REF", "CONCERNS " + XK,
				"CONCERNS " + XJ, "RAISED Result:XK-R1");
		meeting("XK-E7", "2024-01-10", false, "WITH Mission:XK-OTT");

		var inMemory = new MeetingRulesInMemory();
		for (int i = 0; i < nodes.size(); i++) {
			var node = nodes.get(i);
			inMemory.node(i, new GraphData.NodeRow(node.label(), node.key(), node.properties(), null,
					new GraphData.Origin("test", i, "record")));
		}
		for (var relationship : relationships) {
			inMemory.relationship(number(relationship.from()), relationship.type(), number(relationship.to()),
					relationship.properties());
		}
		var found = inMemory.problems(Loading.MAX_PROBLEMS_EVERYWHERE, number -> nodes.get(number).key());

		write();
		List<DataProblem> inTheGraph;
		try (var session = driver.session()) {
			inTheGraph = new Loading(GraphModel.get(), LocalDate.of(2026, 11, 21), true).violationsEverywhere(session)
				.stream()
				.filter(problem -> problem.file().startsWith("Engagement XK-"))
				.toList();
		}

		assertThat(found).extracting(DataProblem::file, DataProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Engagement XK-E1", "rule.missionNotOfCountry"),
					org.assertj.core.groups.Tuple.tuple("Engagement XK-E2", "rule.authorityNotOfCountry"),
					org.assertj.core.groups.Tuple.tuple("Engagement XK-E3", "rule.raisedBeforeAchieved"),
					org.assertj.core.groups.Tuple.tuple("Engagement XK-E4", "rule.oneLead"),
					org.assertj.core.groups.Tuple.tuple("Engagement XK-E5", "rule.oneLead"),
					org.assertj.core.groups.Tuple.tuple("Engagement XK-E7", "rule.missionNotOfCountry"),
					org.assertj.core.groups.Tuple.tuple("Engagement XK-E7", "rule.oneLead"));
		assertThat(found).as("the same problems, each told the same way").containsExactlyInAnyOrderElementsOf(inTheGraph);
		assertThat(found.get(2).args()).containsExactly("XK-R1", "2023-06-01", "2023-01-10");
		assertThat(found.get(4).args()).containsExactly(2L);
	}

	private void node(String label, String key, Map<String, Object> properties) {
		nodes.add(new Node(label, key, properties));
	}

	private void related(String from, String type, String to) {
		related(from, type, to, Map.of());
	}

	private void related(String from, String type, String to, Map<String, Object> properties) {
		relationships.add(new Relationship(from, type, to, properties));
	}

	/** A meeting, its relationships as "TYPE Label:key", and a lead department or none. */
	private void meeting(String code, String date, boolean lead, String... related) {
		node("Engagement", code, Map.of("code", code, "date", LocalDate.parse(date), "status", "HELD"));
		for (String relationship : related) {
			String[] parts = relationship.split(" ");
			related("Engagement:" + code, parts[0], parts[1]);
		}
		related("Engagement:" + code, "ATTENDED_BY", "Department:XK-D1", Map.of("lead", lead));
	}

	private int number(String id) {
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalArgumentException(id);
	}

	/** The same records as a graph, with plain Cypher (dynamic labels and types, values as parameters). */
	private void write() {
		try (var session = driver.session()) {
			session.executeWrite(tx -> {
				for (var node : nodes) {
					tx.run("CREATE (n:$($label)) SET n = $properties, n.classification = 'UNCLASSIFIED'",
							Map.of("label", node.label(), "properties", node.properties())).consume();
				}
				for (var relationship : relationships) {
					String[] from = relationship.from().split(":");
					String[] to = relationship.to().split(":");
					tx.run("""
							MATCH (a:$($fromLabel)) WHERE coalesce(a.code, a.iso2) = $fromKey
							MATCH (b:$($toLabel)) WHERE coalesce(b.code, b.iso2) = $toKey
							CREATE (a)-[r:$($type)]->(b) SET r = $properties
							""", Map.of("fromLabel", from[0], "fromKey", from[1], "toLabel", to[0], "toKey", to[1],
							"type", relationship.type(), "properties", relationship.properties())).consume();
				}
				return null;
			});
		}
	}
}
