package ca.engagementgraph.project;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.program.Envelope;
import ca.engagementgraph.program.Outcome;
import ca.engagementgraph.program.PriorityArea;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.project.ProjectQueries.*;

/**
 * The projects an envelope funds or a priority area addresses, and the results contributing to an outcome: fields
 * of {@code Envelope}, {@code PriorityArea} and {@code Outcome} served here, where projects are known, so that
 * {@code program} needs nothing of {@code project}.
 */
@Controller
class ProgramProjectsController {

	private final GraphReader graph;

	ProgramProjectsController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Envelope", field = "projects")
	Map<Envelope, List<Project>> projectsOfEnvelopes(List<Envelope> envelopes) {
		return graph.related(ENVELOPE_PROJECTS, envelopes, Envelope::code, Project.class);
	}

	@BatchMapping(typeName = "PriorityArea", field = "projects")
	Map<PriorityArea, List<Project>> projectsOfPriorityAreas(List<PriorityArea> priorityAreas) {
		return graph.related(PRIORITY_AREA_PROJECTS, priorityAreas, PriorityArea::code, Project.class);
	}

	@BatchMapping(typeName = "Outcome", field = "results")
	Map<Outcome, List<Result>> resultsOfOutcomes(List<Outcome> outcomes) {
		return graph.related(OUTCOME_RESULTS, outcomes, Outcome::code, Result.class);
	}
}
