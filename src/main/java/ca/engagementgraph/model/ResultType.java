package ca.engagementgraph.model;

/** The level of a project result in the results chain. */
public enum ResultType {
	OUTPUT, OUTCOME, IMPACT
}
