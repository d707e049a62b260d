package ca.engagementgraph.loading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ca.engagementgraph.model.GraphModel;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The classification of every record, UNCLASSIFIED or PROTECTED_B, and the one rule that gives it (the seed, the
 * import, the mutations and the bulk load all write through {@link #apply}; migration V0005 backfilled older graphs
 * by the same rule, and {@code graph/Visibility} applies it to nodes other tools wrote without one):
 * <ol>
 * <li>Designations, decisions, engagement plans and TD statistics are always PROTECTED_B.</li>
 * <li>Meetings of the removals working group (an Engagement PART_OF the Organization {@value #REMOVALS_WORKING_GROUP}),
 * the follow-up actions FROM a Protected B meeting, and the sources cited only by Protected B records are PROTECTED_B:
 * who sits at that table and what it discusses tells which countries are designated.</li>
 * <li>A record a cleared user marked PROTECTED_B stays so. Meetings, actions, key messages, results and sources may be
 * marked; reference data (countries, missions, authorities, departments, units, organizations, programs, envelopes,
 * priority areas, outcomes) and projects are public and are always UNCLASSIFIED.</li>
 * <li>Everything else is UNCLASSIFIED.</li>
 * </ol>
 * The rule only ever raises a classification on its own: a record that was PROTECTED_B keeps it when the reason goes
 * away (a meeting moved out of the series), unless a write states UNCLASSIFIED explicitly, and even then never below
 * what rules 1 and 2 demand.
 */
public final class Classification {

	public static final String PROPERTY = GraphModel.CLASSIFICATION;
	public static final String UNCLASSIFIED = "UNCLASSIFIED";
	public static final String PROTECTED_B = "PROTECTED_B";

	public static final String REMOVALS_WORKING_GROUP = GraphModel.REMOVALS_WORKING_GROUP;
	public static final Set<String> ALWAYS_PROTECTED = GraphModel.ALWAYS_PROTECTED;
	public static final Set<String> MARKABLE = GraphModel.MARKABLE;

	private Classification() {
	}

	/** Whether a record of {@code label} may state {@code value}; null when it may, else the message code why not. */
	public static String refusalOf(String label, String value) {
		if (ALWAYS_PROTECTED.contains(label) && UNCLASSIFIED.equals(value)) {
			return "data.alwaysProtected";
		}
		if (!ALWAYS_PROTECTED.contains(label) && !MARKABLE.contains(label) && PROTECTED_B.equals(value)) {
			return "data.alwaysUnclassified";
		}
		return null;
	}

	/**
	 * Cypher: true when rule 1 or 2 makes the node {@code x} Protected B, read from the graph as it is (for a node
	 * nobody classified yet). A source is judged by the classification of the records citing it: stored, or for one
	 * nobody classified, its label and series.
	 */
	public static String ruleSaysProtected(String x) {
		return "(" + String.join(" OR ", List.of(alwaysProtected(x), SERIES.formatted(x, REMOVALS_WORKING_GROUP),
				ACTION_OF_PROTECTED_MEETING.formatted(x, REMOVALS_WORKING_GROUP),
				"(" + x + ":Source AND " + CITED_ONLY_BY_PROTECTED.formatted(x, REMOVALS_WORKING_GROUP) + ")")) + ")";
	}

	/**
	 * The same, for a node known to carry {@code label}: only the part of the rule that can concern it, so that a
	 * query naming the labels it reads stays as cheap to plan as without the rule.
	 */
	static String ruleSaysProtected(String x, String label) {
		if (label == null) {
			return ruleSaysProtected(x);
		}
		if (ALWAYS_PROTECTED.contains(label)) {
			return "true";
		}
		return switch (label) {
			case "Engagement" -> "(" + SERIES.formatted(x, REMOVALS_WORKING_GROUP) + ")";
			case "Action" -> "(" + ACTION_OF_PROTECTED_MEETING.formatted(x, REMOVALS_WORKING_GROUP) + ")";
			case "Source" -> "(" + CITED_ONLY_BY_PROTECTED.formatted(x, REMOVALS_WORKING_GROUP) + ")";
			default -> "false";
		};
	}

	private static String alwaysProtected(String x) {
		return ALWAYS_PROTECTED.stream().sorted().map(label -> x + ":" + label).collect(Collectors.joining(" OR "));
	}

	/** A meeting of the removals working group. */
	private static final String SERIES = "EXISTS { MATCH (%1$s)-[:PART_OF]->(:Organization {code: '%2$s'}) }";

	/** An action of a Protected B meeting (stored, or one of the working group nobody classified). */
	private static final String ACTION_OF_PROTECTED_MEETING = """
			EXISTS { MATCH (%1$s:Action)-[:FROM]->(classified_meeting:Engagement)
			         WHERE classified_meeting.classification = 'PROTECTED_B'
			            OR (classified_meeting.classification IS NULL
			                AND EXISTS { MATCH (classified_meeting)-[:PART_OF]->(:Organization {code: '%2$s'}) }) }""";

	/** A source that is cited, and only by Protected B records. */
	private static final String CITED_ONLY_BY_PROTECTED = """
			EXISTS { MATCH (%1$s)<-[:SOURCED_FROM]-() }
			AND NOT EXISTS { MATCH (%1$s)<-[:SOURCED_FROM]-(citing)
			                 WHERE citing.classification = 'UNCLASSIFIED'
			                    OR (citing.classification IS NULL
			                        AND NOT (citing:Designation OR citing:Decision OR citing:EngagementPlan OR citing:TdStat)
			                        AND NOT EXISTS { MATCH (citing)-[:PART_OF]->(:Organization {code: '%2$s'}) }) }""";

	/**
	 * Cypher: true when the node {@code x} may be shown to a reader whose clearance is {@code $cleared}: a cleared
	 * reader sees everything; any other only what is UNCLASSIFIED, a node nobody classified yet being judged by the
	 * rule as the graph stands.
	 */
	public static String visibleTo(String x) {
		return visibleTo(x, null);
	}

	/** The same, for a node known to carry {@code label} (null when it may carry any). */
	public static String visibleTo(String x, String label) {
		String rule = ruleSaysProtected(x, label);
		if (rule.equals("false")) {
			return "($cleared OR coalesce(%1$s.classification, 'UNCLASSIFIED') = 'UNCLASSIFIED')".formatted(x);
		}
		return "($cleared OR CASE WHEN %1$s.classification IS NULL THEN NOT %2$s ELSE %1$s.classification = 'UNCLASSIFIED' END)"
			.formatted(x, rule);
	}

	/**
	 * Cypher: the classification the rule gives the node {@code x} as the graph stands: PROTECTED_B when rule 1 or 2
	 * says so, or when {@code x} is content already marked PROTECTED_B (rule 3), UNCLASSIFIED otherwise.
	 */
	static String classificationOf(String x) {
		return """
				CASE WHEN (%1$s.classification = 'PROTECTED_B' AND (%1$s:Engagement OR %1$s:Action OR %1$s:KeyMessage
				                                               OR %1$s:Result OR %1$s:Source))
				          OR %2$s
				     THEN 'PROTECTED_B' ELSE 'UNCLASSIFIED' END""".formatted(x, ruleSaysProtected(x));
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

	/** The element ids of the nodes a write touched, looked up by key, one statement per label. */
	private static final String IDS_OF = "UNWIND $keys AS key MATCH (n:`%s` {`%s`: key}) RETURN collect(elementId(n)) AS ids";

	/**
	 * Classifies the records {@code data} wrote, and those whose classification follows from them (the actions of a
	 * meeting, the sources they cite), inside the writer's transaction. A node whose classification changes (but a
	 * new one) gets its version bumped.
	 */
	public static void apply(SimpleQueryRunner tx, GraphData data) {
		var ids = ids(tx, data.nodes());
		if (ids.isEmpty()) {
			return;
		}
		var parameters = Map.<String, Object>of("ids", ids);
		tx.run(CLASSIFY_WRITTEN, parameters).consume();
		tx.run(CLASSIFY_ACTIONS, parameters).consume();
		tx.run(CLASSIFY_SOURCES, parameters).consume();
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
	public static List<DataProblem> violations(SimpleQueryRunner tx, GraphData data, boolean cleared) {
		var nodes = data.nodes().stream()
			.filter(node -> !cleared || UNCLASSIFIED.equals(node.properties().get(PROPERTY)))
			.toList();
		if (nodes.isEmpty()) {
			return List.of();
		}
		var protectedNow = new java.util.HashSet<>(tx.run(PROTECTED_AMONG, Map.of("ids", ids(tx, nodes)))
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

	/** Whether any record {@code data} wrote is Protected B (after {@link #apply}). */
	public static boolean anyProtected(SimpleQueryRunner tx, GraphData data) {
		if (data.nodes().stream().anyMatch(node -> ALWAYS_PROTECTED.contains(node.label()))) {
			return true;
		}
		return tx.run(PROTECTED_AMONG + " LIMIT 1", Map.of("ids", ids(tx, data.nodes()))).hasNext();
	}

	/** Whether a record (as {@code GraphRecords} reads it) of {@code label} is Protected B. */
	public static boolean isProtected(String label, Map<String, Object> record) {
		return ALWAYS_PROTECTED.contains(label) || (record != null && PROTECTED_B.equals(record.get(PROPERTY)));
	}

	private static List<String> ids(SimpleQueryRunner tx, List<GraphData.NodeRow> nodes) {
		var model = GraphModel.get();
		Map<String, Set<String>> keysByLabel = nodes.stream()
			.collect(Collectors.groupingBy(GraphData.NodeRow::label,
					Collectors.mapping(GraphData.NodeRow::key, Collectors.toCollection(LinkedHashSet::new))));
		var ids = new ArrayList<String>();
		for (var entry : keysByLabel.entrySet()) {
			String key = model.nodeType(entry.getKey()).orElseThrow().key();
			ids.addAll(tx.run(IDS_OF.formatted(entry.getKey(), key), Map.of("keys", List.copyOf(entry.getValue())))
				.single().get("ids").asList(v -> v.asString()));
		}
		return ids;
	}
}
