package ca.engagementgraph.model;

import java.util.Arrays;

/** A value of an IATI code list, stored in the graph as its INTEGER code (as IATI data carries it). */
public interface IatiCode {

	int code();

	/** The value of {@code type} with this code. */
	static <E extends Enum<E> & IatiCode> E of(Class<E> type, long code) {
		return Arrays.stream(type.getEnumConstants())
			.filter(value -> value.code() == code)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown IATI " + type.getSimpleName() + " code " + code));
	}
}
