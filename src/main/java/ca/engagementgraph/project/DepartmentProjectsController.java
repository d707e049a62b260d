package ca.engagementgraph.project;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.department.Unit;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.project.ProjectQueries.*;

/**
 * The projects a unit manages: a field of {@code Unit} served here, where projects are known, so that {@code
 * department} needs nothing of {@code project}.
 */
@Controller
class DepartmentProjectsController {

	private final GraphReader graph;

	DepartmentProjectsController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Unit", field = "projects")
	Map<Unit, List<Project>> projectsOfUnits(List<Unit> units) {
		return graph.related(UNIT_PROJECTS, units, Unit::code, Project.class);
	}
}
