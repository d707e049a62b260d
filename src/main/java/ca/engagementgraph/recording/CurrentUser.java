package ca.engagementgraph.recording;

import ca.engagementgraph.security.Access;

/** Who is making a change, for the audit trail: the signed-in user. */
final class CurrentUser {

	private CurrentUser() {
	}

	static String name() {
		return Access.userName();
	}

	/** Whether they hold the Protected B clearance: only then may they write or change a Protected B record. */
	static boolean cleared() {
		return Access.cleared();
	}
}
