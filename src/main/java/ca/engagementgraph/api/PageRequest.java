package ca.engagementgraph.api;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * The slice of a list a client asked for: at most {@code first} rows after the position {@code after} (the keys of
 * the previous page's last row, null for the first page). Page sizes are bounded so that one request cannot pull a
 * whole graph.
 */
public record PageRequest(int first, @Nullable KeysetScrollPosition after) {

	public static final int DEFAULT_PAGE_SIZE = 20;
	public static final int MAX_PAGE_SIZE = 100;

	/** The subrange Spring read from {@code first} and {@code after}; {@code first} as sent (its range checked). */
	public static PageRequest of(ScrollSubrange subrange, @Nullable Integer first) {
		int size = sizeOf(first);
		// PageCursors only ever decodes keyset positions.
		var after = subrange.position().orElse(null) instanceof KeysetScrollPosition keyset && !keyset.isInitial()
				? keyset : null;
		return new PageRequest(size, after);
	}

	/**
	 * The page size asked for as {@code first}; the default when none. Its range is the {@link PageSize} constraint
	 * on the controller's {@code first} argument, checked by Spring for GraphQL before the controller runs.
	 */
	public static int sizeOf(@Nullable Integer first) {
		return first == null ? DEFAULT_PAGE_SIZE : first;
	}

	/**
	 * Whether {@code first} is a page size the {@link PageSize} constraint accepts: for a list whose {@code first} is
	 * read past Spring's validation (a light fetcher, a statement answering a whole selection).
	 */
	public static boolean isPageSize(int first) {
		return first >= 0 && first <= MAX_PAGE_SIZE;
	}

	/** The error the {@link PageSize} constraint gives for {@code first}, as {@code ArgumentViolations} tells it. */
	public static InvalidInputException pageSizeRefused(int first) {
		return new InvalidInputException("INVALID_PAGE_SIZE", "first", "input.pageSize", MAX_PAGE_SIZE, first);
	}

	/** Where this page starts, as issued for {@code ordering}. */
	public @Nullable Cursor afterFor(String ordering) {
		return after == null ? null : Cursor.of(after.getKeys(), ordering);
	}
}
