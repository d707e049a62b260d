package ca.engagementgraph.country;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ca.engagementgraph.ControllerSliceTest;
import ca.engagementgraph.api.Connection;
import ca.engagementgraph.api.ListRequest;
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
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The country controller in its slice: the code argument normalized, list arguments bound into the page request,
 * a page size out of range refused before any read, and the missions of a whole page fetched in one batch. The
 * rows are the test's own (the query class is a stub, see {@link ca.engagementgraph.ControllerSliceStubs}).
 */
@ControllerSliceTest
class CountryControllerSliceTest {

	private static final Country QM = new Country("QM", "QMA", "Qumaria", "Qumarie", "AMERICAS");
	private static final Country QN = new Country("QN", "QNA", "Quneland", "Qunelande", "AFRICA");
	private static final Map<String, List<Mission>> MISSIONS = Map.of(
			"QM", List.of(new Mission("QM-OTT", "Embassy of Qumaria", "Ambassade de Qumarie", "EMBASSY", "Ottawa")),
			"QN", List.of());

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	GraphReader graph;

	@BeforeEach
	void freshStub() {
		Mockito.reset(graph);
	}

	@Test
	void aCountryIsLookedUpByItsCodeTrimmedAndInCapitals() {
		doReturn(Optional.of(QM)).when(graph).one(eq(Country.class), eq(CountryQueries.COUNTRY_BY_CODE),
				eq(Map.of("code", "QM")));
		graphQl.document("{ country(code: \" qm \") { iso2 iso3 name nameFr french: name(lang: FR) region } }")
			.execute()
			.path("country.iso2").entity(String.class).isEqualTo("QM")
			.path("country.name").entity(String.class).isEqualTo("Qumaria")
			.path("country.french").entity(String.class).isEqualTo("Qumarie")
			.path("country.region").entity(String.class).isEqualTo("AMERICAS");
	}

	@Test
	void theListArgumentsBecomeThePageRequest() {
		doReturn(Connection.of(Window.from(List.of(QN, QM), ScrollPosition::offset), false, 2L)).when(graph)
			.page(any(), anyMap(), any());
		graphQl.document("""
				{ countries(filter: {region: AFRICA}, orderBy: {field: NAME, direction: DESC}, first: 7) {
				    totalCount nodes { iso2 } } }""")
			.execute()
			.path("countries.totalCount").entity(Long.class).isEqualTo(2L)
			.path("countries.nodes[*].iso2").entityList(String.class).containsExactly("QN", "QM");
		var filter = ArgumentCaptor.forClass(Map.class);
		var request = ArgumentCaptor.forClass(ListRequest.class);
		verify(graph).page(eq(CountryQueries.COUNTRIES), filter.capture(), request.capture());
		assertThat(filter.getValue()).containsEntry("region", "AFRICA");
		assertThat(request.getValue().page().first()).isEqualTo(7);
		assertThat(request.getValue().ordering().field()).isEqualTo("NAME");
		assertThat(request.getValue().ordering().descending()).isTrue();
		assertThat(request.getValue().withTotal()).isTrue();
	}

	@Test
	void withoutArgumentsAPageIsTwentyRowsByNameAndNotCounted() {
		doReturn(Connection.of(Window.from(List.of(QM), ScrollPosition::offset), false, null)).when(graph)
			.page(any(), anyMap(), any());
		graphQl.document("{ countries { nodes { iso2 } } }").execute().errors().verify();
		var request = ArgumentCaptor.forClass(ListRequest.class);
		verify(graph).page(eq(CountryQueries.COUNTRIES), anyMap(), request.capture());
		assertThat(request.getValue().page().first()).isEqualTo(20);
		assertThat(request.getValue().ordering()).isEqualTo(new ca.engagementgraph.api.read.Ordering("NAME", false));
		assertThat(request.getValue().withTotal()).isFalse();
	}

	@Test
	void aPageSizeOutOfRangeIsRefusedBeforeAnythingIsRead() {
		graphQl.document("{ countries(first: 101) { totalCount } }").execute()
			.errors().satisfy(errors -> {
				assertThat(errors).hasSize(1);
				assertThat(errors.getFirst().getExtensions()).containsEntry("code", "INVALID_PAGE_SIZE")
					.containsEntry("argument", "first");
				assertThat(errors.getFirst().getMessage()).isEqualTo("'first' must be between 0 and 100, got 101.");
			});
		verifyNoInteractions(graph);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theMissionsOfAWholePageAreFetchedInOneBatch() {
		doReturn(Connection.of(Window.from(List.of(QM, QN), ScrollPosition::offset), false, null)).when(graph)
			.page(any(), anyMap(), any());
		doAnswer(call -> {
			Collection<Country> countries = call.getArgument(1);
			Function<Country, String> keyOf = call.getArgument(2);
			var answer = new LinkedHashMap<Country, List<Mission>>();
			countries.forEach(country -> answer.put(country, MISSIONS.get(keyOf.apply(country))));
			return answer;
		}).when(graph).related(eq(CountryQueries.COUNTRY_MISSIONS), anyCollection(), any(), eq(Mission.class));
		graphQl.document("{ countries { nodes { iso2 missions { code kind city } } } }").execute()
			.path("countries.nodes[0].missions[*].code").entityList(String.class).containsExactly("QM-OTT")
			.path("countries.nodes[0].missions[0].city").entity(String.class).isEqualTo("Ottawa")
			.path("countries.nodes[1].missions").entityList(Object.class).hasSize(0);
		var batch = ArgumentCaptor.forClass(Collection.class);
		verify(graph, times(1)).related(eq(CountryQueries.COUNTRY_MISSIONS), batch.capture(), any(),
				eq(Mission.class));
		assertThat((Collection<Country>) batch.getValue()).containsExactly(QM, QN);
	}
}
