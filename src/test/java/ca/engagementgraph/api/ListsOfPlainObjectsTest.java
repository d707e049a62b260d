package ca.engagementgraph.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of objects read by property only is answered exactly as graphql-java answers it, errors included, with its
 * fields read in one loop; whatever the loop does not handle is left to graphql-java for the whole list.
 */
class ListsOfPlainObjectsTest {

	record Child(String code, @Nullable Double x) {
	}

	record Row(String code, @Nullable Integer n, String labelEn, String labelFr, String kind, List<String> tags,
			@Nullable Child child, List<Child> children, @Nullable String missing) {
	}

	private static final String SCHEMA = """
			type Query { rows: [Row!]! maybe: [Row] nested: [[Child!]!]! }
			type Row {
			  code: String! n: Int label(lang: Lang = EN): String kind: Kind tags: [String!]! child: Child
			  children: [Child!]! missing: String! computed: String broken: String
			}
			type Child { code: ID! x: Float }
			enum Kind { A B }
			enum Lang { EN FR }
			""";

	private static final List<Row> ROWS = List.of(
			new Row("R1", 1, "one", "un", "A", List.of("t1", "t2"), new Child("C1", 1.5),
					List.of(new Child("C2", null), new Child("C3", 3.0)), "here"),
			new Row("R2", null, "two", "deux", "B", List.of(), null, List.of(), "there"));

	/** A language variant, read as the service's {@code @localized} fields are (from the argument, lazily). */
	private static final LightDataFetcher<Object> LABEL = new LightDataFetcher<>() {
		@Override
		public Object get(GraphQLFieldDefinition field, Object source, java.util.function.Supplier<DataFetchingEnvironment> env) {
			Row row = (Row) source;
			return "FR".equals(String.valueOf(env.get().<Object>getArgument("lang"))) ? row.labelFr() : row.labelEn();
		}

		@Override
		public Object get(DataFetchingEnvironment env) {
			return get(env.getFieldDefinition(), env.getSource(), () -> env);
		}
	};

	private final AtomicInteger fetchedByGraphQlJava = new AtomicInteger();

	private final AtomicInteger objectsAnnounced = new AtomicInteger();

	private final AtomicInteger valuesAnnounced = new AtomicInteger();

	private GraphQL graphQl(ExecutionStrategy strategy, List<Row> rows) {
		var wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("rows", env -> rows)
				.dataFetcher("maybe", env -> Arrays.asList(rows.getFirst(), null))
				.dataFetcher("nested", env -> List.of(rows.getFirst().children(), List.of(new Child("C9", 9.0)))))
			.type("Row", type -> type.dataFetcher("label", LABEL)
				.dataFetcher("computed", env -> "computed-" + ((Row) env.getSource()).code())
				.dataFetcher("broken", env -> {
					throw new IllegalStateException("broken");
				}))
			.build();
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
		var counting = new SimplePerformantInstrumentation() {
			@Override
			public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
					InstrumentationState state) {
				fetchedByGraphQlJava.incrementAndGet();
				return FieldFetchingInstrumentationContext.NOOP;
			}

