package ca.engagementgraph.project;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's {@code resultCount} (read from the leverage ledger's counters, so that a country profile counts a busy
 * project's results without reading them) is the number of results the same reader sees listed: the Protected B ones
 * only for a cleared reader.
 */
@GraphIntegrationTest
class ProjectResultCountTest {

	private static final String EVERY_PROJECT = """
			{ projects(first: 100) { pageInfo { hasNextPage } nodes { code resultCount results(first: 100) { code } } } }""";

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@ValueSource(strings = { "analyst", "viewer" })
	@SuppressWarnings("unchecked")
	void everyProjectCountsTheResultsItsReaderSees(String reader) {
		var response = TestSupport.as(graphQl, reader).document(EVERY_PROJECT).execute();
		response.errors().verify();
		List<Map<String, Object>> projects = response.path("projects.nodes").entity(List.class).get();
		assertThat(projects).isNotEmpty().allSatisfy(project -> assertThat(project.get("resultCount"))
			.as("%s's result count for %s", project.get("code"), reader)
			.isEqualTo(((List<?>) project.get("results")).size()));
		assertThat(projects.stream().mapToInt(project -> (Integer) project.get("resultCount")).sum()).isPositive();
	}
}
