package ca.engagementgraph.loading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.SimpleQueryRunner;

import static ca.engagementgraph.model.ClassificationRule.PROPERTY;
import static ca.engagementgraph.model.ClassificationRule.ALWAYS_PROTECTED;
import static ca.engagementgraph.model.ClassificationRule.UNCLASSIFIED;
import static ca.engagementgraph.model.ClassificationRule.classificationOf;

/**
 * Applies the classification rule ({@link ca.engagementgraph.model.ClassificationRule}) to what a write stored, in
 * the writer's transaction, and finds the records the rule makes Protected B against what the input or the writer's
 * clearance allows. The seed, the import, the mutations and the bulk load all classify through here.
 */
final class Classifying {

	private Classifying() {
	}

	/**
	 * The end of each classifying statement: gives the nodes {@code n} found the classification the rule says, and
	 * bumps the version of those whose classification changed (a new node's is the one it was created with).
	 */
	private static final String RECLASSIFY = """
			WITH n, n.classification AS before, %s AS after
			SET n.classification = after
			WITH n, before, after WHERE before IS NOT NULL AND before <> after
			SET n.version = coalesce(n.version, 0) + 1
			""".formatted(classificationOf("n"));

	/** Classifies the nodes of {@code $ids} (but actions and sources, which follow from them); see {@link #apply}. */
	private static final String CLASSIFY_WRITTEN = """
			UNWIND $ids AS id
			MATCH (n) WHERE elementId(n) = id AND NOT n:Action AND NOT n:Source
			""" + RECLASSIFY;

	/** Classifies the actions written and those of the meetings written. */
	private static final String CLASSIFY_ACTIONS = """
			CALL () {
			  UNWIND $ids AS id
			  MATCH (n:Action) WHERE elementId(n) = id
			  RETURN n
			  UNION
			  UNWIND $ids AS id
			  MATCH (e:Engagement)<-[:FROM]-(n:Action) WHERE elementId(e) = id
			  RETURN n
			}
			""" + RECLASSIFY;

	/** Classifies the sources written, those the records written cite, and those their meetings' actions cite. */
	private static final String CLASSIFY_SOURCES = """
			CALL () {
			  UNWIND $ids AS id
			  MATCH (n:Source) WHERE elementId(n) = id
			  RETURN n
			  UNION
			  UNWIND $ids AS id
			  MATCH (x)-[:SOURCED_FROM]->(n:Source) WHERE elementId(x) = id
			  RETURN n
			  UNION
			  UNWIND $ids AS id
			  MATCH (e:Engagement)<-[:FROM]-(:Action)-[:SOURCED_FROM]->(n:Source) WHERE elementId(e) = id
			  RETURN n
			}
			""" + RECLASSIFY;

	/**
	 * Classifies the records written (their element ids, {@code written}), and those whose classification follows
	 * from them (the actions of a meeting, the sources they cite), inside the writer's transaction. A node whose
	 * classification changes (but a new one) gets its version bumped.
	 */
	static void apply(SimpleQueryRunner tx, List<String> written) {
		if (written.isEmpty()) {
			return;
		}
		var parameters = Map.<String, Object>of("ids", written);
		tx.run(CLASSIFY_WRITTEN, parameters).consume();
		tx.run(CLASSIFY_ACTIONS, parameters).consume();
		tx.run(CLASSIFY_SOURCES, parameters).consume();
	}

	/**
	 * What an offline load could not classify from a record's own batch, in the order the rule's reasons follow from
	 * each other: a meeting of the working group whose membership came in a later batch; an action of a Protected B
	 * meeting listed apart from it; a source (judged by what cites it) left unclassified, or classified by the new
	 * store's migration before a meeting or action citing it was raised. Each walks from the few nodes that can make
	 * one so; the last reads every source.
	 */
	private static final List<String> UNDECIDED = List.of("""
			MATCH (:Organization {code: $group})<-[:PART_OF]-(n:Engagement)
			WHERE n.classification = 'UNCLASSIFIED'
			RETURN elementId(n) AS id
			""", """
			MATCH (:Engagement {classification: 'PROTECTED_B'})<-[:FROM]-(n:Action)
			WHERE n.classification = 'UNCLASSIFIED'
			RETURN elementId(n) AS id
			""", """
			MATCH (n:Source)
			WHERE n.classification IS NULL
			   OR (n.classification = 'UNCLASSIFIED' AND EXISTS { (n)<-[:SOURCED_FROM]-({classification: 'PROTECTED_B'}) })
			RETURN elementId(n) AS id
			""");

	/**
	 * After an offline load: classifies what its batches could not decide ({@link #UNDECIDED}, meetings, then actions,
	 * then sources), through {@link #apply} as if each had just been written (which also classifies the actions and
	 * sources that follow from it; the rule only ever raises, and a record raised here gets its version moved, as any
	 * change of classification does), and tells whether any record is Protected B.
	 */
	static boolean classifyUndecided(SimpleQueryRunner tx) {
		var parameters = Map.<String, Object>of("group", ca.engagementgraph.model.ClassificationRule.REMOVALS_WORKING_GROUP);
		for (String undecided : UNDECIDED) {
			apply(tx, tx.run(undecided, parameters).list(row -> row.get("id").asString()));
		}
		return tx.run("""
				MATCH (n) WHERE n.classification = 'PROTECTED_B' AND NOT n:AuditEvent RETURN true AS found LIMIT 1
				""").hasNext();
	}

	/** Which of the nodes are Protected B now. */
	private static final String PROTECTED_AMONG = """
			UNWIND $ids AS id
			MATCH (n) WHERE elementId(n) = id AND n.classification = 'PROTECTED_B'
			RETURN labels(n)[0] + ':' + coalesce(n.code, n.iso2) AS id
			""";

	/**
	 * After {@link #apply}: the records written that are Protected B although their input said UNCLASSIFIED (the
	 * rule overrides such a statement, so it is refused rather than silently changed), and, for a writer without
	 * the clearance, every record written that is Protected B: such a writer may neither create nor change one.
	 */
	static List<DataProblem> violations(SimpleQueryRunner tx, GraphData data, GraphDataWriter.WriteSummary written,
			boolean cleared) {
		var nodes = data.nodes().stream()
			.filter(node -> !cleared || UNCLASSIFIED.equals(node.properties().get(PROPERTY)))
			.toList();
		if (nodes.isEmpty()) {
			return List.of();
		}
		var protectedNow = new java.util.HashSet<>(tx.run(PROTECTED_AMONG, Map.of("ids", written.idsOf(nodes)))
			.list(row -> row.get("id").asString()));
		var problems = new ArrayList<DataProblem>();
		for (GraphData.NodeRow node : nodes) {
			if (protectedNow.contains(node.label() + ":" + node.key())) {
				var origin = node.origin();
				boolean stated = node.properties().containsKey(PROPERTY);
				problems.add(new DataProblem(origin.file(), origin.position(), origin.unit(), stated ? PROPERTY : null,
						cleared ? "rule.protectedByRule" : "data.clearanceRequired", List.of(node.label(), node.key())));
			}
		}
		return problems;
	}

	/** Whether any record {@code data} wrote (their element ids, {@code written}) is Protected B (after {@link #apply}). */
	static boolean anyProtected(SimpleQueryRunner tx, GraphData data, List<String> written) {
		if (data.nodes().stream().anyMatch(node -> ALWAYS_PROTECTED.contains(node.label()))) {
			return true;
		}
		return !written.isEmpty() && tx.run(PROTECTED_AMONG + " LIMIT 1", Map.of("ids", written)).hasNext();
	}
}
