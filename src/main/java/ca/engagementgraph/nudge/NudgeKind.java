package ca.engagementgraph.nudge;

/** Why a nudge was sent. */
enum NudgeKind {
	/** A result never raised on a channel crossed the configured wait while a planned meeting on it is near. */
	WAIT_CROSSED,
	/** A planned meeting was held without raising some of the results on its agenda. */
	AGENDA_MISSED
}
