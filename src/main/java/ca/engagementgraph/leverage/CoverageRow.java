package ca.engagementgraph.leverage;

import java.util.List;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.project.Project;
import org.jspecify.annotations.Nullable;

/** How well one country's (or one project's) results were leveraged. */
public record CoverageRow(Country country, @Nullable Project project, int results, int raisedAnywhere,
		int raisedInOttawa,
		int raisedInCountry, List<DepartmentCoverage> byDepartment) {

	public int neverRaisedInOttawa() {
		return results - raisedInOttawa;
	}

	public @Nullable Double ottawaCoverage() {
		return results == 0 ? null : (double) raisedInOttawa / results;
	}
}
