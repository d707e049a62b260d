package ca.engagementgraph.model;

/** The seniority a meeting is held at. */
public enum EngagementLevel {
	MINISTER, ADM, DG, DIRECTOR, WORKING
}
