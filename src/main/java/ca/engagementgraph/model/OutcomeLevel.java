package ca.engagementgraph.model;

/** The level of a program outcome. */
public enum OutcomeLevel {
	IMMEDIATE, INTERMEDIATE, ULTIMATE
}
