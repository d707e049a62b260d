package ca.engagementgraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Keyset pagination over Relay connections: complete, ordered, bounded, and explicit about bad cursors. */
@GraphIntegrationTest
class PaginationTest {

	private static final String PAGE = """
			query($first: Int, $after: String, $orderBy: EngagementOrder) {
			  engagements(first: $first, after: $after, orderBy: $orderBy) {
			    totalCount
			    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
			    edges { cursor node { code date } }
			  }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void walkingAllPagesVisitsEveryRowOnceInOrder() {
		List<Map<String, Object>> seen = new ArrayList<>();
		String after = null;
		long total = -1;
		boolean hasNext = true;
		int pages = 0;
		while (hasNext) {
			var response = graphQl.document(PAGE).variable("first", 37).variable("after", after).execute();
			total = response.path("engagements.totalCount").entity(Long.class).get();
			List<Map<String, Object>> nodes = response.path("engagements.edges[*].node").entityList(
					new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
					}).get();
			seen.addAll(nodes);
			hasNext = response.path("engagements.pageInfo.hasNextPage").entity(Boolean.class).get();
			response.path("engagements.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(after != null);
			after = response.path("engagements.pageInfo.endCursor").entity(String.class).get();
			pages++;
		}
		assertThat(seen).hasSize((int) total);
		assertThat(seen).extracting(row -> row.get("code")).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo((int) Math.ceil(total / 37.0));
		// Default order: newest first, ties broken by code (descending).
		var expected = new ArrayList<>(seen);
		expected.sort(Comparator.comparing((Map<String, Object> row) -> LocalDate.parse((String) row.get("date")))
			.thenComparing(row -> (String) row.get("code")).reversed());
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	/**
	 * A country's nested lists never grow with the graph: each lists at most a page (100 by default, fewer when
	 * asked, newest meetings first), for a whole page of countries in one batch; the meetings are counted per
	 * quarter instead. The demo's Quebecia (QM) has 141 meetings, 132 of them held.
	 */
	@Test
	void aCountrysNestedListsStopAtTheirPageSize() {
		var profile = graphQl.document("""
				{ country(code: "QM") {
				    all: engagements { code }
				    newest: engagements(first: 3) { code }
				    projects(first: 1) { code }
				    meetingsPerQuarter { quarter ottawa elsewhere }
				    missions { engagements(first: 2) { code } }
				    authorities { engagements(first: 1) { code } projects(first: 1) { code } }
				  }
				  countries(first: 5) { nodes { iso2 engagements(first: 2) { code } } } }
				""").execute();
		List<String> all = profile.path("country.all[*].code").entityList(String.class).get();
		assertThat(all).hasSize(100);
		profile.path("country.newest[*].code").entityList(String.class).containsExactly(all.subList(0, 3).toArray(String[]::new));
		profile.path("country.projects").entityList(Object.class).hasSize(1);
		profile.path("country.missions[*].engagements").entityList(List.class)
			.satisfies(lists -> assertThat(lists).allSatisfy(list -> assertThat(list).hasSizeLessThanOrEqualTo(2)));
		List<Map<String, Object>> quarters = profile.path("country.meetingsPerQuarter").entityList(
				new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				}).get();
		assertThat(quarters.stream().mapToInt(q -> (Integer) q.get("ottawa") + (Integer) q.get("elsewhere")).sum())
			.isEqualTo(132);
		profile.path("countries.nodes[*].engagements").entityList(List.class)
			.satisfies(lists -> assertThat(lists).hasSize(5).allSatisfy(list -> assertThat(list).hasSizeLessThanOrEqualTo(2)));
		graphQl.document("{ country(code: \"QM\") { engagements(first: 101) { code } } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_PAGE_SIZE")));
	}

	@Test
	void aPageOfZeroRowsStillCountsTheTotal() {
		var response = graphQl.document(PAGE).variable("first", 0).execute();
		response.path("engagements.edges").entityList(Object.class).hasSize(0);
		response.path("engagements.totalCount").entity(Long.class).satisfies(total -> assertThat(total).isPositive());
		response.path("engagements.pageInfo.endCursor").valueIsNull();
	}

	@Test
	void pagingAfterTheLastRowGivesAnEmptyPage() {
		var ascending = Map.of("field", "CODE", "direction", "ASC");
		String after = null;
		boolean hasNext = true;
		List<String> codes = new ArrayList<>();
		while (hasNext) {
			var response = graphQl.document(PAGE).variable("first", 100).variable("after", after)
				.variable("orderBy", ascending).execute();
			codes.addAll(response.path("engagements.edges[*].node.code").entityList(String.class).get());
			hasNext = response.path("engagements.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("engagements.pageInfo.endCursor").entity(String.class).get();
		}
		assertThat(codes).isSorted();
		var beyond = graphQl.document(PAGE).variable("first", 100).variable("after", after)
			.variable("orderBy", ascending).execute();
		beyond.path("engagements.edges").entityList(Object.class).hasSize(0);
		beyond.path("engagements.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		beyond.path("engagements.pageInfo.endCursor").valueIsNull();
	}

	@Test
	void aPageLargerThanTheLimitIsRefusedWithItsReason() {
		graphQl.document(PAGE).variable("first", 101).execute()
			.errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).contains("'first' must be between 0 and 100");
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", "INVALID_PAGE_SIZE")
					.containsEntry("argument", "first");
			});
		graphQl.document(PAGE).variable("first", -1).execute()
			.errors().satisfy(errors -> assertThat(errors.getFirst().getExtensions()).containsEntry("code", "INVALID_PAGE_SIZE"));
	}

	@Test
	void aCursorThatWasNotIssuedHereIsRefusedClearly() {
		graphQl.document(PAGE).variable("first", 5).variable("after", "not-a-cursor").execute()
			.errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getMessage()).startsWith("The 'after' cursor is invalid");
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", "INVALID_CURSOR");
			});
	}

	@Test
	void aCursorIssuedForAnotherOrderingIsRefused() {
		String byDate = graphQl.document(PAGE).variable("first", 1).execute()
			.path("engagements.pageInfo.endCursor").entity(String.class).get();
		graphQl.document(PAGE).variable("first", 5).variable("after", byDate)
			.variable("orderBy", Map.of("field", "CODE", "direction", "ASC"))
			.execute()
			.errors().satisfy(errors -> {
				assertThat(errors.getFirst().getMessage()).contains("another ordering");
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", "INVALID_CURSOR");
			});
	}

	@Test
	void errorsNeverLeakInternals() {
		graphQl.document(PAGE).variable("first", 5).variable("after", "djF8REFURTpERVNDfER4eHh8a2V5").execute()
			.errors().satisfy(errors -> assertThat(errors.toString()).doesNotContain("Exception", "at ca.", "MATCH"));
	}
}
