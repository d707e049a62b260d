package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.engagement.KeyMessage;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;

/** A result to raise at a planned meeting, with approved key messages. */
public record BriefingResult(Result result, Project project, List<KeyMessage> keyMessages) {
}
