package ca.engagementgraph.program;

import ca.engagementgraph.graph.Hop;
import ca.engagementgraph.graph.ListQuery;

/** The Cypher behind programs, envelopes, priority areas and the logic model. */
final class ProgramQueries {

	private ProgramQueries() {
	}

	static final String PROGRAM_BY_CODE = "MATCH (node:Program {code: $code}) RETURN node";
	static final String ENVELOPE_BY_CODE = "MATCH (node:Envelope {code: $code}) RETURN node";
	static final String PRIORITY_AREA_BY_CODE = "MATCH (node:PriorityArea {code: $code}) RETURN node";
	static final String OUTCOME_BY_CODE = "MATCH (node:Outcome {code: $code}) RETURN node";

	static final ListQuery<Program> PROGRAMS = new ListQuery<>(Program.class, """
			MATCH (node:Program)
			WITH node, CASE $sort WHEN 'NAME' THEN CASE $lang WHEN 'FR' THEN node.nameFr ELSE node.nameEn END
			                      ELSE node.code END AS sortValue, node.code AS key
			""");

	static final ListQuery<Envelope> ENVELOPES = new ListQuery<>(Envelope.class, """
			MATCH (node:Envelope)
			WITH node, CASE $sort WHEN 'NAME' THEN CASE $lang WHEN 'FR' THEN node.nameFr ELSE node.nameEn END
			                      ELSE node.code END AS sortValue, node.code AS key
			""");

	static final ListQuery<PriorityArea> PRIORITY_AREAS = new ListQuery<>(PriorityArea.class, """
			MATCH (node:PriorityArea)
			WITH node, CASE $sort WHEN 'NAME' THEN CASE $lang WHEN 'FR' THEN node.nameFr ELSE node.nameEn END
			                      ELSE node.code END AS sortValue, node.code AS key
			""");

	static final ListQuery<Outcome> OUTCOMES = new ListQuery<>(Outcome.class, """
			MATCH (node:Outcome)
			WHERE $level IS NULL OR node.level = $level
			WITH node, CASE $sort WHEN 'NAME' THEN CASE $lang WHEN 'FR' THEN node.textFr ELSE node.textEn END
			                      ELSE node.code END AS sortValue, node.code AS key
			""");

	static final Hop PROGRAM_ENVELOPES = Hop.incoming("Program", "PART_OF", "Envelope");
	static final Hop ENVELOPE_PROGRAM = Hop.outgoing("Envelope", "PART_OF", "Program");
	static final Hop ENVELOPE_PROJECTS = Hop.incoming("Envelope", "FUNDED_BY", "Project");
	static final Hop PRIORITY_AREA_PROJECTS = Hop.incoming("PriorityArea", "ADDRESSES", "Project");
	static final Hop OUTCOME_LEADS_TO = Hop.outgoing("Outcome", "LEADS_TO", "Outcome");
	static final Hop OUTCOME_LED_FROM = Hop.incoming("Outcome", "LEADS_TO", "Outcome");
	static final Hop OUTCOME_RESULTS = Hop.incoming("Outcome", "CONTRIBUTES_TO", "Result", "achievedOn", true);
}
