package ca.engagementgraph.source;

import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.PageSize;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SourceController {

	static final String SOURCE_BY_CODE = "MATCH (node:Source {code: $code}) RETURN node";

	static final ListQuery<Source> SOURCES = ListQuery.ordered(Source.class, """
			MATCH (node:Source)
			WHERE $kind IS NULL OR node.kind = $kind
			""", "code",
			Map.of("DATE", "node.date", "CODE", "node.code"));

	private final GraphReader graph;

	SourceController(GraphReader graph) {
		this.graph = graph;
	}

	record SourceFilter(@Nullable String kind) {
	}

	@QueryMapping
	@Nullable Source source(@Argument String code) {
		return graph.one(Source.class, SOURCE_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Source> sources(@Argument @Nullable SourceFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(SOURCES, Parameters.of("kind", filter == null ? null : filter.kind()),
				ListRequest.of(env, subrange, first, "DATE", true));
	}
}
