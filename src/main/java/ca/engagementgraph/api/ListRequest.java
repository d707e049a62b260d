package ca.engagementgraph.api;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.api.read.Ordering;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.validation.BindException;

/**
 * What a client asked of any list field besides its filter: the ordering, the page (from Spring for GraphQL's
 * {@link ScrollSubrange}), whether it wants the total (only then is it counted), and the language names sort in.
 */
public record ListRequest(Ordering ordering, PageRequest page, boolean withTotal, Language language) {

	/** Binds the {@code orderBy} argument as {@code @Argument} binds a controller's: the same binder, the same rules. */
	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	private static final ResolvableType ORDER = ResolvableType.forClass(OrderInput.class);

	/** {@code first} is the controller's {@code @Argument @PageSize Integer first}, its range checked by then. */
	public static ListRequest of(DataFetchingEnvironment env, ScrollSubrange subrange, Integer first,
			String defaultSort, boolean defaultDescending) {
		return new ListRequest(OrderInput.orElse(orderBy(env), defaultSort, defaultDescending),
				PageRequest.of(subrange, first), AskedFields.asks(env, "totalCount"), Language.of(env));
	}

	/**
	 * The list's {@code orderBy} argument as an {@link OrderInput}, or null when the client gave none. Every list's
	 * order input has the same two fields ({@code field} of the list's own sort enum, {@code direction}), so one
	 * record binds them all; the schema has checked the enum values already.
	 */
	static @Nullable OrderInput orderBy(DataFetchingEnvironment env) {
		if (!env.containsArgument("orderBy")) {
			return null;
		}
		try {
			return (OrderInput) BINDER.bind(env, "orderBy", ORDER);
		}
		catch (BindException ex) {
			throw new IllegalStateException("orderBy does not bind to OrderInput: the schema and the record disagree", ex);
		}
	}
}
