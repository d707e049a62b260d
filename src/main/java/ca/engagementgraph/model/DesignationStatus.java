package ca.engagementgraph.model;

/** A country's designation for travel-document cooperation: RECALCITRANT, or PREVENTATIVE (at risk of becoming so). */
public enum DesignationStatus {
	RECALCITRANT, PREVENTATIVE
}
