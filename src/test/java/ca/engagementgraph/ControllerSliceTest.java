package ca.engagementgraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.graphql.test.autoconfigure.GraphQlTest;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * A controller slice: Spring for GraphQL's {@code @GraphQlTest} over the real schema, the read controllers of the
 * country, project, engagement, leverage, search and explore features, and the GraphQL plumbing they rely on
 * (scalars, connections, {@code @localized} fields, error reporting, Bean Validation of arguments); no web layer,
 * no security, no database. Every class with this annotation shares one small application context.
 *
 * <p>What a slice test checks is the controller's own work: how arguments bind and are refused, how a row becomes
 * fields, and that {@code @BatchMapping} fields are fetched once per list. The query class under the controllers
 * ({@link ControllerSliceStubs}) is a stub that hands back rows the test wrote, so slice tests never assert
 * anything a database would answer: the questions' answers are tested at the data level over the real Neo4j
 * ({@code ca.engagementgraph.leverage.questions}) and end to end ({@link GraphIntegrationTest}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GraphQlTest(useDefaultFilters = false, includeFilters = @Filter(type = FilterType.REGEX, pattern = {
		"ca\\.engagementgraph\\.api\\.(Scalars|Pagination|ConnectionTypes|LocalizedFields|ErrorReporting)",
		"ca\\.engagementgraph\\.(country|project|engagement|leverage|search|explore)\\.[A-Za-z]*Controller" }))
@Import(ControllerSliceStubs.class)
@Tag("slice")
public @interface ControllerSliceTest {
}
