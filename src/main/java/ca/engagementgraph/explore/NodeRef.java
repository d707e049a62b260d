package ca.engagementgraph.explore;

import ca.engagementgraph.api.InvalidInputException;

/** A node named by a client: {@code QM-R04}, or {@code Result:QM-R04} when a key is used by several labels. */
record NodeRef(String label, String key) {

	static NodeRef parse(String text, String argument) {
		if (text == null || text.isBlank() || text.length() > 200) {
			throw new InvalidInputException("UNKNOWN_NODE", argument, "input.nodeRef", argument);
		}
		int colon = text.indexOf(':');
		return colon > 0 ? new NodeRef(text.substring(0, colon), text.substring(colon + 1)) : new NodeRef(null, text);
	}
}
