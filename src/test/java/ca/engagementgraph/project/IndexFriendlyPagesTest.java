package ca.engagementgraph.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.api.Language;
import ca.engagementgraph.graph.GraphReader;
import ca.engagementgraph.graph.Ordering;
import ca.engagementgraph.graph.Visibility;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of a list is read from an index in order: each ordering is its own query sorting on the property (a range
 * index on it, V0012), the cursor a range on that property, so the database stops after the page's rows instead of
 * sorting the whole list (which a {@code CASE} sort expression forced). And every ordering still pages through every
 * row once, in order.
 */
@GraphIntegrationTest
class IndexFriendlyPagesTest {

	private static final List<String> ORDERINGS = List.of("CODE", "TITLE", "START", "FUNDING");

	@Autowired
	GraphReader graph;

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void everyProjectOrderingIsReadFromAnIndexWithoutSortingTheList() {
		for (String field : ORDERINGS) {
			for (boolean descending : List.of(false, true)) {
				for (boolean after : List.of(false, true)) {
					String cypher = Visibility.expand(
							graph.pageCypher(ProjectQueries.PROJECTS, new Ordering(field, descending), Language.FR, after));
					var parameters = new HashMap<String, Object>();
					for (String name : List.of("status", "startFrom", "startTo", "country", "partner", "priorityArea",
							"envelope", "designation", "afterValue", "afterKey")) {
						parameters.put(name, null);
					}
					parameters.put("limit", 21);
					parameters.put("today", java.time.LocalDate.of(2026, 11, 21));
					parameters.put(Visibility.CLEARED, true);
					Plan plan;
					try (var session = driver.session()) {
						plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
					}
					var operators = operators(plan);
					String ordering = field + (descending ? " DESC" : "") + (after ? " after a cursor" : "");
					assertThat(operators).as(ordering).noneMatch(op -> op.startsWith("Sort") || op.startsWith("Top"));
					assertThat(operators).as(ordering).anyMatch(op -> op.startsWith("NodeIndex") || op.startsWith("NodeUniqueIndex"));
				}
			}
		}
	}

	@Test
	void everyProjectOrderingPagesThroughEveryRowOnceInOrder() {
		var inFrench = graphQl.mutate().header("Accept-Language", "fr").build();
		Map<String, Comparator<Map<String, Object>>> orders = Map.of(
				"CODE", Comparator.comparing(row -> (String) row.get("code")),
				// Neo4j orders strings by code point, as String's natural order does.
				"TITLE", Comparator.comparing(row -> (String) row.get("title")),
				"START", Comparator.comparing(row -> (String) row.get("start")),
				"FUNDING", Comparator.comparing(row -> ((Number) row.get("fundingCad")).longValue()));
		for (String field : ORDERINGS) {
			for (String direction : List.of("ASC", "DESC")) {
				List<Map<String, Object>> seen = new ArrayList<>();
				String after = null;
				boolean hasNext = true;
				long total = 0;
				while (hasNext) {
					var response = inFrench.document("""
							query($after: String, $orderBy: ProjectOrder) {
							  projects(first: 7, after: $after, orderBy: $orderBy) {
							    totalCount
							    pageInfo { hasNextPage endCursor }
							    nodes { code title(lang: FR) start fundingCad }
							  }
							}
							""").variable("after", after).variable("orderBy", Map.of("field", field, "direction", direction))
						.execute();
					seen.addAll(response.path("projects.nodes").entityList(new ParameterizedTypeReference<Map<String, Object>>() {
					}).get());
					total = response.path("projects.totalCount").entity(Long.class).get();
					hasNext = response.path("projects.pageInfo.hasNextPage").entity(Boolean.class).get();
					after = response.path("projects.pageInfo.endCursor").entity(String.class).get();
				}
				assertThat(seen).as(field + " " + direction).hasSize((int) total);
				assertThat(seen).extracting(row -> row.get("code")).doesNotHaveDuplicates();
				Comparator<Map<String, Object>> order = orders.get(field)
					.thenComparing(row -> (String) row.get("code"));
				assertThat(seen).as(field + " " + direction)
					.isSortedAccordingTo(direction.equals("DESC") ? order.reversed() : order);
			}
		}
	}

	private static List<String> operators(Plan plan) {
		var all = new ArrayList<String>();
		all.add(plan.operatorType());
		plan.children().forEach(child -> all.addAll(operators(child)));
		return all;
	}
}
