package ca.engagementgraph.leverage;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.department.KnownDepartments;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Question 5: results a department never heard raised. */
@Controller
class DisseminationGapsController {

	private static final ListQuery.RowMapper<DisseminationGap> ROWS = (row, nodes) -> new DisseminationGap(
			nodes.map(Result.class, row.get("result")), nodes.map(Project.class, row.get("project")),
			nodes.map(Country.class, row.get("country")), row.get("raisedWithoutDepartment").asInt());

	private final GraphReader graph;
	private final KnownCountries countries;
	private final KnownDepartments departments;

	DisseminationGapsController(GraphReader graph, KnownCountries countries, KnownDepartments departments) {
		this.graph = graph;
		this.countries = countries;
		this.departments = departments;
	}

	@QueryMapping
	Connection<DisseminationGap> disseminationGaps(@Argument @Nullable String department, @Argument @Nullable String country,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		departments.require(department, "department");
		String iso2 = country == null ? null : countries.iso2Of(country, "country");
		// From the leverage ledger: the department's first-raised fact, Unclassified meetings only for a reader
		// without clearance.
		var question = ListQuery.paged(DisseminationGap.class,
				LedgerQuestions.disseminationGaps(department, !Visibility.cleared(), iso2 != null), ROWS);
		return graph.page(question, Parameters.of("country", iso2),
				ListRequest.of(env, subrange, first, "CODE", false));
	}
}
