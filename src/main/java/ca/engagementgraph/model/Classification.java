package ca.engagementgraph.model;

/** A record's classification; loading/Classification holds the rule that sets it. */
public enum Classification {
	UNCLASSIFIED, PROTECTED_B
}
