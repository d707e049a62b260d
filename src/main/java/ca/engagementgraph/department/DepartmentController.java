package ca.engagementgraph.department;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Action;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.engagement.KeyMessage;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.department.DepartmentQueries.*;

@Controller
class DepartmentController {

	private final GraphReader graph;

	DepartmentController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	@Nullable Department department(@Argument String code) {
		return graph.one(Department.class, DEPARTMENT_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Department> departments(
			@Argument @PageSize Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(DEPARTMENTS, Map.of(), ListRequest.of(env, subrange, first, "CODE", false));
	}

	@BatchMapping
	Map<Department, List<Unit>> units(List<Department> departments) {
		return graph.related(DEPARTMENT_UNITS, departments, Department::code, Unit.class);
	}
}
