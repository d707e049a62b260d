package ca.engagementgraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full-stack test: the real service over HTTP, on a real embedded Neo4j holding the seed's reference and demo
 * data, in a fresh data directory. Every class with this annotation shares one application context (Spring's
 * test-context cache), so the database starts once per test run. {@link TestDatabase} runs the same classes again
 * against the official Neo4j server image where Docker is available.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"engagement-graph.embedded.data-dir=target/test-data/${random.uuid}",
		"engagement-graph.embedded.bolt-port=0",
		"engagement-graph.seed.demo-data=true",
		// The demo scenario's "today", so that ages and designations in force give the same answers every day.
		"engagement-graph.today=2026-11-21",
		// No test depends on speed: the answers' time budget (20 s in service) is out of reach of a slow CI machine.
		"engagement-graph.limits.answer-time-budget=10m",
		// Tests that count the statements a request runs must not see the background warm-up's (DashboardWarmUpTest
		// runs it on its own).
		"engagement-graph.warm-up=false" })
@AutoConfigureHttpGraphQlTester
@ContextConfiguration(initializers = TestDatabase.class)
@Import(SignedInAsAdmin.class)
@ExtendWith(TestDatabase.class)
@Tag("graph")
public @interface GraphIntegrationTest {
}
