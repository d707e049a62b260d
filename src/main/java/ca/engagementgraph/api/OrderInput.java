package ca.engagementgraph.api;

import ca.engagementgraph.api.read.Ordering;
import org.jspecify.annotations.Nullable;

/** Any list's {@code orderBy} argument: a field of that list's sort enum, and a direction. */
public record OrderInput(@Nullable String field, @Nullable String direction) {

	/** The requested ordering, or the list's default when the client gave none. */
	public static Ordering orElse(@Nullable OrderInput order, String defaultField, boolean defaultDescending) {
		if (order == null) {
			return new Ordering(defaultField, defaultDescending);
		}
		return new Ordering(order.field(), "DESC".equals(order.direction()));
	}
}
