package ca.engagementgraph.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

	@BatchMapping(typeName = "Envelope", field = "projectTotals")
	Map<Envelope, ProjectTotals> projectTotalsOfEnvelopes(List<Envelope> envelopes) {
		return totals(ProjectQueries.projectTotals("Envelope", "FUNDED_BY"), envelopes, Envelope::code);
	}

	@BatchMapping(typeName = "PriorityArea", field = "projectTotals")
	Map<PriorityArea, ProjectTotals> projectTotalsOfPriorityAreas(List<PriorityArea> priorityAreas) {
		return totals(ProjectQueries.projectTotals("PriorityArea", "ADDRESSES"), priorityAreas, PriorityArea::code);
	}

	private <S> Map<S, ProjectTotals> totals(String cypher, List<S> sources, Function<S, String> keyOf) {
		var byKey = graph.rows(cypher, Map.of("keys", sources.stream().map(keyOf).toList()),
				(row, nodes) -> Map.entry(row.get("key").asString(),
						new ProjectTotals(row.get("count").asInt(), row.get("fundingCad").asLong())))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		var result = new LinkedHashMap<S, ProjectTotals>();
		for (S source : sources) {
			result.put(source, byKey.getOrDefault(keyOf.apply(source), new ProjectTotals(0, 0)));
		}
		return result;
	}

	@BatchMapping(typeName = "Outcome", field = "results")
	Map<Outcome, List<Result>> resultsOfOutcomes(List<Outcome> outcomes) {
		return graph.related(OUTCOME_RESULTS, outcomes, Outcome::code, Result.class);
	}
}
