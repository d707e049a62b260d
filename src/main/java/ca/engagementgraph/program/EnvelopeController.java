package ca.engagementgraph.program;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.project.Project;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.program.ProgramQueries.*;

@Controller
class EnvelopeController {

	private final GraphReader graph;

	EnvelopeController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	@Nullable Envelope envelope(@Argument String code) {
		return graph.one(Envelope.class, ENVELOPE_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Envelope> envelopes(
			@Argument @PageSize Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		return graph.page(ENVELOPES, Map.of(), ListRequest.of(env, subrange, first, "CODE", false));
	}

	@BatchMapping
	Map<Envelope, Program> program(List<Envelope> envelopes) {
		return graph.relatedOne(ENVELOPE_PROGRAM, envelopes, Envelope::code, Program.class);
	}
}
