package ca.engagementgraph.leverage;

import java.util.List;
import java.util.function.Supplier;

import ca.engagementgraph.api.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code TdQuarter.engagements(first)}: the first meetings of a quarter, fetched with the timeline. It only cuts the
 * quarter's own list, so it is a light fetcher, as a property is: a timeline's quarters (40 for a country with a decade
 * of statistics) are then completed in one loop ({@code ListsOfPlainObjects}) instead of a controller call and
 * graphql-java's path per quarter. A page size out of range is the same typed error as {@code @PageSize} gives.
 */
@Component
class TdQuarterMeetings implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder builder) {
		builder.type("TdQuarter", type -> type.dataFetcher("engagements", new FirstMeetings()));
	}

	private static final class FirstMeetings implements LightDataFetcher<List<?>> {

		@Override
		public List<?> get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
			Integer first = env.get().getArgument("first");
			if (first != null && !PageRequest.isPageSize(first)) {
				throw PageRequest.pageSizeRefused(first);
			}
			List<?> meetings = ((TdQuarter) source).engagements();
			int size = first == null ? TdTimelineController.DEFAULT_MEETINGS_PER_QUARTER : first;
			return meetings.subList(0, Math.min(size, meetings.size()));
		}

		@Override
		public List<?> get(DataFetchingEnvironment env) {
			return get(env.getFieldDefinition(), env.getSource(), () -> env);
		}
	}
}
