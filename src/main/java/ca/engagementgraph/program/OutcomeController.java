package ca.engagementgraph.program;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.program.ProgramQueries.*;

@Controller
class OutcomeController {

	private final GraphReader graph;

	OutcomeController(GraphReader graph) {
		this.graph = graph;
	}

	record OutcomeFilter(@Nullable String level) {
	}

	@QueryMapping
	@Nullable Outcome outcome(@Argument String code) {
		return graph.one(Outcome.class, OUTCOME_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Outcome> outcomes(@Argument @Nullable OutcomeFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(OUTCOMES, Parameters.of("level", filter == null ? null : filter.level()),
				ListRequest.of(env, subrange, first, "CODE", false));
	}

	@BatchMapping
	Map<Outcome, List<Outcome>> leadsTo(List<Outcome> outcomes) {
		return graph.related(OUTCOME_LEADS_TO, outcomes, Outcome::code, Outcome.class);
	}

	@BatchMapping
	Map<Outcome, List<Outcome>> ledFrom(List<Outcome> outcomes) {
		return graph.related(OUTCOME_LED_FROM, outcomes, Outcome::code, Outcome.class);
	}
}
