package ca.engagementgraph.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.ControllerSliceTest;
import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.read.GraphReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;

/**
 * The project controller in its slice: the filter record bound from the GraphQL input (the status enum to its IATI
 * code, the country code in capitals, dates as dates), and a project row mapped to its derived fields (status
 * name and code, size class). The rows are the test's own (the query class is a stub).
 */
@ControllerSliceTest
class ProjectControllerSliceTest {

	private static final Project SMALL = new Project("QM-P01", "Border posts", "Postes frontaliers", 2L,
			LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31), 249_999L, 1L);
	private static final Project LARGE = new Project("QM-P02", "Asylum registry", "Registre d'asile", 4L,
			LocalDate.of(2020, 4, 1), LocalDate.of(2023, 3, 31), 250_000L, 1L);

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	GraphReader graph;

	@BeforeEach
	void freshStub() {
		Mockito.reset(graph);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theFilterBindsToItsRecordWithTheStatusAsItsIatiCode() {
		doReturn(Connection.of(Window.from(List.of(SMALL), ScrollPosition::offset), false, null)).when(graph)
			.page(any(), anyMap(), any());
		graphQl.document("""
				{ projects(filter: {country: "qma", status: IMPLEMENTATION, startFrom: "2021-01-01", partner: "IOM"}) {
				    nodes { code } } }""")
			.execute().errors().verify();
		var filter = ArgumentCaptor.forClass(Map.class);
		verify(graph).page(eq(ProjectQueries.PROJECTS), filter.capture(), any());
		assertThat((Map<String, Object>) filter.getValue()).containsEntry("country", "QMA")
			.containsEntry("status", 2L)
			.containsEntry("startFrom", LocalDate.of(2021, 1, 1))
			.containsEntry("partner", "IOM");
	}

	@Test
	void aProjectRowBecomesItsStatusNameCodeAndSizeClass() {
		doReturn(Connection.of(Window.from(List.of(SMALL, LARGE), ScrollPosition::offset), false, null)).when(graph)
			.page(any(), anyMap(), any());
		graphQl.document("{ projects { nodes { code status statusCode sizeClass fundingCad title(lang: FR) } } }")
			.execute()
			.path("projects.nodes[*].status").entityList(String.class).containsExactly("IMPLEMENTATION", "CLOSED")
			.path("projects.nodes[*].statusCode").entityList(Integer.class).containsExactly(2, 4)
			// The size-class threshold is $250,000: below is small, from it on large (DOMAIN.md).
			.path("projects.nodes[*].sizeClass").entityList(String.class).containsExactly("SMALL", "LARGE")
			.path("projects.nodes[1].title").entity(String.class).isEqualTo("Registre d'asile");
	}

	@Test
	void anImpossibleDateInTheFilterIsRefusedBeforeAnythingIsRead() {
		graphQl.document("{ projects(filter: {startFrom: \"2023-02-29\"}) { nodes { code } } }").execute()
			.errors().satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(error -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_DATE")));
		Mockito.verifyNoInteractions(graph);
	}
}
