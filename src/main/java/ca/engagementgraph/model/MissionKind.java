package ca.engagementgraph.model;

/** What kind of diplomatic mission. */
public enum MissionKind {
	EMBASSY, HIGH_COMMISSION, CONSULATE
}
