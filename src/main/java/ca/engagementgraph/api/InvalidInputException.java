package ca.engagementgraph.api;

import java.util.List;
import java.util.Locale;

import ca.engagementgraph.loading.Messages;

/**
 * A request the client can correct: an unknown key, a bad cursor, a page size out of range. Reported as a
 * GraphQL error with a stable {@code code}, the {@code argument} at fault and a sentence saying why, in the client's
 * language (the sentence is {@code messageKey} of {@code messages*.properties}).
 */
public class InvalidInputException extends RuntimeException {

	private final String code;
	private final String argument;
	private final String messageKey;
	private final List<Object> args;

	public InvalidInputException(String code, String argument, String messageKey, Object... args) {
		super(Messages.render(messageKey, List.of(args), Locale.ROOT));
		this.code = code;
		this.argument = argument;
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	public String code() {
		return code;
	}

	public String argument() {
		return argument;
	}

	/** The sentence in the client's language. */
	public String message(Locale locale) {
		return Messages.render(messageKey, args, locale);
	}
}
