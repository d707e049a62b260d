package ca.engagementgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The classification of every record ({@link Classification}), and the one rule that gives it: part of the model, so
 * that whoever reads or writes records follows the same rule without depending on the loading machinery (the
 * writers of {@code loading} apply it to what they write; migration V0005 backfilled older graphs by the same rule;
 * {@code api/read/Visibility} and the ledger judge by it the nodes other tools wrote without one):
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
public final class ClassificationRule {

	public static final String PROPERTY = GraphModel.CLASSIFICATION;
	public static final String UNCLASSIFIED = "UNCLASSIFIED";
	public static final String PROTECTED_B = "PROTECTED_B";

	public static final String REMOVALS_WORKING_GROUP = GraphModel.REMOVALS_WORKING_GROUP;
	public static final Set<String> ALWAYS_PROTECTED = GraphModel.ALWAYS_PROTECTED;
	public static final Set<String> MARKABLE = GraphModel.MARKABLE;

	private ClassificationRule() {
	}

	/** Whether a record of {@code label} may state {@code value}; null when it may, else the message code why not. */
	public static @Nullable String refusalOf(String label, @Nullable String value) {
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
	public static String ruleSaysProtected(String x, @Nullable String label) {
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
	public static String visibleTo(String x, @Nullable String label) {
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
	public static String classificationOf(String x) {
		return """
				CASE WHEN (%1$s.classification = 'PROTECTED_B' AND (%1$s:Engagement OR %1$s:Action OR %1$s:KeyMessage
				                                               OR %1$s:Result OR %1$s:Source))
				          OR %2$s
				     THEN 'PROTECTED_B' ELSE 'UNCLASSIFIED' END""".formatted(x, ruleSaysProtected(x));
	}

	/** Whether a record (in the data-file format) of {@code label} is Protected B. */
	public static boolean isProtected(String label, @Nullable Map<String, Object> record) {
		return ALWAYS_PROTECTED.contains(label) || (record != null && PROTECTED_B.equals(record.get(PROPERTY)));
	}
}
