package ca.engagementgraph.api;

/**
 * The slice of a list a client asked for: at most {@code first} rows after the {@code after} cursor.
 * Page sizes are bounded so that one request cannot pull a whole graph.
 */
public record PageRequest(int first, String after) {

	public static final int DEFAULT_PAGE_SIZE = 20;
	public static final int MAX_PAGE_SIZE = 100;

	public static PageRequest of(Integer first, String after) {
		int size = first == null ? DEFAULT_PAGE_SIZE : first;
		if (size < 0 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("INVALID_PAGE_SIZE", "first", "input.pageSize", MAX_PAGE_SIZE, size);
		}
		return new PageRequest(size, after);
	}
}
