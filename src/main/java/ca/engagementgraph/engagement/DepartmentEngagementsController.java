package ca.engagementgraph.engagement;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.department.Department;
import ca.engagementgraph.department.Unit;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

/**
 * The meetings a department or unit attended, the key messages it drafted and the actions assigned to it: fields of
 * {@code Department} and {@code Unit} served here, where meetings are known, so that {@code department} needs
 * nothing of {@code engagement}.
 */
@Controller
class DepartmentEngagementsController {

	private final GraphReader graph;

	DepartmentEngagementsController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Department", field = "engagements")
	Map<Department, List<Engagement>> engagementsOfDepartments(List<Department> departments) {
		return graph.related(DEPARTMENT_ENGAGEMENTS, departments, Department::code, Engagement.class);
	}

	@BatchMapping(typeName = "Department", field = "keyMessages")
	Map<Department, List<KeyMessage>> keyMessagesOfDepartments(List<Department> departments) {
		return graph.related(DEPARTMENT_KEY_MESSAGES, departments, Department::code, KeyMessage.class);
	}

	@BatchMapping(typeName = "Department", field = "actions")
	Map<Department, List<Action>> actionsOfDepartments(List<Department> departments) {
		return graph.related(DEPARTMENT_ACTIONS, departments, Department::code, Action.class);
	}

	@BatchMapping(typeName = "Unit", field = "engagements")
	Map<Unit, List<Engagement>> engagementsOfUnits(List<Unit> units) {
		return graph.related(UNIT_ENGAGEMENTS, units, Unit::code, Engagement.class);
	}
}
