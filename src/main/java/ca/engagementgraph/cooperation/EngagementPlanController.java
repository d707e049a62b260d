package ca.engagementgraph.cooperation;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.department.Department;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.cooperation.CooperationQueries.*;

@Controller
class EngagementPlanController {

	private final GraphReader graph;

	EngagementPlanController(GraphReader graph) {
		this.graph = graph;
	}

	record EngagementPlanFilter(@Nullable String country, @Nullable String department) {
	}

	@QueryMapping
	@Nullable EngagementPlan engagementPlan(@Argument String code) {
		return graph.one(EngagementPlan.class, PLAN_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<EngagementPlan> engagementPlans(@Argument @Nullable EngagementPlanFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new EngagementPlanFilter(null, null) : filter;
		return graph.page(PLANS, Parameters.of("country", CountryCodes.normalize(f.country()), "department",
				f.department()), ListRequest.of(env, subrange, first, "APPROVED_ON", false));
	}

	@BatchMapping
	Map<EngagementPlan, Country> country(List<EngagementPlan> plans) {
		return graph.relatedOne(PLAN_COUNTRY, plans, EngagementPlan::code, Country.class);
	}

	@BatchMapping
	Map<EngagementPlan, List<PlanRole>> roles(List<EngagementPlan> plans) {
		return graph.relatedWith(PLAN_ROLES, plans, EngagementPlan::code, (plan, department,
				relationship) -> new PlanRole((Department) department, (String) relationship.get("role"), plan));
	}

	@BatchMapping(typeName = "Department")
	Map<Department, List<PlanRole>> planRoles(List<Department> departments) {
		return graph.relatedWith(DEPARTMENT_PLAN_ROLES, departments, Department::code, (department, plan,
				relationship) -> new PlanRole(department, (String) relationship.get("role"), (EngagementPlan) plan));
	}

	@BatchMapping(typeName = "Country")
	Map<Country, List<EngagementPlan>> engagementPlans(List<Country> countries) {
		return graph.related(COUNTRY_PLANS, countries, Country::iso2, EngagementPlan.class);
	}
}
