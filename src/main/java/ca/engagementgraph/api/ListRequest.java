package ca.engagementgraph.api;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.api.read.Ordering;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.query.ScrollSubrange;

/**
 * What a client asked of any list field besides its filter: the ordering, the page (from Spring for GraphQL's
 * {@link ScrollSubrange}), whether it wants the total (only then is it counted), and the language names sort in.
 */
public record ListRequest(Ordering ordering, PageRequest page, boolean withTotal, Language language) {

	/** {@code first} is the controller's {@code @Argument @PageSize Integer first}, its range checked by then. */
	public static ListRequest of(DataFetchingEnvironment env, ScrollSubrange subrange, Integer first,
			String defaultSort, boolean defaultDescending) {
		OrderInput order = null;
		if (env.getArgument("orderBy") instanceof java.util.Map<?, ?> map) {
			order = new OrderInput((String) map.get("field"), (String) map.get("direction"));
		}
		return new ListRequest(OrderInput.orElse(order, defaultSort, defaultDescending),
				PageRequest.of(subrange, first), env.getSelectionSet().contains("totalCount"), Language.of(env));
	}
}
