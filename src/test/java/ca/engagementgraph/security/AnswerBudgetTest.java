package ca.engagementgraph.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer is bounded while it is built: past so many values, or so much time, nothing more is fetched and the
 * request is answered by one error saying which limit was reached. The clock here is a counter, so the test never
 * depends on how fast the machine is.
 */
class AnswerBudgetTest {

	private final AtomicInteger fetched = new AtomicInteger();

	private GraphQL graphQl(AnswerBudget budget) {
		var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
				type Query { items(n: Int!): [Item!]! }
				type Mutation { change(n: Int!): [Item!]! }
				type Item { a: Int b: Int }
				"""), RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("items", env -> IntStream.range(0, (Integer) env.getArgument("n"))
				.mapToObj(i -> Map.of("a", i, "b", i))
				.toList()))
			.type("Mutation", type -> type.dataFetcher("change", env -> IntStream.range(0, (Integer) env.getArgument("n"))
				.mapToObj(i -> Map.of("a", i, "b", i))
				.toList()))
			.type("Item", type -> type.dataFetcher("a", env -> {
				fetched.incrementAndGet();
				return ((Map<?, ?>) env.getSource()).get("a");
			}))
			.build());
		return GraphQL.newGraphQL(schema).instrumentation(budget).build();
	}

	private static StoppedAnswer run(GraphQL graphQl, String query, Locale locale) {
		var input = ExecutionInput.newExecutionInput(query).locale(locale).build();
		graphQl.execute(input);
		return input.getGraphQLContext().get(StoppedAnswer.class);
	}

	@Test
	void anAnswerGrowingPastItsValuesIsStoppedWithOneError() {
		var graphQl = graphQl(new AnswerBudget(100, Duration.ofHours(1), System::nanoTime));
		assertThat(run(graphQl, "{ items(n: 10) { a b } }", Locale.ENGLISH)).isNull();
		fetched.set(0);
		StoppedAnswer stopped = run(graphQl, "{ items(n: 10000) { a b } }", Locale.ENGLISH);
		assertThat(stopped).isNotNull();
		assertThat(stopped.error().getExtensions()).containsEntry("code", "RESPONSE_TOO_LARGE");
		assertThat(stopped.error().getMessage()).contains("100", "first");
		assertThat(fetched.get()).as("fetching stopped soon after the limit").isLessThan(200);
		assertThat(run(graphQl, "{ items(n: 10000) { a b } }", Locale.CANADA_FRENCH).error().getMessage())
			.contains("valeurs");
	}

	@Test
	void everyFieldOfEveryObjectCountsOneValue() {
		String tenItemsOfTwoFields = "{ items(n: 10) { a b } }"; // the list's field, then 10 x 2
		assertThat(run(graphQl(new AnswerBudget(21, Duration.ofHours(1), System::nanoTime)), tenItemsOfTwoFields,
				Locale.ENGLISH)).isNull();
		assertThat(run(graphQl(new AnswerBudget(20, Duration.ofHours(1), System::nanoTime)), tenItemsOfTwoFields,
				Locale.ENGLISH)).isNotNull();
	}

	@Test
	void anAnswerTakingLongerThanItsBudgetIsStopped() {
		var clock = new AtomicLong();
		var graphQl = graphQl(new AnswerBudget(1_000_000, Duration.ofSeconds(5),
				() -> clock.getAndAdd(Duration.ofSeconds(1).toNanos())));
		StoppedAnswer stopped = run(graphQl, "{ items(n: 50) { a b } }", Locale.ENGLISH);
		assertThat(stopped).isNotNull();
		assertThat(stopped.error().getExtensions()).containsEntry("code", "RESPONSE_TOO_SLOW");
		assertThat(stopped.error().getMessage()).contains("5 s");
		assertThat(List.of(stopped)).hasSize(1);
	}

	@Test
	void aMutationsAnswerIsNeverStoppedBecauseItsChangeIsAlreadyMade() {
		var clock = new AtomicLong();
		var graphQl = graphQl(new AnswerBudget(10, Duration.ofSeconds(5),
				() -> clock.getAndAdd(Duration.ofSeconds(1).toNanos())));
		assertThat(run(graphQl, "mutation { change(n: 50) { a b } }", Locale.ENGLISH)).isNull();
		assertThat(fetched.get()).as("the whole payload was built").isEqualTo(50);
	}
}
