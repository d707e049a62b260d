package ca.engagementgraph.department;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.department.DepartmentQueries.*;

@Controller
class UnitController {

	private final GraphReader graph;

	UnitController(GraphReader graph) {
		this.graph = graph;
	}

	record UnitFilter(@Nullable String department) {
	}

	@QueryMapping
	@Nullable Unit unit(@Argument String code) {
		return graph.one(Unit.class, UNIT_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Unit> units(@Argument @Nullable UnitFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(UNITS, Parameters.of("department", filter == null ? null : filter.department()),
				ListRequest.of(env, subrange, first, "CODE", false));
	}

	@BatchMapping
	Map<Unit, Department> department(List<Unit> units) {
		return graph.relatedOne(UNIT_DEPARTMENT, units, Unit::code, Department.class);
	}
}
