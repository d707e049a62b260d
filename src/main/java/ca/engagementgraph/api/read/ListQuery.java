package ca.engagementgraph.api.read;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

/**
 * A filterable, sortable, pageable list, in one of two forms.
 *
 * <p>A list of nodes ({@link #ordered}): {@code selection} is Cypher that matches {@code node} and filters it
 * (every filter as {@code $param IS NULL OR ...}); {@code orderings} gives, for each sort field of the list's
 * order enum, the property it sorts by ({@code %s} in it stands for {@code En} or {@code Fr}, the reader's language),
 * and {@code key} the business key breaking ties. The {@link GraphReader} writes one query per ordering, sorting on
 * the property itself, so that a range index on it both finds and orders the rows (and a page reads only its rows).
 *
 * <p>A list of computed rows (the analytical lists): {@code selection} ends with {@code WITH node, <sort expression>
 * AS sortValue, <business key> AS key}, the sort expression choosing by {@code $sort}; {@code node} is any value the
 * {@link RowMapper} reads a row from (a map of nodes and figures). The {@link GraphReader} adds the keyset
 * condition, the ordering, the limit and the count.
 *
 * <p>A list of maintained facts ({@link #paged}): the question writes each page's Cypher itself (a seek on an index
 * of the leverage ledger that both finds and orders the rows, with the keyset condition inside it), returning
 * {@code node, sortValue, key} like the computed rows, and its count.
 */
public record ListQuery<T>(Class<T> type, @Nullable String selection, @Nullable RowMapper<T> rows,
		@Nullable Map<String, String> orderings, @Nullable String key, @Nullable Pages pages) {

	/** A list of computed rows of the second form, the node column being {@code type} itself. */
	public ListQuery(Class<T> type, String selection) {
		this(type, selection, null, null, null, null);
	}

	/** A list of computed rows of the second form. */
	public ListQuery(Class<T> type, String selection, RowMapper<T> rows) {
		this(type, selection, rows, null, null, null);
	}

	/** A list of nodes of the first form, keyed by {@code node.<key>}. */
	public static <T> ListQuery<T> ordered(Class<T> type, String selection, String key, Map<String, String> orderings) {
		return new ListQuery<>(type, selection, null, Map.copyOf(orderings), key, null);
	}

	/** A list whose pages and count the question writes itself. */
	public static <T> ListQuery<T> paged(Class<T> type, Pages pages, RowMapper<T> rows) {
		return new ListQuery<>(type, null, rows, null, null, pages);
	}

	/** The Cypher of a question that writes its own pages. */
	public interface Pages {

		/**
		 * One page in this order, from the cursor ({@code $afterValue}, {@code $afterKey}) when {@code afterCursor},
		 * at most {@code $limit} rows of {@code node, sortValue, key}.
		 */
		String page(Ordering ordering, boolean afterCursor);

		/** How many rows the list holds in all, as {@code total}. */
		String count();

		/** A list with one order, whose page and count are fixed texts. */
		static Pages of(String page, String count) {
			return new Pages() {
				@Override
				public String page(Ordering ordering, boolean afterCursor) {
					return page;
				}

				@Override
				public String count() {
					return count;
				}
			};
		}
	}

	boolean sortsOnProperties() {
		return orderings != null;
	}

	/** Builds one row of the list from the {@code node} column. */
	@FunctionalInterface
	public interface RowMapper<T> {

		T map(Value node, NodeMapper nodes);
	}

	/** Maps a node value to the record of its label. */
	@FunctionalInterface
	public interface NodeMapper {

		<N> N map(Class<N> type, Value node);
	}
}
