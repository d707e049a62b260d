package ca.engagementgraph.engagement;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.department.Department;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

@Controller
class KeyMessageController {

	private final GraphReader graph;

	KeyMessageController(GraphReader graph) {
		this.graph = graph;
	}

	record KeyMessageFilter(@Nullable String department, @Nullable String about, @Nullable String country) {
	}

	@QueryMapping
	@Nullable KeyMessage keyMessage(@Argument String code) {
		return graph.one(KeyMessage.class, KEY_MESSAGE_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<KeyMessage> keyMessages(@Argument @Nullable KeyMessageFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new KeyMessageFilter(null, null, null) : filter;
		return graph.page(KEY_MESSAGES, Parameters.of("department", f.department(), "about", f.about(), "country",
				CountryCodes.normalize(f.country())), ListRequest.of(env, subrange, first, "APPROVED_ON", true));
	}

	@BatchMapping
	Map<KeyMessage, List<Result>> aboutResults(List<KeyMessage> messages) {
		return graph.related(KEY_MESSAGE_RESULTS, messages, KeyMessage::code, Result.class);
	}

	@BatchMapping
	Map<KeyMessage, List<Project>> aboutProjects(List<KeyMessage> messages) {
		return graph.related(KEY_MESSAGE_PROJECTS, messages, KeyMessage::code, Project.class);
	}

	@BatchMapping
	Map<KeyMessage, List<Department>> draftedBy(List<KeyMessage> messages) {
		return graph.related(KEY_MESSAGE_DEPARTMENTS, messages, KeyMessage::code, Department.class);
	}

	@BatchMapping
	Map<KeyMessage, List<Engagement>> usedAt(List<KeyMessage> messages) {
		return graph.related(KEY_MESSAGE_USED_AT, messages, KeyMessage::code, Engagement.class);
	}
}
