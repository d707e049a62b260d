package ca.engagementgraph.leverage;

import java.time.LocalDate;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.ListQuery;
import ca.engagementgraph.api.read.Visibility;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.country.Mission;
import ca.engagementgraph.department.KnownDepartments;
import ca.engagementgraph.engagement.Engagement;
import ca.engagementgraph.model.Region;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * The program-wide gap the overview opens with: results never raised in Ottawa and missed Ottawa meetings across
 * every country (or a region's, or one country's), a page at a time, from the leverage ledger.
 */
@Controller
class ProgramGapController {

	private static final ListQuery.RowMapper<ProgramUnleveragedResult> RESULTS = (row,
			nodes) -> new ProgramUnleveragedResult(nodes.map(Result.class, row.get("result")),
					nodes.map(Project.class, row.get("project")), nodes.map(Country.class, row.get("country")),
					row.get("daysSinceAchieved").asInt());

	private static final ListQuery.RowMapper<ProgramMissedOpportunity> MEETINGS = (row,
			nodes) -> new ProgramMissedOpportunity(nodes.map(Engagement.class, row.get("engagement")),
					nodes.map(Country.class, row.get("country")),
					row.get("counterpart").isNull() ? null : nodes.map(Mission.class, row.get("counterpart")),
					row.get("couldHaveRaisedCount").asInt(),
					row.get("oldestWaiting").isNull() ? null : nodes.map(Result.class, row.get("oldestWaiting")));

	private final GraphReader graph;
	private final KnownCountries countries;
	private final KnownDepartments departments;

	ProgramGapController(GraphReader graph, KnownCountries countries, KnownDepartments departments) {
		this.graph = graph;
		this.countries = countries;
		this.departments = departments;
	}

	@QueryMapping
	Connection<ProgramUnleveragedResult> programUnleveragedResults(@Argument @Nullable String country,
			@Argument @Nullable Region region, @Argument @Nullable String designation, @Argument @Nullable String attendedBy,
			@Argument @Nullable LocalDate asOf, @Argument @PageSize @Nullable Integer first, ScrollSubrange subrange,
			DataFetchingEnvironment env) {
		// The reader's clearance picks the facts counting only Unclassified meetings, as for one country; the plain
		// question (no date, no department) is an ordered seek per country.
		var fact = LedgerQuestions.Fact.of("OTTAWA", !Visibility.cleared(), department(attendedBy));
		var question = ListQuery.paged(ProgramUnleveragedResult.class,
				ProgramGapQuestions.neverRaisedPages(fact, asOf != null), RESULTS);
		var parameters = where(country, region, designation, attendedBy);
		parameters.put("asOf", asOf);
		return graph.page(question, parameters, ListRequest.of(env, subrange, first, "ACHIEVED_ON", false));
	}

	@QueryMapping
	Connection<ProgramMissedOpportunity> programMissedOpportunities(@Argument @Nullable String country,
			@Argument @Nullable Region region, @Argument @Nullable String designation, @Argument @Nullable String attendedBy,
			@Argument @Nullable LocalDate from, @Argument @Nullable LocalDate to,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var question = ListQuery.paged(ProgramMissedOpportunity.class,
				ProgramGapQuestions.missedOpportunityPages(!Visibility.cleared(),
						country == null && region == null && designation == null,
						from != null || to != null || attendedBy != null), MEETINGS);
		var parameters = where(country, region, designation, department(attendedBy));
		parameters.put("from", from);
		parameters.put("to", to);
		return graph.page(question, parameters, ListRequest.of(env, subrange, first, "DATE", true));
	}

	private @Nullable String department(@Nullable String attendedBy) {
		if (attendedBy != null) {
			departments.require(attendedBy, "attendedBy");
		}
		return attendedBy;
	}

	/** The filters' parameters; {@code designation} reaches here from cleared readers only (@protectedB). */
	private java.util.Map<String, Object> where(@Nullable String country, @Nullable Region region,
			@Nullable String designation, @Nullable String attendedBy) {
		var parameters = new java.util.HashMap<String, Object>();
		parameters.put("country", country == null ? null : countries.iso2Of(country, "country"));
		parameters.put("region", region == null ? null : region.name());
		parameters.put("designation", designation);
		parameters.put("attendedBy", attendedBy);
		return parameters;
	}
}
