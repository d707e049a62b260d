package ca.engagementgraph.model;

/** A meeting's status; how it may change is recording/MeetingStatuses. */
public enum EngagementStatus {
	PLANNED, HELD, CANCELLED
}
