package ca.engagementgraph.leverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.ControllerSliceTest;
import ca.engagementgraph.api.Connection;
import ca.engagementgraph.language.Language;
import ca.engagementgraph.api.ListRequest;
import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.department.KnownDepartments;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.project.Project;
import ca.engagementgraph.project.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The headline question's controller in its slice: its arguments (country by alpha-3, channel, attending
 * department, asOf) bound to the question's parameters, and an answer row mapped to its fields. The answer rows
 * are the test's own (the query class is a stub); what the question answers is tested at the data level, over the
 * real Neo4j, in {@code ca.engagementgraph.leverage.questions}.
 */
@ControllerSliceTest
class UnleveragedResultsControllerSliceTest {

	private static final Project PROJECT = new Project("QM-P01", "Border posts", "Postes frontaliers", 2L,
			LocalDate.of(2021, 4, 1), LocalDate.of(2024, 3, 31), 900_000L, 1L);
	private static final Result RESULT = new Result("QM-R01", "Registrations doubled", "Enregistrements doublés",
			LocalDate.of(2023, 6, 30), "OUTCOME", null, null, 1380.0, 2900.0, null, null, 1L, "UNCLASSIFIED");

	@Autowired
	ExecutionGraphQlServiceTester graphQl;

	@Autowired
	GraphReader graph;

	@Autowired
	KnownCountries countries;

	@Autowired
	KnownDepartments departments;

	@BeforeEach
	void freshStubs() {
		Mockito.reset(graph, countries, departments);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theArgumentsBecomeTheQuestionsParameters() {
		when(countries.iso2Of("QMA", "country")).thenReturn("QM");
		doReturn(Connection.of(Window.from(List.of(new UnleveragedResult(RESULT, PROJECT, 12, true)),
				ScrollPosition::offset), false, 1L)).when(graph).page(any(), anyMap(), any());
		graphQl.document("""
				{ unleveragedResults(country: "QMA", channel: IN_COUNTRY, attendedBy: "CBSA", asOf: "2023-07-12", first: 5) {
				    totalCount nodes { result { code summary } project { code } daysSinceAchieved projectMentioned } } }""")
			.execute()
			.path("unleveragedResults.totalCount").entity(Long.class).isEqualTo(1L)
			.path("unleveragedResults.nodes[0].result.code").entity(String.class).isEqualTo("QM-R01")
			.path("unleveragedResults.nodes[0].result.summary").entity(String.class).isEqualTo("Registrations doubled")
			.path("unleveragedResults.nodes[0].project.code").entity(String.class).isEqualTo("QM-P01")
			.path("unleveragedResults.nodes[0].daysSinceAchieved").entity(Integer.class).isEqualTo(12)
			.path("unleveragedResults.nodes[0].projectMentioned").entity(Boolean.class).isEqualTo(true);
		verify(departments).require("CBSA", "attendedBy");
		var parameters = ArgumentCaptor.forClass(Map.class);
		var request = ArgumentCaptor.forClass(ListRequest.class);
		verify(graph).page(any(), parameters.capture(), request.capture());
		assertThat((Map<String, Object>) parameters.getValue()).containsEntry("country", "QM")
			.containsEntry("channel", "IN_COUNTRY")
			.containsEntry("attendedBy", "CBSA")
			.containsEntry("asOf", LocalDate.of(2023, 7, 12));
		assertThat(request.getValue().page().first()).isEqualTo(5);
		assertThat(request.getValue().ordering().field()).isEqualTo("ACHIEVED_ON");
		assertThat(request.getValue().ordering().descending()).isFalse();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theChannelIsOttawaUnlessAskedOtherwise() {
		when(countries.iso2Of("QM", "country")).thenReturn("QM");
		doReturn(Connection.of(Window.from(List.<UnleveragedResult>of(), ScrollPosition::offset), false, 0L))
			.when(graph).page(any(), anyMap(), any());
		graphQl.document("{ unleveragedResults(country: \"QM\") { totalCount } }").execute().errors().verify();
		var parameters = ArgumentCaptor.forClass(Map.class);
		verify(graph).page(any(), parameters.capture(), any());
		assertThat((Map<String, Object>) parameters.getValue()).containsEntry("channel", "OTTAWA")
			.containsEntry("attendedBy", null)
			.containsEntry("asOf", null);
		verifyNoInteractions(departments);
	}

	@Test
	void aPageSizeOutOfRangeIsRefusedInTheClientsLanguageBeforeAnythingIsRead() {
		graphQl.mutate()
			.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Language.class, Language.FR))
				.build())
			.build()
			.document("{ unleveragedResults(country: \"QM\", first: 250) { totalCount } }")
			.execute()
			.errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", "INVALID_PAGE_SIZE")
					.containsEntry("argument", "first");
				assertThat(errors.getFirst().getMessage())
					.isEqualTo("« first » doit être compris entre 0 et 100, reçu 250.");
			});
		verifyNoInteractions(graph, countries, departments);
	}
}
