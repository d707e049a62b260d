package ca.engagementgraph.leverage;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;

/** A result never raised at a meeting the department attended. */
public record DisseminationGap(Result result, Project project, Country country, int raisedWithoutDepartment) {
}
