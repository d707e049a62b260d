package ca.engagementgraph.loading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import ca.engagementgraph.transfer.GraphImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule classifies every record: the writer applies it to what the seed, imports and mutations write; migration
 * V0005 applied it to graphs written before; and a node another tool wrote without a classification counts as the
 * rule says until then. The same records, written by another tool (XN-...) and through the importer (XO-...), end
 * with the same classifications.
 */
@GraphIntegrationTest
class ClassificationBackfillTest {

	/** The same small world twice: a working-group meeting, its action, sources, an ordinary meeting, a designation. */
	private static String world(String p) {
		return """
				MATCH (rwg:Organization {code: 'RWG'}), (cbsa:Department {code: 'CBSA'}), (qm:Country {iso2: 'QM'})
				CREATE (secret:Engagement {code: '%1$s-RWG-1', date: date('2024-01-10'), status: 'HELD', kind: 'WORKING_GROUP',
				        setting: 'INTERDEPARTMENTAL', level: 'ADM', summaryEn: 'x', summaryFr: 'x', version: 1})
				CREATE (secret)-[:PART_OF]->(rwg), (secret)-[:ATTENDED_BY {lead: true}]->(cbsa), (secret)-[:CONCERNS]->(qm)
				CREATE (open:Engagement {code: '%1$s-E-1', date: date('2024-02-10'), status: 'HELD', kind: 'BRIEFING',
				        setting: 'INTERDEPARTMENTAL', level: 'DG', summaryEn: 'y', summaryFr: 'y', version: 1})
				CREATE (open)-[:ATTENDED_BY {lead: true}]->(cbsa)
				CREATE (:Action {code: '%1$s-ACT-1', textEn: 'a', textFr: 'a', due: date('2024-03-01'), status: 'OPEN', version: 1})
				       -[:FROM]->(secret)
				CREATE (:Action {code: '%1$s-ACT-2', textEn: 'b', textFr: 'b', due: date('2024-03-01'), status: 'OPEN', version: 1})
				       -[:FROM]->(open)
				CREATE (only:Source {code: '%1$s-SRC-1', titleEn: 't', titleFr: 't', date: date('2024-01-10'),
				        kind: 'MEETING_RECORD', version: 1})
				CREATE (shared:Source {code: '%1$s-SRC-2', titleEn: 't', titleFr: 't', date: date('2024-01-10'),
				        kind: 'MEETING_RECORD', version: 1})
				CREATE (secret)-[:SOURCED_FROM]->(only), (secret)-[:SOURCED_FROM]->(shared), (open)-[:SOURCED_FROM]->(shared)
				CREATE (:Designation {code: '%1$s-DES-1', status: 'PREVENTATIVE', from: date('2024-01-10'), version: 1})-[:OF]->(qm)
				""".formatted(p);
	}

	private static final String CLASSIFICATIONS = """
			MATCH (n) WHERE n.code STARTS WITH $prefix
			RETURN substring(n.code, size($prefix)) AS key, n.classification AS classification
			""";

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	GraphImporter importer;

	@AfterEach
	void removeBothWorlds() {
		driver.executableQuery("MATCH (n) WHERE n.code STARTS WITH 'XN-' OR n.code STARTS WITH 'XO-' DETACH DELETE n").execute();
	}

	private Map<String, String> classifications(String prefix) {
		return driver.executableQuery(CLASSIFICATIONS).withParameters(Map.of("prefix", prefix)).execute().records().stream()
			.collect(Collectors.toMap(r -> r.get("key").asString(), r -> r.get("classification").asString("none"),
					(a, b) -> a, TreeMap::new));
	}