			@Override
			public ExecuteObjectInstrumentationContext beginExecuteObject(
					InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
				objectsAnnounced.incrementAndGet();
				valuesAnnounced.addAndGet(parameters.getExecutionStrategyParameters().getFields().size());
				return ExecuteObjectInstrumentationContext.NOOP;
			}
		};
		return GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy).instrumentation(counting).build();
	}

	private record Answer(Map<String, Object> specification, int fetchedByGraphQlJava, int objects, int values) {
	}

	private Answer answer(ExecutionStrategy strategy, String document, Map<String, Object> variables, List<Row> rows) {
		fetchedByGraphQlJava.set(0);
		objectsAnnounced.set(0);
		valuesAnnounced.set(0);
		var result = graphQl(strategy, rows)
			.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
		return new Answer(result.toSpecification(), fetchedByGraphQlJava.get(), objectsAnnounced.get(),
				valuesAnnounced.get());
	}

	private Answer graphQlJava(String document, Map<String, Object> variables, List<Row> rows) {
		return answer(new AsyncExecutionStrategy(), document, variables, rows);
	}

	private Answer oneLoop(String document, Map<String, Object> variables, List<Row> rows) {
		return answer(new ListsOfPlainObjects.Strategy(new SimpleDataFetcherExceptionHandler()), document, variables,
				rows);
	}

	@Test
	void aListOfPlainObjectsIsAnsweredAsGraphQlJavaAnswersItWithoutItsPerFieldPath() {
		String document = """
				query Rows($fr: Lang, $skipTags: Boolean!) {
				  rows {
				    __typename code n
				    english: label
				    french: label(lang: $fr)
				    kind tags @skip(if: $skipTags)
				    ... on Row { child { code x } }
				    ...More
				  }
				  nested { code }
				}
				fragment More on Row { children { __typename id: code x } code }
				""";
		Map<String, Object> variables = Map.of("fr", "FR", "skipTags", false);
		Answer expected = graphQlJava(document, variables, ROWS);
		Answer answered = oneLoop(document, variables, ROWS);

		assertThat(answered.specification()).isEqualTo(expected.specification());
		assertThat(expected.specification()).doesNotContainKey("errors");
		assertThat(answered.fetchedByGraphQlJava()).as("only the two root fields went field by field").isEqualTo(2);
		assertThat(expected.fetchedByGraphQlJava()).isGreaterThan(20);
		assertThat(answered.objects()).as("every object announced, as the answer's budget counts them")
			.isEqualTo(expected.objects());
		assertThat(answered.values()).isEqualTo(expected.values());

		Map<String, Object> skipped = Map.of("fr", "FR", "skipTags", true);
		assertThat(oneLoop(document, skipped, ROWS).specification())
			.isEqualTo(graphQlJava(document, skipped, ROWS).specification());
	}

	record Holder(String kind, List<Child> list) {
	}

	@Test
	void aListUnderAnInterfaceIsPlannedForTheFieldsEachParentTypeMerges() {
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
				type Query { holders: [Holder!]! }
				interface Holder { list: [Child!]! }
				type A implements Holder { list: [Child!]! }
				type B implements Holder { list: [Child!]! }
				type Child { code: ID! x: Float }
				"""), RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("holders", env -> List.of(
					new Holder("B", List.of(new Child("B1", 1.0))), new Holder("A", List.of(new Child("A1", 2.0))))))
			.type("Holder", type -> type.typeResolver(env -> env.getSchema()
				.getObjectType(((Holder) env.getObject()).kind())))
			.build());
		// For an A, the list merges both selections; for a B, only the interface's: the same first node, two plans.
		String document = "{ holders { ... on Holder { list { code } } ... on A { list { x } } } }";
		var expected = GraphQL.newGraphQL(schema).queryExecutionStrategy(new AsyncExecutionStrategy()).build()
			.execute(document).toSpecification();
		var answered = GraphQL.newGraphQL(schema)
			.queryExecutionStrategy(new ListsOfPlainObjects.Strategy(new SimpleDataFetcherExceptionHandler()))
			.build()
			.execute(document)
			.toSpecification();
		assertThat(answered).isEqualTo(expected);
		assertThat(answered.toString()).contains("x=2.0");
	}

	@Test
	void aNullWhereTheSchemaSaysNonNullIsReportedByGraphQlJava() {
		var rows = List.of(ROWS.getFirst(), new Row("R3", 3, "three", "trois", "A", List.of(), null, List.of(), null));
		String document = "{ rows { code missing } }";
		Answer answered = oneLoop(document, Map.of(), rows);
		assertThat(answered.specification()).isEqualTo(graphQlJava(document, Map.of(), rows).specification());
		assertThat(answered.specification()).containsKey("errors");

		// The same in a nested list: an item of [String!]! that is null.
		var nullTag = List.of(new Row("R4", 4, "four", "quatre", "A", Arrays.asList("t", null), null, List.of(), "x"));
		String tags = "{ rows { code tags } }";
		Answer tagged = oneLoop(tags, Map.of(), nullTag);
		assertThat(tagged.specification()).isEqualTo(graphQlJava(tags, Map.of(), nullTag).specification());
		assertThat(tagged.specification()).containsKey("errors");
	}

	@Test
	void aFieldResolvedAnyOtherWayOrFailingLeavesTheListToGraphQlJava() {
		for (String document : List.of("{ rows { code computed } }", "{ rows { code broken } }",
				"{ maybe { code } }", "{ rows { code kind n } }")) {
			Answer expected = graphQlJava(document, Map.of(), ROWS);
			Answer answered = oneLoop(document, Map.of(), ROWS);
			assertThat(answered.specification()).as(document).isEqualTo(expected.specification());
			assertThat(answered.objects()).as(document).isEqualTo(expected.objects());
		}
		assertThat(oneLoop("{ rows { code computed } }", Map.of(), ROWS).fetchedByGraphQlJava()).isGreaterThan(1);
	}
}
