package ca.engagementgraph.radar;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;

/** A result no planned meeting of the period can raise on a channel. */
public record UnplannedResult(Result result, Project project, Country country, String channel, int daysWaited) {
}
