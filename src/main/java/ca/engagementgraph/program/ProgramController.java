package ca.engagementgraph.program;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.PageSize;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.program.ProgramQueries.*;

@Controller
class ProgramController {

	private final GraphReader graph;

	ProgramController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	@Nullable Program program(@Argument String code) {
		return graph.one(Program.class, PROGRAM_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Program> programs(
			@Argument @PageSize Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(PROGRAMS, Map.of(), ListRequest.of(env, subrange, first, "CODE", false));
	}

	@BatchMapping
	Map<Program, List<Envelope>> envelopes(List<Program> programs) {
		return graph.related(PROGRAM_ENVELOPES, programs, Program::code, Envelope.class);
	}
}