	@Test
	void nodesWrittenWithoutAClassificationCountAsTheRuleSaysUntilTheMigrationStoresIt() throws IOException {
		driver.executableQuery(world("XN")).execute();
		var viewer = TestSupport.as(graphQl, "viewer");
		for (String hidden : List.of("engagement(code: \"XN-RWG-1\")", "action(code: \"XN-ACT-1\")", "source(code: \"XN-SRC-1\")")) {
			viewer.document("{ " + hidden + " { code } }").execute().path(hidden.substring(0, hidden.indexOf('('))).valueIsNull();
		}
		for (String shown : List.of("engagement(code: \"XN-E-1\")", "action(code: \"XN-ACT-2\")", "source(code: \"XN-SRC-2\")")) {
			viewer.document("{ " + shown + " { code } }").execute().path(shown.substring(0, shown.indexOf('(')) + ".code").hasValue();
		}
		assertThat(classifications("XN-").values()).containsOnly("none");

		for (String statement : statements(Path.of("graph-schema/V0005__record_classification.cypher"))) {
			try (var session = driver.session()) {
				session.run(statement).consume(); // as the migration tool runs it: CALL ... IN TRANSACTIONS needs its own
			}
		}
		var migrated = classifications("XN-");
		assertThat(migrated).containsEntry("RWG-1", "PROTECTED_B").containsEntry("ACT-1", "PROTECTED_B")
			.containsEntry("SRC-1", "PROTECTED_B").containsEntry("DES-1", "PROTECTED_B")
			.containsEntry("E-1", "UNCLASSIFIED").containsEntry("ACT-2", "UNCLASSIFIED").containsEntry("SRC-2", "UNCLASSIFIED");

		// The same records through the importer, which classifies by the writer's rule: the same answer.
		var report = importer.load(List.of(json("Engagement", """
				[{"code": "XO-RWG-1", "date": "2024-01-10", "status": "HELD", "kind": "WORKING_GROUP", "setting": "INTERDEPARTMENTAL",
				  "level": "ADM", "summaryEn": "x", "summaryFr": "x", "PART_OF": "RWG", "ATTENDED_BY": [{"Department": "CBSA", "lead": true}],
				  "CONCERNS": ["QM"], "SOURCED_FROM": ["XO-SRC-1", "XO-SRC-2"]},
				 {"code": "XO-E-1", "date": "2024-02-10", "status": "HELD", "kind": "BRIEFING", "setting": "INTERDEPARTMENTAL",
				  "level": "DG", "summaryEn": "y", "summaryFr": "y", "ATTENDED_BY": [{"Department": "CBSA", "lead": true}],
				  "SOURCED_FROM": ["XO-SRC-2"]}]"""), json("Action", """
				[{"code": "XO-ACT-1", "textEn": "a", "textFr": "a", "due": "2024-03-01", "status": "OPEN", "FROM": "XO-RWG-1"},
				 {"code": "XO-ACT-2", "textEn": "b", "textFr": "b", "due": "2024-03-01", "status": "OPEN", "FROM": "XO-E-1"}]"""),
				json("Source", """
				[{"code": "XO-SRC-1", "titleEn": "t", "titleFr": "t", "date": "2024-01-10", "kind": "MEETING_RECORD"},
				 {"code": "XO-SRC-2", "titleEn": "t", "titleFr": "t", "date": "2024-01-10", "kind": "MEETING_RECORD"}]"""),
				json("Designation", """
				[{"code": "XO-DES-1", "status": "PREVENTATIVE", "from": "2024-01-10", "OF": "QM"}]""")),
				false, "test", ca.engagementgraph.loading.Loading.Progress.NONE);
		assertThat(report.problems()).isEmpty();
		assertThat(classifications("XO-")).isEqualTo(migrated);
	}

	@Test
	void aClassificationAReferenceLabelCannotHaveIsRefused() {
		var report = importer.load(List.of(json("Country", """
				[{"iso2": "XN", "iso3": "XNN", "nameEn": "N", "nameFr": "N", "region": "ASIA", "classification": "PROTECTED_B"}]"""),
				json("Designation", """
				[{"code": "XN-DES-2", "status": "PREVENTATIVE", "from": "2024-01-10", "OF": "QM", "classification": "UNCLASSIFIED"}]""")),
				true, "test", ca.engagementgraph.loading.Loading.Progress.NONE);
		assertThat(report.problems()).extracting(DataProblem::code).containsExactlyInAnyOrder("data.alwaysUnclassified",
				"data.alwaysProtected");
		var rule = importer.load(List.of(json("Engagement", """
				[{"code": "XN-RWG-2", "date": "2024-01-10", "status": "HELD", "kind": "WORKING_GROUP", "setting": "INTERDEPARTMENTAL",
				  "level": "ADM", "summaryEn": "x", "summaryFr": "x", "PART_OF": "RWG", "classification": "UNCLASSIFIED",
				  "ATTENDED_BY": [{"Department": "CBSA", "lead": true}]}]""")), true, "test",
				ca.engagementgraph.loading.Loading.Progress.NONE);
		assertThat(rule.problems()).extracting(DataProblem::code).containsExactly("rule.protectedByRule");
	}

	/** The migration's statements, as Neo4j-Migrations splits them: on semicolons ending a line, comments left out. */
	static List<String> statements(Path file) throws IOException {
		String text = Files.readString(file).lines().filter(line -> !line.strip().startsWith("//"))
			.collect(Collectors.joining("\n"));
		return Arrays.stream(text.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty() && !s.equals(";"))
			.map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s).toList();
	}

	private static Loading.Input json(String label, String records) {
		String file = "{\"label\": \"" + label + "\", \"records\": " + records + "}";
		return new Loading.Input(label + ".json", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
	}
}
