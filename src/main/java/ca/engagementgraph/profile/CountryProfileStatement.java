package ca.engagementgraph.profile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ca.engagementgraph.api.AskedFields;
import ca.engagementgraph.api.PageRequest;
import ca.engagementgraph.api.Projected;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.country.CountryProfileRead;
import ca.engagementgraph.model.DerivedConcepts;
import ca.engagementgraph.model.ProjectStatus;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A country page's question in one statement: the country and, for each list the client asked, what that list's own
 * field would have answered (the same neighbours, visibility tests, order and page), read together. The fields' own
 * statements stay the general way: this one answers only a selection within {@link #PATHS}, without aliases or
 * directives and with valid page sizes. {@code CountryProfileTest} holds the two ways to the same answers.
 */
@Component
class CountryProfileStatement implements CountryProfileRead {

	/** A country as a mission's {@code locatedIn} or {@code represents}: its own properties. */
	private static final String[] COUNTRY_FIELDS = "iso2 iso3 name nameEn nameFr region".split(" ");

	/** Every field the statement reads, by its path under {@code country}. */
	static final Set<String> PATHS = paths("""
			iso2 iso3 name nameEn nameFr region
			missions missions/code missions/name missions/nameEn missions/nameFr missions/kind missions/city
			missions/inCanada missions/locatedIn missions/represents
			hostedMissions hostedMissions/code hostedMissions/name hostedMissions/nameEn hostedMissions/nameFr
			hostedMissions/kind hostedMissions/city hostedMissions/inCanada hostedMissions/locatedIn
			hostedMissions/represents
			authorities authorities/code authorities/name authorities/nameEn authorities/nameFr authorities/kind
			projects projects/version projects/code projects/title projects/titleEn projects/titleFr projects/status
			projects/statusCode projects/start projects/end projects/fundingCad projects/sizeClass projects/resultCount
			projects/partners projects/partners/code projects/partners/name projects/partners/nameEn
			projects/partners/nameFr
			engagements engagements/version engagements/code engagements/date engagements/status engagements/kind
			engagements/setting engagements/level
			meetingsPerQuarter meetingsPerQuarter/quarter meetingsPerQuarter/ottawa meetingsPerQuarter/elsewhere
			sources sources/code sources/title sources/titleEn sources/titleFr sources/date sources/kind sources/uri
			""", "missions/locatedIn", "missions/represents", "hostedMissions/locatedIn", "hostedMissions/represents");

	/**
	 * Missions ({@code m}) in code order with the country each is located in and the country it represents, the first
	 * by code along each, as the fields' hops give them; in Canada when located there for another country.
	 */
	private static final String MISSIONS = """
			  OPTIONAL CALL (m) {
			    MATCH (m)-[:LOCATED_IN]->(n:Country) WHERE visible(n:Country)
			    RETURN n AS located ORDER BY n.iso2 LIMIT 1
			  }
			  OPTIONAL CALL (m) {
			    MATCH (m)-[:REPRESENTS]->(n:Country) WHERE visible(n:Country)
			    RETURN n AS represented ORDER BY n.iso2 LIMIT 1
			  }
			  WITH m, located, represented ORDER BY m.code
			  RETURN collect(m {.code, .nameEn, .nameFr, .kind, .city,
			                    locatedIn: located {.iso2, .iso3, .nameEn, .nameFr, .region},
			                    represents: represented {.iso2, .iso3, .nameEn, .nameFr, .region},
			                    inCanada: coalesce(located.iso2 = 'CA' AND represented.iso2 <> 'CA', false)})
			""";

	/**
	 * Each list runs only when asked ({@code $asks}), else it is empty. Each reads as its field's own statement does:
	 * the hops' visibility tests and orders, the projects' result counts from the ledger's counters (counted when a
	 * project has none), the meetings newest first: sorted when the country has a few hundred ({@link #WALK_ABOVE}), a
	 * page of the ledger's rows otherwise (an index walk, not a sort of a busy country's 70,000 meetings at scale L;
	 * for a few, the walk's index seek per meeting cost more than the sort), the meetings per quarter from the quarter
	 * counters. The walk's order and limit sit inside a subquery of its own, where the index gives the order: outside it,
	 * the planner read all of a busy country's rows (172,406 for A0 at L, 1.7 s) and sorted them. The sorting lists
	 * come first and the meetings are projected at the end: a sort's buffered rows carry every column already in scope,
	 * and Neo4j counts each against the transaction memory limit (the meetings sorted after the projects' lists were
	 * counted at 544 MB for a country at L, and eight at once hit the limit).
	 */
	static final String COUNTRY_PROFILE = """
			MATCH (c:Country)
			WHERE (c.iso2 = $code OR c.iso3 = $code) AND visible(c:Country)
			CALL (c) {
			  CALL (c) {
			    UNWIND CASE WHEN $asks.engagements AND COUNT { (c)<-[:CONCERNS]-() } <= $walkAbove THEN [c] ELSE [] END AS x
			    MATCH (x)<-[:CONCERNS]-(e:Engagement)
			    WHERE e.date IS NOT NULL AND visible(e:Engagement)
			    WITH e ORDER BY e.date DESC, e.code LIMIT $firstEngagements
			    RETURN e
			    UNION ALL
			    UNWIND CASE WHEN $asks.engagements AND COUNT { (c)<-[:CONCERNS]-() } > $walkAbove THEN [c.iso2] ELSE [] END AS country
			    CALL (country) {
			      MATCH (row:__MeetingLedger {concerns: true})
			      USING INDEX row:__MeetingLedger(country, concerns, date, meeting)
			      WHERE row.country = country AND row.date IS NOT NULL AND row.meeting IS NOT NULL AND ($cleared OR row.unclassified)
			      MATCH (e:Engagement {code: row.meeting})
			      WHERE visible(e:Engagement)
			      WITH e, row ORDER BY row.country DESC, row.concerns DESC, row.date DESC, row.meeting LIMIT $firstEngagements
			      RETURN e
			    }
			    RETURN e
			  }
			  WITH e ORDER BY e.date DESC, e.code
			  RETURN collect(e) AS engagements
			}
			CALL (c) {
			  UNWIND CASE WHEN $asks.projects THEN [c] ELSE [] END AS x
			  MATCH (x)<-[:IN]-(p:Project) WHERE visible(p:Project)
			  WITH x, p ORDER BY p.code LIMIT $firstProjects
			  OPTIONAL MATCH (counter:__ProjectLedger {country: x.iso2, project: p.code})
			  RETURN collect(p {.version, .code, .titleEn, .titleFr, status: $statusNames[toString(p.status)],
			                    statusCode: p.status, .start, .end, .fundingCad, sizeClass: %s,
			                    partners: COLLECT {
			                      MATCH (p)-[:IMPLEMENTED_BY]->(o:Organization) WHERE visible(o:Organization)
			                      RETURN o {.code, .nameEn, .nameFr} ORDER BY o.code
			                    },
			                    resultCount: CASE
			                      WHEN counter IS NULL THEN COUNT { (p)<-[:OF]-(r:Result) WHERE visible(r:Result) }
			                      WHEN $cleared THEN coalesce(counter.results, 0) ELSE coalesce(counter.resultsU, 0) END
			                   }) AS projects
			}
			CALL (c) {
			  UNWIND CASE WHEN $asks.missions THEN [c] ELSE [] END AS x
			  MATCH (x)<-[:REPRESENTS]-(m:Mission) WHERE visible(m:Mission)
			%2$s AS missions
			}
			CALL (c) {
			  UNWIND CASE WHEN $asks.hostedMissions THEN [c] ELSE [] END AS x
			  MATCH (x)<-[:LOCATED_IN]-(m:Mission) WHERE visible(m:Mission)
			%2$s AS hostedMissions
			}
			CALL (c) {
			  UNWIND CASE WHEN $asks.authorities THEN [c] ELSE [] END AS x
			  MATCH (x)<-[:OF]-(a:Authority) WHERE visible(a:Authority)
			  WITH a ORDER BY a.code
			  RETURN collect(a {.code, .nameEn, .nameFr, .kind}) AS authorities
			}
			CALL (c) {
			  UNWIND CASE WHEN $asks.meetingsPerQuarter THEN [c.iso2] ELSE [] END AS country
			  MATCH (counter:__QuarterLedger {country: country})
			  WHERE counter.quarter IS NOT NULL AND coalesce(counter[CASE WHEN $cleared THEN 'about' ELSE 'aboutU' END], 0) > 0
			  WITH counter.quarter AS quarter,
			       coalesce(counter[CASE WHEN $cleared THEN 'about' ELSE 'aboutU' END], 0) AS about,
			       coalesce(counter[CASE WHEN $cleared THEN 'aboutInOttawa' ELSE 'aboutInOttawaU' END], 0) AS ottawa
			  ORDER BY quarter
			  RETURN collect({quarter: quarter, ottawa: ottawa, elsewhere: about - ottawa}) AS meetingsPerQuarter
			}
			CALL (c) {
			  UNWIND CASE WHEN $asks.sources THEN [c] ELSE [] END AS x
			  MATCH (x)-[:SOURCED_FROM]->(s:Source) WHERE visible(s:Source)
			  WITH s ORDER BY s.code
			  RETURN collect(s {.code, .titleEn, .titleFr, .date, .kind, .uri}) AS sources
			}
			RETURN c {.iso2, .iso3, .nameEn, .nameFr, .region, missions: missions, hostedMissions: hostedMissions,
			          authorities: authorities, projects: projects,
			          engagements: [e IN engagements | e {.version, .code, .date, .status, .kind, .setting, .level}],
			          meetingsPerQuarter: meetingsPerQuarter, sources: sources} AS country
			""".formatted(DerivedConcepts.sizeClass("p"), MISSIONS.stripTrailing());

	/** Above this many meetings about a country, its newest are found by the ledger's walk rather than sorted. */
	static final int WALK_ABOVE = 500;

	/** The lists the statement reads, each run only when the selection asks for it. */
	private static final String[] LISTS = { "missions", "hostedMissions", "authorities", "projects", "engagements",
			"meetingsPerQuarter", "sources" };

	/** IATI status names by code, as the {@code status} field gives them. */
	private static final Map<String, String> STATUS_NAMES = Arrays.stream(ProjectStatus.values())
		.collect(Collectors.toUnmodifiableMap(status -> Integer.toString(status.code()), Enum::name));

	private final GraphReader graph;

	CountryProfileStatement(GraphReader graph) {
		this.graph = graph;
	}

	@Override
	public boolean answers(DataFetchingEnvironment env) {
		// Worth it once a list is asked: a country alone is one small statement either way.
		return Arrays.stream(LISTS).anyMatch(list -> AskedFields.asks(env, list)) && AskedFields.within(env, PATHS)
				&& AskedFields.pageSizesValid(env, "projects") && AskedFields.pageSizesValid(env, "engagements");
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable Projected country(String code, DataFetchingEnvironment env) {
		var asks = new HashMap<String, Boolean>();
		for (String list : LISTS) {
			asks.put(list, AskedFields.asks(env, list));
		}
		var rows = graph.plainRows(COUNTRY_PROFILE,
				parameters(code, asks, AskedFields.largestPage(env, null, "projects", PageRequest.MAX_PAGE_SIZE),
						AskedFields.largestPage(env, null, "engagements", PageRequest.MAX_PAGE_SIZE), WALK_ABOVE));
		return rows.isEmpty() ? null : Projected.of((Map<String, ?>) rows.getFirst().get("country"));
	}

	/** The statement's parameters: the lists asked, their page sizes, and when meetings are walked, not sorted. */
	static Map<String, Object> parameters(String code, Map<String, Boolean> asks, int firstProjects,
			int firstEngagements, int walkAbove) {
		var parameters = new HashMap<String, Object>();
		parameters.put("code", code);
		parameters.put("asks", Map.copyOf(asks));
		parameters.put("firstProjects", firstProjects);
		parameters.put("firstEngagements", firstEngagements);
		parameters.put("statusNames", STATUS_NAMES);
		parameters.put("walkAbove", walkAbove);
		return parameters;
	}

	/** Every list of the statement, asked. */
	static Map<String, Boolean> everyList() {
		var asks = new HashMap<String, Boolean>();
		for (String list : LISTS) {
			asks.put(list, true);
		}
		return asks;
	}

	/** The paths of a text, each a field under {@code country}; a country below {@code countries} has its own. */
	private static Set<String> paths(String text, String... countries) {
		var paths = new java.util.HashSet<String>(Arrays.asList(text.trim().split("\\s+")));
		for (String country : countries) {
			for (String field : COUNTRY_FIELDS) {
				paths.add(country + "/" + field);
			}
		}
		return Set.copyOf(paths);
	}
}
