package ca.engagementgraph.model;

/** The role a department holds in a country's engagement plan (the property of HOLDS_ROLE). */
public enum PlanRoleKind {
	LEAD, LEVERAGE, TRACK, ESCALATE
}
