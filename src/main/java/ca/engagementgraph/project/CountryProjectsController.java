package ca.engagementgraph.project;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.api.read.FirstOf;
import ca.engagementgraph.country.Authority;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.api.read.GraphReader;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.project.ProjectQueries.*;

/**
 * The projects in a country and those benefiting an authority: fields of {@code Country} and {@code Authority}
 * served here, where projects are known, so that {@code country} needs nothing of {@code project}. Each lists at
 * most a page, batch-loaded for a whole page of countries or authorities at once.
 */
@Controller
class CountryProjectsController {

	private static final String OF_COUNTRIES = "Country.projects";
	private static final String OF_AUTHORITIES = "Authority.projects";

	CountryProjectsController(GraphReader graph, BatchLoaderRegistry loaders) {
		FirstOf.register(loaders, graph, OF_COUNTRIES, COUNTRY_PROJECTS, Project.class);
		FirstOf.register(loaders, graph, OF_AUTHORITIES, AUTHORITY_PROJECTS, Project.class);
	}

	@SchemaMapping(typeName = "Country", field = "projects")
	CompletableFuture<List<Project>> projectsOfCountry(Country country, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, OF_COUNTRIES, country.iso2(), first);
	}

	@SchemaMapping(typeName = "Authority", field = "projects")
	CompletableFuture<List<Project>> projectsOfAuthority(Authority authority, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, OF_AUTHORITIES, authority.code(), first);
	}
}
