package ca.engagementgraph.database;

import org.jspecify.annotations.Nullable;

/**
 * The embedded database could not start for a reason an operator can fix. The message is one sentence
 * saying what went wrong; {@link #remedy()} says what to change.
 */
class EmbeddedDatabaseUnavailableException extends RuntimeException {

	private final String remedy;

	EmbeddedDatabaseUnavailableException(String message, String remedy, @Nullable Throwable cause) {
		super(message, cause);
		this.remedy = remedy;
	}

	String remedy() {
		return remedy;
	}
}
