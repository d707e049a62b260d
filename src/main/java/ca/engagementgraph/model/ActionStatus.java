package ca.engagementgraph.model;

/** Where a follow-up action stands. */
public enum ActionStatus {
	OPEN, DONE, DROPPED
}
