package ca.engagementgraph.leverage;

import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;

/** A result never raised on the channel asked for. */
public record UnleveragedResult(Result result, Project project, int daysSinceAchieved, boolean projectMentioned) {
}
