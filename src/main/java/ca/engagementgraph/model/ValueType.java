package ca.engagementgraph.model;

/** The property types the graph uses. Dates are Neo4j DATE values; money is whole Canadian dollars. */
public enum ValueType {
	STRING, INTEGER, FLOAT, DATE, BOOLEAN
}
