package ca.engagementgraph.program;

import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.program.ProgramQueries.*;

@Controller
class PriorityAreaController {

	private final GraphReader graph;

	PriorityAreaController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	@Nullable PriorityArea priorityArea(@Argument String code) {
		return graph.one(PriorityArea.class, PRIORITY_AREA_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<PriorityArea> priorityAreas(
			@Argument @PageSize Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(PRIORITY_AREAS, Map.of(), ListRequest.of(env, subrange, first, "CODE", false));
	}
}
