package ca.engagementgraph.radar;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Hop;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.engagement.KeyMessage;
import ca.engagementgraph.leverage.Briefing;
import ca.engagementgraph.leverage.BriefingResult;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A planned meeting's agenda: the results coordinators accepted from the radar, to raise there. */
@Controller
class AgendaController {

	private static final Hop AGENDA = Hop.outgoing("Engagement", "ON_AGENDA", "Result");

	/** The agenda of a briefing's meeting, each result with its project and the key messages the reader may see. */
	private static final String BRIEFING_AGENDA = """
			MATCH (:Engagement {code: $engagement})-[:ON_AGENDA]->(result:Result)
			WHERE visible(result:Result)
			MATCH (result)-[:OF]->(project:Project)
			CALL (result, project) {
			  UNWIND [(result)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) | m]
			       + [(project)<-[:ABOUT]-(m:KeyMessage) WHERE visible(m:KeyMessage) | m] AS message
			  WITH DISTINCT message ORDER BY message.approvedOn DESC, message.code
			  RETURN collect(message) AS keyMessages
			}
			RETURN result, project, keyMessages
			ORDER BY result.code
			""";

	private final GraphReader graph;

	AgendaController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Engagement", field = "agenda")
	Map<Engagement, List<Result>> agenda(List<Engagement> engagements) {
		return graph.related(AGENDA, engagements, Engagement::code, Result.class);
	}

	@SchemaMapping(typeName = "Briefing", field = "agenda")
	List<BriefingResult> briefingAgenda(Briefing briefing) {
		return graph.rows(BRIEFING_AGENDA, Map.of("engagement", briefing.engagement().code()),
				(row, nodes) -> new BriefingResult(nodes.map(Result.class, row.get("result")),
						nodes.map(Project.class, row.get("project")),
						row.get("keyMessages").asList(message -> nodes.map(KeyMessage.class, message))));
	}
}
