package ca.engagementgraph.project;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ca.engagementgraph.model.ProjectStatus;
import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.country.Authority;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.department.Unit;
import ca.engagementgraph.api.read.FirstOf;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.api.read.Parameters;
import ca.engagementgraph.partner.Organization;
import ca.engagementgraph.program.Envelope;
import ca.engagementgraph.program.PriorityArea;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.project.ProjectQueries.*;

@Controller
class ProjectController {

	private final GraphReader graph;

	private static final String RESULTS = "Project.results";

	ProjectController(GraphReader graph, BatchLoaderRegistry loaders) {
		this.graph = graph;
		FirstOf.register(loaders, graph, RESULTS, PROJECT_RESULTS, Result.class);
	}

	record ProjectFilter(@Nullable String country, @Nullable String status, @Nullable String partner,
			@Nullable String priorityArea, @Nullable String envelope, @Nullable String designation,
			@Nullable LocalDate startFrom, @Nullable LocalDate startTo) {
	}

	@QueryMapping
	@Nullable Project project(@Argument String code) {
		return graph.one(Project.class, PROJECT_BY_CODE, Map.of("code", code)).orElse(null);
	}

	@QueryMapping
	Connection<Project> projects(@Argument @Nullable ProjectFilter filter,
			@Argument @PageSize @Nullable Integer first, ScrollSubrange subrange, DataFetchingEnvironment env) {
		var f = filter == null ? new ProjectFilter(null, null, null, null, null, null, null, null) : filter;
		Long statusCode = f.status() == null ? null : (long) ProjectStatus.valueOf(f.status()).code();
		return graph.page(PROJECTS,
				Parameters.of("country", CountryCodes.normalize(f.country()), "status", statusCode, "partner",
						f.partner(), "priorityArea", f.priorityArea(), "envelope", f.envelope(), "designation",
						f.designation(), "startFrom", f.startFrom(), "startTo", f.startTo()),
				ListRequest.of(env, subrange, first, "CODE", false));
	}

	@SchemaMapping
	String status(Project project) {
		return project.statusName();
	}

	/**
	 * How many results each project achieved that the reader may see: the leverage ledger's counter of the project
	 * (kept with every write), so that a profile counts a busy project's thousands of results without reading them; a
	 * project in no country has no counter, and its results are counted.
	 */
	@BatchMapping
	Map<Project, Integer> resultCount(List<Project> projects) {
		var counts = new HashMap<String, Integer>();
		graph.rows(RESULT_COUNTS, Map.of("codes", projects.stream().map(Project::code).distinct().toList()),
				(row, nodes) -> Map.entry(row.get("code").asString(), row.get("results").asInt()))
			.forEach(count -> counts.put(count.getKey(), count.getValue()));
		var byProject = new LinkedHashMap<Project, Integer>();
		projects.forEach(project -> byProject.put(project, counts.getOrDefault(project.code(), 0)));
		return byProject;
	}

	@BatchMapping
	Map<Project, Envelope> envelope(List<Project> projects) {
		return graph.relatedOne(PROJECT_ENVELOPE, projects, Project::code, Envelope.class);
	}

	@BatchMapping
	Map<Project, List<Organization>> partners(List<Project> projects) {
		return graph.related(PROJECT_PARTNERS, projects, Project::code, Organization.class);
	}

	@BatchMapping
	Map<Project, Country> country(List<Project> projects) {
		return graph.relatedOne(PROJECT_COUNTRY, projects, Project::code, Country.class);
	}

	@BatchMapping
	Map<Project, List<Authority>> beneficiaries(List<Project> projects) {
		return graph.related(PROJECT_BENEFICIARIES, projects, Project::code, Authority.class);
	}

	@BatchMapping
	Map<Project, List<PriorityArea>> priorityAreas(List<Project> projects) {
		return graph.related(PROJECT_PRIORITY_AREAS, projects, Project::code, PriorityArea.class);
	}

	@BatchMapping
	Map<Project, List<Unit>> managedBy(List<Project> projects) {
		return graph.related(PROJECT_UNITS, projects, Project::code, Unit.class);
	}

	/**
	 * At most a page of them, most recent first ({@code first}, 100 by default): a project of the busiest country at
	 * scale L has thousands, and a country's profile lists the results of each of its projects.
	 */
	@SchemaMapping(typeName = "Project", field = "results")
	CompletableFuture<List<Result>> results(Project project, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, RESULTS, project.code(), first);
	}
}
