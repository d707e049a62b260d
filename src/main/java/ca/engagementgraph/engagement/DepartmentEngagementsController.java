package ca.engagementgraph.engagement;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ca.engagementgraph.department.Department;
import ca.engagementgraph.department.Unit;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.api.read.FirstOf;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
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

	DepartmentEngagementsController(GraphReader graph, BatchLoaderRegistry loaders) {
		this.graph = graph;
		FirstOf.register(loaders, graph, "Department.engagements", DEPARTMENT_ENGAGEMENTS, Engagement.class);
		FirstOf.register(loaders, graph, "Unit.engagements", UNIT_ENGAGEMENTS, Engagement.class);
	}

	/** At most a page of them, newest first ({@code first}, 100 by default): they grow with the graph. */
	@SchemaMapping(typeName = "Department", field = "engagements")
	CompletableFuture<List<Engagement>> engagementsOfDepartments(Department department, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, "Department.engagements", department.code(), first);
	}

	@BatchMapping(typeName = "Department", field = "keyMessages")
	Map<Department, List<KeyMessage>> keyMessagesOfDepartments(List<Department> departments) {
		return graph.related(DEPARTMENT_KEY_MESSAGES, departments, Department::code, KeyMessage.class);
	}

	@BatchMapping(typeName = "Department", field = "actions")
	Map<Department, List<Action>> actionsOfDepartments(List<Department> departments) {
		return graph.related(DEPARTMENT_ACTIONS, departments, Department::code, Action.class);
	}

	/** At most a page of them, newest first ({@code first}, 100 by default): they grow with the graph. */
	@SchemaMapping(typeName = "Unit", field = "engagements")
	CompletableFuture<List<Engagement>> engagementsOfUnits(Unit unit, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, "Unit.engagements", unit.code(), first);
	}
}
