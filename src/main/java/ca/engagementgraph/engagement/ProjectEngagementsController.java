package ca.engagementgraph.engagement;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
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
 * Where a project or result was raised and the key messages about it: fields of {@code Project} and {@code Result}
 * served here, where meetings are known, so that {@code project} needs nothing of {@code engagement} (a meeting
 * raises projects, not the reverse).
 */
@Controller
class ProjectEngagementsController {

	private final GraphReader graph;

	ProjectEngagementsController(GraphReader graph, BatchLoaderRegistry loaders) {
		this.graph = graph;
		FirstOf.register(loaders, graph, "Project.raisedAt", PROJECT_RAISED_AT, Engagement.class);
		FirstOf.register(loaders, graph, "Result.raisedAt", RESULT_RAISED_AT, Engagement.class);
	}

	/** At most a page of them, newest first ({@code first}, 100 by default): they grow with the graph. */
	@SchemaMapping(typeName = "Project", field = "raisedAt")
	CompletableFuture<List<Engagement>> raisedAtOfProjects(Project project, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, "Project.raisedAt", project.code(), first);
	}

	@BatchMapping(typeName = "Project", field = "keyMessages")
	Map<Project, List<KeyMessage>> keyMessagesOfProjects(List<Project> projects) {
		return graph.related(PROJECT_KEY_MESSAGES, projects, Project::code, KeyMessage.class);
	}

	/** At most a page of them, newest first ({@code first}, 100 by default): they grow with the graph. */
	@SchemaMapping(typeName = "Result", field = "raisedAt")
	CompletableFuture<List<Engagement>> raisedAtOfResults(Result result, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, "Result.raisedAt", result.code(), first);
	}

	@BatchMapping(typeName = "Result", field = "keyMessages")
	Map<Result, List<KeyMessage>> keyMessagesOfResults(List<Result> results) {
		return graph.related(RESULT_KEY_MESSAGES, results, Result::code, KeyMessage.class);
	}
}
