package ca.engagementgraph.engagement;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

/**
 * Where a project or result was raised and the key messages about it: fields of {@code Project} and {@code Result}
 * served here, where meetings are known, so that {@code project} needs nothing of {@code engagement} (a meeting
 * raises projects, not the reverse).
 */
@Controller
class ProjectEngagementsController {

	private final GraphReader graph;

	ProjectEngagementsController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Project", field = "raisedAt")
	Map<Project, List<Engagement>> raisedAtOfProjects(List<Project> projects) {
		return graph.related(PROJECT_RAISED_AT, projects, Project::code, Engagement.class);
	}

	@BatchMapping(typeName = "Project", field = "keyMessages")
	Map<Project, List<KeyMessage>> keyMessagesOfProjects(List<Project> projects) {
		return graph.related(PROJECT_KEY_MESSAGES, projects, Project::code, KeyMessage.class);
	}

	@BatchMapping(typeName = "Result", field = "raisedAt")
	Map<Result, List<Engagement>> raisedAtOfResults(List<Result> results) {
		return graph.related(RESULT_RAISED_AT, results, Result::code, Engagement.class);
	}

	@BatchMapping(typeName = "Result", field = "keyMessages")
	Map<Result, List<KeyMessage>> keyMessagesOfResults(List<Result> results) {
		return graph.related(RESULT_KEY_MESSAGES, results, Result::code, KeyMessage.class);
	}
}
