package ca.engagementgraph;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Full-text search across node types, in both languages, robust to whatever a person types. */
@GraphIntegrationTest
class SearchTest {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@AfterEach
	void removeRecordedMeetings() {
		driver.executableQuery("MATCH (n:Engagement) WHERE n.code STARTS WITH 'ZS-' DETACH DELETE n").execute();
	}

	@Test
	void findsAMeetingTheMomentItIsRecordedThoughTheIndexIsEventuallyConsistent() {
		// A word no other record holds: only the meeting just recorded can match it.
		var input = MeetingInputs.ottawaMeeting("ZS-HOM-1").summary("Quokkasummit agreed", "Quokkasommet convenu").build();
		graphQl.document("""
				mutation($input: RecordEngagementInput!) {
				  recordEngagement(input: $input) { errors { code } }
				}
				""").variable("input", input).execute()
			.path("recordEngagement.errors").entityList(Object.class).hasSize(0);

		TestSupport.withUiQueries(graphQl).documentName("search").variable("text", "quokkasummit").execute()
			.path("search[*].key").entityList(String.class).containsExactly("ZS-HOM-1");
		TestSupport.withUiQueries(graphQl).documentName("search").variable("text", "Quokkasommet").execute()
			.path("search[*].key").entityList(String.class).containsExactly("ZS-HOM-1");
	}

	@Test
	void findsEntitiesOfDifferentTypesByAWordOfTheirLabels() {
		var response = TestSupport.withUiQueries(graphQl).documentName("search").variable("text", "border").execute();
		List<String> types = response.path("search[*].type").entityList(String.class).get();
		assertThat(types).isNotEmpty();
		assertThat(types.stream().distinct().count()).as("distinct node types in %s", types).isGreaterThan(1);
		response.path("search[*].node.__typename").entityList(String.class).satisfies(typenames ->
				assertThat(typenames).containsExactlyElementsOf(types));
	}

	@Test
	void findsFrenchWordsToo() {
		TestSupport.withUiQueries(graphQl).documentName("search").variable("text", "frontalière").execute()
			.path("search").entityList(Object.class).hasSizeGreaterThan(0);
	}

	@Test
	void findsACountryByItsCode() {
		TestSupport.withUiQueries(graphQl).documentName("search").variable("text", "CAN").execute()
			.path("search[*].key").entityList(String.class).contains("CA");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"(", "border AND", "*", "a:b OR c", "`MATCH (n) DETACH DELETE n`", "\\", "~~~", "NOT" })
	void textThatLooksLikeQuerySyntaxIsSearchedLiterallyWithoutError(String text) {
		TestSupport.withUiQueries(graphQl).documentName("search").variable("text", text).execute()
			.path("search").entityList(Object.class).satisfies(hits -> assertThat(hits).isNotNull());
	}

	@Test
	void blankTextIsRefusedWithItsReason() {
		TestSupport.withUiQueries(graphQl).documentName("search").variable("text", "  ").execute()
			.errors().satisfy(errors -> {
				assertThat(errors.getFirst().getMessage()).contains("at least one word");
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", "INVALID_SEARCH_TEXT");
			});
	}
}
