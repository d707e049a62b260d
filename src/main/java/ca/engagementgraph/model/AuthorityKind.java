package ca.engagementgraph.model;

/** What kind of foreign government body. */
public enum AuthorityKind {
	REFUGEE_AGENCY, BORDER_POLICE, IMMIGRATION_SERVICE, FOREIGN_AFFAIRS, INTERIOR_MINISTRY, LAW_ENFORCEMENT, CIVIL_REGISTRY, LABOUR_MINISTRY
}
