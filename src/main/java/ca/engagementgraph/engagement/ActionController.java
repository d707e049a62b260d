package ca.engagementgraph.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.department.Department;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

@Controller
class ActionController {

	private final GraphReader graph;

	ActionController(GraphReader graph) {
		this.graph = graph;
	}

	record ActionFilter(@Nullable String status, @Nullable String department, @Nullable String country,
			@Nullable LocalDate dueBefore) {
	}

	@QueryMapping
	@Nullable Action action(@Argument String code) {
		return graph.one(Action.class, ACTION_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Action> actions(@Argument @Nullable ActionFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new ActionFilter(null, null, null, null) : filter;
		return graph.page(ACTIONS, Parameters.of("status", f.status(), "department", f.department(), "country",
				CountryCodes.normalize(f.country()), "dueBefore", f.dueBefore()),
				ListRequest.of(env, subrange, first, "DUE", false));
	}

	@BatchMapping
	Map<Action, Engagement> from(List<Action> actions) {
		return graph.relatedOne(ACTION_FROM, actions, Action::code, Engagement.class);
	}

	@BatchMapping
	Map<Action, List<Department>> assignedTo(List<Action> actions) {
		return graph.related(ACTION_DEPARTMENTS, actions, Action::code, Department.class);
	}
}
