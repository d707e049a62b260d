package ca.engagementgraph.recording;

/**
 * Who is making a change, for the audit trail. Until sign-in exists every change is recorded as made by
 * {@code anonymous}; the security work replaces this with the authenticated user's name.
 */
final class CurrentUser {

	private CurrentUser() {
	}

	static String name() {
		return "anonymous";
	}
}
