package ca.engagementgraph.api.read;


/** Which sort expression of a {@link ListQuery} to use (passed as {@code $sort}) and in which direction. */
public record Ordering(String field, boolean descending) {

	String id() {
		return field + (descending ? ":DESC" : ":ASC");
	}
}
