package ca.engagementgraph.project;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.country.Authority;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.project.ProjectQueries.*;

/**
 * The projects in a country and those benefiting an authority: fields of {@code Country} and {@code Authority}
 * served here, where projects are known, so that {@code country} needs nothing of {@code project}.
 */
@Controller
class CountryProjectsController {

	private final GraphReader graph;

	CountryProjectsController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Country", field = "projects")
	Map<Country, List<Project>> projectsOfCountries(List<Country> countries) {
		return graph.related(COUNTRY_PROJECTS, countries, Country::iso2, Project.class);
	}

	@BatchMapping(typeName = "Authority", field = "projects")
	Map<Authority, List<Project>> projectsOfAuthorities(List<Authority> authorities) {
		return graph.related(AUTHORITY_PROJECTS, authorities, Authority::code, Project.class);
	}
}
