package ca.engagementgraph.model;

/** What kind of decision the removals working group took. */
public enum DecisionKind {
	SELECT_COUNTRY, APPROVE_PLAN, ESCALATE, DEESCALATE, PAUSE_VISAS, OTHER
}
