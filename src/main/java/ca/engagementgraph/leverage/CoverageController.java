package ca.engagementgraph.leverage;

import java.util.ArrayList;
import java.util.List;

import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.department.Department;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.project.Project;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Question 2: leveraging coverage per country or per project. */
@Controller
class CoverageController {

	private final GraphReader graph;
	private final KnownCountries countries;

	CoverageController(GraphReader graph, KnownCountries countries) {
		this.graph = graph;
		this.countries = countries;
	}

	@QueryMapping
	List<CoverageRow> leveragingCoverage(@Argument @Nullable String country, @Argument @Nullable String by) {
		String iso2 = country == null ? null : countries.iso2Of(country, "country");
		// Read from the ledger's counters; a reader without clearance reads those of Unclassified records only.
		return graph.rows(LedgerQuestions.COVERAGE,
				Parameters.of("country", iso2, "by", by, "u", Visibility.cleared() ? "" : "U"),
				(row, nodes) -> new CoverageRow(nodes.map(Country.class, row.get("country")),
						row.get("project").isNull() ? null : nodes.map(Project.class, row.get("project")),
						row.get("results").asInt(), row.get("raisedAnywhere").asInt(), row.get("raisedInOttawa").asInt(),
						row.get("raisedInCountry").asInt(), byDepartment(row, nodes)));
	}

	/** The row's count per department, paired with the departments in the same (code) order. */
	private static List<DepartmentCoverage> byDepartment(Value row, ListQuery.NodeMapper nodes) {
		List<Value> departments = row.get("departments").asList(department -> department);
		List<Value> raised = row.get("raisedByDepartment").asList(count -> count);
		var coverage = new ArrayList<DepartmentCoverage>(departments.size());
		for (int i = 0; i < departments.size(); i++) {
			coverage.add(new DepartmentCoverage(nodes.map(Department.class, departments.get(i)), raised.get(i).asInt()));
		}
		return coverage;
	}
}
