package ca.engagementgraph.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.engagement.KeyMessage;
import ca.engagementgraph.program.Outcome;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.project.ProjectQueries.*;

@Controller
class ResultController {

	private final GraphReader graph;

	ResultController(GraphReader graph) {
		this.graph = graph;
	}

	record ResultFilter(@Nullable String country, @Nullable String project, @Nullable String type,
			@Nullable LocalDate achievedFrom, @Nullable LocalDate achievedTo) {
	}

	@QueryMapping
	@Nullable Result result(@Argument String code) {
		return graph.one(Result.class, RESULT_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Result> results(@Argument @Nullable ResultFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new ResultFilter(null, null, null, null, null) : filter;
		return graph.page(RESULTS,
				Parameters.of("country", CountryCodes.normalize(f.country()), "project", f.project(), "type",
						f.type(), "achievedFrom", f.achievedFrom(), "achievedTo", f.achievedTo()),
				ListRequest.of(env, subrange, first, "ACHIEVED_ON", true));
	}

	@BatchMapping
	Map<Result, Project> project(List<Result> results) {
		return graph.relatedOne(RESULT_PROJECT, results, Result::code, Project.class);
	}

	@BatchMapping
	Map<Result, List<Outcome>> outcomes(List<Result> results) {
		return graph.related(RESULT_OUTCOMES, results, Result::code, Outcome.class);
	}
}
