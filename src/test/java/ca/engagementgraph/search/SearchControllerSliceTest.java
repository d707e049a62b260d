package ca.engagementgraph.search;

import java.util.Map;

import ca.engagementgraph.ControllerSliceTest;
import ca.engagementgraph.language.Language;
import ca.engagementgraph.api.read.GraphReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search's arguments in the controller slice: the text's and the page size's constraints refuse a request before
 * any query runs, in the client's language. (Only refusals here: the search itself is a full-text query, tested
 * over the real Neo4j in {@code SearchTest}; the client below is a stub that must never be called.)
 */
@ControllerSliceTest
class SearchControllerSliceTest {

	@Autowired
	ExecutionGraphQlServiceTester graphQl;

	@Autowired
	Neo4jClient client;

	@Autowired
	GraphReader graph;

	@BeforeEach
	void freshStubs() {
		Mockito.reset(client, graph);
	}

	private void refused(Language language, String document, String code, String argument, String message) {
		graphQl.mutate()
			.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Language.class, language))
				.build())
			.build()
			.document(document)
			.execute()
			.errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", code)
					.containsEntry("argument", argument);
				assertThat(errors.getFirst().getMessage()).isEqualTo(message);
			});
		Mockito.verifyNoInteractions(client, graph);
	}

	@Test
	void aTextWithoutAWordIsRefused() {
		refused(Language.EN, "{ search(text: \" \\t \") { key } }", "INVALID_SEARCH_TEXT", "text",
				"'text' must contain at least one word.");
		refused(Language.FR, "{ search(text: \"\") { key } }", "INVALID_SEARCH_TEXT", "text",
				"« text » doit contenir au moins un mot.");
	}

	@Test
	void aTextTooLongIsRefusedWithItsLength() {
		String text = "b".repeat(SearchController.MAX_TEXT_LENGTH + 5);
		refused(Language.EN, "{ search(text: \"" + text + "\") { key } }", "INVALID_SEARCH_TEXT", "text",
				"'text' must be at most 200 characters, got 205.");
		refused(Language.FR, "{ search(text: \"" + text + "\") { key } }", "INVALID_SEARCH_TEXT", "text",
				"« text » doit compter au plus 200 caractères, reçu 205.");
	}

	@Test
	void aPageSizeOutOfRangeIsRefused() {
		refused(Language.EN, "{ search(text: \"border\", first: 101) { key } }", "INVALID_PAGE_SIZE", "first",
				"'first' must be between 0 and 100, got 101.");
	}
}
