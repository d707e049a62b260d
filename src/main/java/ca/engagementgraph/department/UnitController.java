package ca.engagementgraph.department;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.graph.GraphReader;
import ca.engagementgraph.graph.Parameters;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
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

	record UnitFilter(String department) {
	}

	@QueryMapping
	Unit unit(@Argument String code) {
		return graph.one(Unit.class, UNIT_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Unit> units(@Argument UnitFilter filter,
			@Argument @PageSize Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(UNITS, Parameters.of("department", filter == null ? null : filter.department()),
				ListRequest.of(env, subrange, first, "CODE", false));
	}

	@BatchMapping
	Map<Unit, Department> department(List<Unit> units) {
		return graph.relatedOne(UNIT_DEPARTMENT, units, Unit::code, Department.class);
	}

	@BatchMapping
	Map<Unit, List<Project>> projects(List<Unit> units) {
		return graph.related(UNIT_PROJECTS, units, Unit::code, Project.class);
	}

	@BatchMapping
	Map<Unit, List<Engagement>> engagements(List<Unit> units) {
		return graph.related(UNIT_ENGAGEMENTS, units, Unit::code, Engagement.class);
	}
}
