package ca.engagementgraph.program;

import java.util.Map;

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

	static final ListQuery<Program> PROGRAMS = ListQuery.ordered(Program.class, """
			MATCH (node:Program)
			""", "code",
			Map.of("NAME", "node.name%s", "CODE", "node.code"));

	static final ListQuery<Envelope> ENVELOPES = ListQuery.ordered(Envelope.class, """
			MATCH (node:Envelope)
			""", "code",
			Map.of("NAME", "node.name%s", "CODE", "node.code"));

	static final ListQuery<PriorityArea> PRIORITY_AREAS = ListQuery.ordered(PriorityArea.class, """
			MATCH (node:PriorityArea)
			""", "code",
			Map.of("NAME", "node.name%s", "CODE", "node.code"));

	static final ListQuery<Outcome> OUTCOMES = ListQuery.ordered(Outcome.class, """
			MATCH (node:Outcome)
			WHERE $level IS NULL OR node.level = $level
			""", "code",
			Map.of("NAME", "node.text%s", "CODE", "node.code"));

	static final Hop PROGRAM_ENVELOPES = Hop.incoming("Program", "PART_OF", "Envelope");
	static final Hop ENVELOPE_PROGRAM = Hop.outgoing("Envelope", "PART_OF", "Program");
	static final Hop ENVELOPE_PROJECTS = Hop.incoming("Envelope", "FUNDED_BY", "Project");
	static final Hop PRIORITY_AREA_PROJECTS = Hop.incoming("PriorityArea", "ADDRESSES", "Project");
	static final Hop OUTCOME_LEADS_TO = Hop.outgoing("Outcome", "LEADS_TO", "Outcome");
	static final Hop OUTCOME_LED_FROM = Hop.incoming("Outcome", "LEADS_TO", "Outcome");
	static final Hop OUTCOME_RESULTS = Hop.incoming("Outcome", "CONTRIBUTES_TO", "Result", "achievedOn", true);
}
