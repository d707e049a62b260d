package ca.engagementgraph.leverage;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;

/** A result never raised with its country's mission in Canada, in the program-wide list. */
public record ProgramUnleveragedResult(Result result, Project project, Country country, int daysSinceAchieved) {
}
