package ca.engagementgraph.engagement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ca.engagementgraph.api.PageSize;
import ca.engagementgraph.api.read.FirstOf;
import ca.engagementgraph.country.Authority;
import ca.engagementgraph.country.Country;
import ca.engagementgraph.country.Mission;
import ca.engagementgraph.api.read.GraphReader;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import static ca.engagementgraph.engagement.EngagementQueries.*;

/**
 * The meetings held about a country, with its missions and with its authorities: fields of {@code Country}, {@code
 * Mission} and {@code Authority} served here, where meetings are known, so that {@code country} needs nothing of
 * {@code engagement}. Each lists at most a page, newest first (a busy country has thousands of meetings), batch-loaded
 * for a whole page of countries, missions or authorities at once; the country's meetings per quarter are counted
 * instead of listed.
 */
@Controller
class CountryEngagementsController {

	private static final String OF_COUNTRIES = "Country.engagements";
	private static final String OF_MISSIONS = "Mission.engagements";
	private static final String OF_AUTHORITIES = "Authority.engagements";

	private final GraphReader graph;

	CountryEngagementsController(GraphReader graph, BatchLoaderRegistry loaders) {
		this.graph = graph;
		FirstOf.register(loaders, graph, OF_COUNTRIES, COUNTRY_ENGAGEMENTS, Engagement.class);
		FirstOf.register(loaders, graph, OF_MISSIONS, MISSION_ENGAGEMENTS, Engagement.class);
		FirstOf.register(loaders, graph, OF_AUTHORITIES, AUTHORITY_ENGAGEMENTS, Engagement.class);
	}

	@SchemaMapping(typeName = "Country", field = "engagements")
	CompletableFuture<List<Engagement>> engagementsOfCountry(Country country, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, OF_COUNTRIES, country.iso2(), first);
	}

	@SchemaMapping(typeName = "Mission", field = "engagements")
	CompletableFuture<List<Engagement>> engagementsOfMission(Mission mission, @Argument @PageSize @Nullable Integer first,
			DataFetchingEnvironment env) {
		return FirstOf.load(env, OF_MISSIONS, mission.code(), first);
	}

	@SchemaMapping(typeName = "Authority", field = "engagements")
	CompletableFuture<List<Engagement>> engagementsOfAuthority(Authority authority,
			@Argument @PageSize @Nullable Integer first, DataFetchingEnvironment env) {
		return FirstOf.load(env, OF_AUTHORITIES, authority.code(), first);
	}

	/** Held meetings about the country per quarter: counted in one query for a page of countries. */
	@BatchMapping(typeName = "Country", field = "meetingsPerQuarter")
	Map<Country, List<QuarterMeetings>> meetingsPerQuarter(List<Country> countries) {
		var byKey = new LinkedHashMap<String, Country>();
		countries.forEach(country -> byKey.put(country.iso2(), country));
		var result = new LinkedHashMap<Country, List<QuarterMeetings>>();
		countries.forEach(country -> result.put(country, new java.util.ArrayList<>()));
		graph.rows(MEETINGS_PER_QUARTER, Map.of("keys", List.copyOf(byKey.keySet())),
				(row, nodes) -> Map.entry(row.get("key").asString(), new QuarterMeetings(row.get("quarter").asString(),
						row.get("ottawa").asInt(), row.get("elsewhere").asInt())))
			.forEach(entry -> result.get(byKey.get(entry.getKey())).add(entry.getValue()));
		return result;
	}
}
