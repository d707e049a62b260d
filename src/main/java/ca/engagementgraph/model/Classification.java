package ca.engagementgraph.model;

/** A record's classification; {@link ClassificationRule} is the rule that sets it. */
public enum Classification {
	UNCLASSIFIED, PROTECTED_B
}
