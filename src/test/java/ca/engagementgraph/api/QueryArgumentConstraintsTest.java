package ca.engagementgraph.api;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query arguments are bound to the controllers with Bean Validation constraints ({@link PageSize}, the search
 * text's and the explorer's), and a value out of bounds is the same typed error as before: a stable code, the
 * argument at fault, and a sentence in the client's language saying what is accepted and what was sent; no data.
 */
@GraphIntegrationTest
class QueryArgumentConstraintsTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	ApplicationContext context;

	private record Refusal(String code, String argument, String message) {
	}

	private Refusal refusal(String language, String document) {
		var errors = new ArrayList<ResponseError>();
		graphQl.mutate().header("Accept-Language", language).build().document(document).execute()
			.errors().satisfy(errors::addAll);
		assertThat(errors).as(document).hasSize(1);
		Map<String, Object> extensions = errors.getFirst().getExtensions();
		return new Refusal((String) extensions.get("code"), (String) extensions.get("argument"),
				errors.getFirst().getMessage());
	}

	@Test
	void aPageSizeOutOfRangeIsRefusedWithItsBoundsInEnglishAndFrench() {
		assertThat(refusal("en", "{ countries(first: 101) { totalCount } }")).isEqualTo(new Refusal(
				"INVALID_PAGE_SIZE", "first", "'first' must be between 0 and 100, got 101."));
		assertThat(refusal("fr", "{ countries(first: 101) { totalCount } }")).isEqualTo(new Refusal(
				"INVALID_PAGE_SIZE", "first", "« first » doit être compris entre 0 et 100, reçu 101."));
		assertThat(refusal("en", "{ unleveragedResults(country: \"QM\", first: -1) { totalCount } }"))
			.isEqualTo(new Refusal("INVALID_PAGE_SIZE", "first", "'first' must be between 0 and 100, got -1."));
		assertThat(refusal("fr", "{ search(text: \"border\", first: 150) { key } }")).isEqualTo(new Refusal(
				"INVALID_PAGE_SIZE", "first", "« first » doit être compris entre 0 et 100, reçu 150."));
	}

	@Test
	void aQuarterNotWrittenYearDashQIsRefusedInsteadOfSelectingTheWrongRange() {
		assertThat(refusal("en", "{ tdStats(filter: {fromQuarter: \"2024Q1\"}) { totalCount } }")).isEqualTo(
				new Refusal("INVALID_QUARTER", "filter.fromQuarter",
						"A quarter is written YYYY-Qn, e.g. 2024-Q1 (the first quarter of 2024)."));
		assertThat(refusal("fr", "{ tdStats(filter: {toQuarter: \"2024-T1\"}) { totalCount } }")).isEqualTo(
				new Refusal("INVALID_QUARTER", "filter.toQuarter",
						"Un trimestre s'écrit AAAA-Tn, noté YYYY-Qn, p. ex. 2024-Q1 (le premier trimestre de 2024)."));
		graphQl.document("{ tdStats(filter: {fromQuarter: \"2024-Q1\", toQuarter: \"2024-Q4\"}) { totalCount } }")
			.execute().errors().verify();
	}

	@Test
	void anOrderingIsBoundFromItsInputWhicheverListItIsOn() {
		graphQl.document("""
				{ countries(orderBy: {field: NAME, direction: DESC}, first: 2) { nodes { iso2 } }
				  unleveragedResults(country: "QM", orderBy: {field: CODE}, first: 1) { totalCount } }
				""").execute().errors().verify();
	}

	@Test
	void theBoundsThemselvesAreAccepted() {
		graphQl.document("{ countries(first: 0) { totalCount } missions(first: 100) { totalCount } }").execute()
			.errors().verify();
		graphQl.document("{ neighbourhood(key: \"QM\", depth: 3, limit: 1) { truncated } }").execute()
			.errors().verify();
	}

	@Test
	void aSearchWithoutAWordOrTooLongIsRefusedInEnglishAndFrench() {
		assertThat(refusal("en", "{ search(text: \"   \") { key } }")).isEqualTo(new Refusal("INVALID_SEARCH_TEXT",
				"text", "'text' must contain at least one word."));
		assertThat(refusal("fr", "{ search(text: \"\") { key } }")).isEqualTo(new Refusal("INVALID_SEARCH_TEXT",
				"text", "« text » doit contenir au moins un mot."));
		String tooLong = "a".repeat(201);
		assertThat(refusal("en", "{ search(text: \"" + tooLong + "\") { key } }")).isEqualTo(new Refusal(
				"INVALID_SEARCH_TEXT", "text", "'text' must be at most 200 characters, got 201."));
		assertThat(refusal("fr", "{ search(text: \"" + tooLong + "\") { key } }")).isEqualTo(new Refusal(
				"INVALID_SEARCH_TEXT", "text", "« text » doit compter au plus 200 caractères, reçu 201."));
	}

	@Test
	void anExplorationTooDeepOrTooWideIsRefusedInEnglishAndFrench() {
		assertThat(refusal("en", "{ neighbourhood(key: \"QM\", depth: 4) { truncated } }")).isEqualTo(new Refusal(
				"INVALID_DEPTH", "depth", "'depth' must be between 1 and 3, got 4."));
		assertThat(refusal("fr", "{ neighbourhood(key: \"QM\", depth: 0) { truncated } }")).isEqualTo(new Refusal(
				"INVALID_DEPTH", "depth", "« depth » doit être compris entre 1 et 3, reçu 0."));
		assertThat(refusal("en", "{ neighbourhood(key: \"QM\", limit: 501) { truncated } }")).isEqualTo(new Refusal(
				"INVALID_LIMIT", "limit", "'limit' must be between 1 and 500, got 501."));
		assertThat(refusal("fr", "{ neighbourhood(key: \"QM\", limit: 0) { truncated } }")).isEqualTo(new Refusal(
				"INVALID_LIMIT", "limit", "« limit » doit être compris entre 1 et 500, reçu 0."));
	}

	@Test
	void twoArgumentsOutOfBoundsAreReportedOneAtATimeInTheOrderOfTheirNames() {
		assertThat(refusal("en", "{ neighbourhood(key: \"QM\", depth: 9, limit: 0) { truncated } }").code())
			.isEqualTo("INVALID_DEPTH");
	}

	/**
	 * The range of {@code first} is no longer checked by hand where the page is built, so a list field whose
	 * controller forgot the constraint would accept any size: every handler of a list has it.
	 */
	@Test
	void everyListControllerConstrainsItsPageSize() {
		var unchecked = new ArrayList<String>();
		int lists = 0;
		for (Object controller : context.getBeansWithAnnotation(Controller.class).values()) {
			Class<?> type = AopUtils.getTargetClass(controller);
			for (Method method : type.getDeclaredMethods()) {
				boolean handler = method.isAnnotationPresent(QueryMapping.class)
						|| method.isAnnotationPresent(SchemaMapping.class);
				List<Parameter> parameters = Arrays.asList(method.getParameters());
				boolean list = parameters.stream().anyMatch(p -> p.getType() == ScrollSubrange.class
						|| ScrollPosition.class.isAssignableFrom(p.getType())
						|| (p.isAnnotationPresent(Argument.class) && p.getName().equals("first")));
				if (!handler || !list) {
					continue;
				}
				lists++;
				boolean constrained = parameters.stream().anyMatch(p -> p.getName().equals("first")
						&& p.isAnnotationPresent(Argument.class) && p.isAnnotationPresent(PageSize.class));
				if (!constrained) {
					unchecked.add(type.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(lists).as("list fields found").isGreaterThan(20);
		assertThat(unchecked).as("list fields whose 'first' has no @PageSize").isEmpty();
	}
}
