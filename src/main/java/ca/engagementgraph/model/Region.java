package ca.engagementgraph.model;

/** A country's world region. */
public enum Region {
	AFRICA, AMERICAS, ASIA, EUROPE, MIDDLE_EAST, OCEANIA
}
