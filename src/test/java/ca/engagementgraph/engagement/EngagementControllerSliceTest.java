package ca.engagementgraph.engagement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import ca.engagementgraph.ControllerSliceTest;
import ca.engagementgraph.country.Authority;
import ca.engagementgraph.country.Mission;
import ca.engagementgraph.api.read.GraphReader;
import ca.engagementgraph.project.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;

/**
 * The meeting record's controller in its slice: a meeting row mapped to its fields, its counterpart (a union of
 * mission, authority and organization) resolved to the right GraphQL type from the row's class, and the results
 * it raised fetched by batch. The rows are the test's own (the query class is a stub).
 */
@ControllerSliceTest
class EngagementControllerSliceTest {

	private static final Engagement OTTAWA_MEETING = new Engagement("E-1", LocalDate.of(2023, 9, 14), "HELD",
			"BILATERAL_MEETING", "OTTAWA", "DG", "Registrations raised", "Enregistrements soulevés", 3L, "UNCLASSIFIED");
	private static final Engagement FIELD_VISIT = new Engagement("E-2", LocalDate.of(2023, 10, 2), "PLANNED",
			"MONITORING_MISSION", "IN_COUNTRY", "WORKING", "Visit", "Visite", 1L, "UNCLASSIFIED");
	private static final Result RESULT = new Result("QM-R01", "Registrations doubled", "Enregistrements doublés",
			LocalDate.of(2023, 6, 30), "OUTCOME", null, null, null, null, null, null, 1L, "UNCLASSIFIED");

	@Autowired
	GraphQlTester graphQl;

	@Autowired
	GraphReader graph;

	@BeforeEach
	void freshStub() {
		Mockito.reset(graph);
	}

	/** Answers a batch from {@code rows} by the key the controller gives each source. */
	private static <T> Object byKey(Collection<Engagement> sources, Function<Engagement, String> keyOf,
			Map<String, T> rows) {
		var answer = new LinkedHashMap<Engagement, T>();
		sources.forEach(source -> {
			if (rows.containsKey(keyOf.apply(source))) {
				answer.put(source, rows.get(keyOf.apply(source)));
			}
		});
		return answer;
	}

	@Test
	void aMeetingRowBecomesItsFieldsAndItsCounterpartTheRightType() {
		doReturn(Optional.of(OTTAWA_MEETING)).when(graph).one(eq(Engagement.class),
				eq(EngagementQueries.ENGAGEMENT_BY_CODE), eq(Map.of("code", "E-1")));
		doAnswer(call -> byKey(call.getArgument(1), call.getArgument(2), Map.of("E-1",
				new Mission("QM-OTT", "Embassy of Qumaria", "Ambassade de Qumarie", "EMBASSY", "Ottawa"))))
			.when(graph).relatedOne(eq(EngagementQueries.ENGAGEMENT_COUNTERPART), anyCollection(), any(),
					eq(Object.class));
		graphQl.document("""
				{ engagement(code: "E-1") { code date status setting level summary(lang: FR)
				    counterpart { __typename ... on Mission { code city } } } }""")
			.execute()
			.path("engagement.date").entity(String.class).isEqualTo("2023-09-14")
			.path("engagement.status").entity(String.class).isEqualTo("HELD")
			.path("engagement.setting").entity(String.class).isEqualTo("OTTAWA")
			.path("engagement.summary").entity(String.class).isEqualTo("Enregistrements soulevés")
			.path("engagement.counterpart.__typename").entity(String.class).isEqualTo("Mission")
			.path("engagement.counterpart.city").entity(String.class).isEqualTo("Ottawa");
	}

	@Test
	void anAuthorityCounterpartIsAnAuthority() {
		doReturn(Optional.of(FIELD_VISIT)).when(graph).one(eq(Engagement.class), any(), any());
		doAnswer(call -> byKey(call.getArgument(1), call.getArgument(2),
				Map.of("E-2", new Authority("QM-REF", "Refugee agency", "Agence des réfugiés", "REFUGEE_AGENCY"))))
			.when(graph).relatedOne(eq(EngagementQueries.ENGAGEMENT_COUNTERPART), anyCollection(), any(),
					eq(Object.class));
		graphQl.document("{ engagement(code: \"E-2\") { counterpart { __typename ... on Authority { code } } } }")
			.execute()
			.path("engagement.counterpart.__typename").entity(String.class).isEqualTo("Authority")
			.path("engagement.counterpart.code").entity(String.class).isEqualTo("QM-REF");
	}

	@Test
	void theResultsEachMeetingRaisedAreFetchedInOneBatch() {
		doReturn(ca.engagementgraph.api.Connection.of(org.springframework.data.domain.Window.from(
				List.of(OTTAWA_MEETING, FIELD_VISIT), org.springframework.data.domain.ScrollPosition::offset), false,
				null)).when(graph).page(any(), org.mockito.ArgumentMatchers.anyMap(), any());
		doAnswer(call -> byKey(call.getArgument(1), call.getArgument(2),
				Map.of("E-1", List.of(RESULT), "E-2", List.of())))
			.when(graph).related(eq(EngagementQueries.ENGAGEMENT_RESULTS), anyCollection(), any(), eq(Result.class));
		graphQl.document("{ engagements { nodes { code raisedResults { code achievedOn } } } }")
			.execute()
			.path("engagements.nodes[0].raisedResults[0].code").entity(String.class).isEqualTo("QM-R01")
			.path("engagements.nodes[0].raisedResults[0].achievedOn").entity(String.class).isEqualTo("2023-06-30")
			.path("engagements.nodes[1].raisedResults").entityList(Object.class).hasSize(0);
		Mockito.verify(graph, Mockito.times(1)).related(eq(EngagementQueries.ENGAGEMENT_RESULTS), anyCollection(),
				any(), eq(Result.class));
	}
}
