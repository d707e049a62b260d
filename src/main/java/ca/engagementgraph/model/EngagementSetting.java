package ca.engagementgraph.model;

/** Where and with whom a meeting takes place: the basis of the channels of the leveraging questions. */
public enum EngagementSetting {
	OTTAWA, IN_COUNTRY, MULTILATERAL, INTERDEPARTMENTAL
}
