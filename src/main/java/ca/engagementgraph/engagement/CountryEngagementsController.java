package ca.engagementgraph.engagement;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.country.Authority;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.Mission;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

/**
 * The meetings held about a country, with its missions and with its authorities: fields of {@code Country}, {@code
 * Mission} and {@code Authority} served here, where meetings are known, so that {@code country} needs nothing of
 * {@code engagement}.
 */
@Controller
class CountryEngagementsController {

	private final GraphReader graph;

	CountryEngagementsController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Country", field = "engagements")
	Map<Country, List<Engagement>> engagementsOfCountries(List<Country> countries) {
		return graph.related(COUNTRY_ENGAGEMENTS, countries, Country::iso2, Engagement.class);
	}

	@BatchMapping(typeName = "Mission", field = "engagements")
	Map<Mission, List<Engagement>> engagementsOfMissions(List<Mission> missions) {
		return graph.related(MISSION_ENGAGEMENTS, missions, Mission::code, Engagement.class);
	}

	@BatchMapping(typeName = "Authority", field = "engagements")
	Map<Authority, List<Engagement>> engagementsOfAuthorities(List<Authority> authorities) {
		return graph.related(AUTHORITY_ENGAGEMENTS, authorities, Authority::code, Engagement.class);
	}
}
