package ca.engagementgraph.api;

/**
 * A request the client can correct: an unknown key, a bad cursor, a page size out of range. Reported as a
 * GraphQL error with a stable {@code code}, the {@code argument} at fault and a sentence saying why.
 */
public class InvalidInputException extends RuntimeException {

	private final String code;
	private final String argument;

	public InvalidInputException(String code, String argument, String message) {
		super(message);
		this.code = code;
		this.argument = argument;
	}

	public String code() {
		return code;
	}

	public String argument() {
		return argument;
	}
}
