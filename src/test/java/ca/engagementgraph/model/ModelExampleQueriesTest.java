package ca.engagementgraph.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.engagementgraph.GraphIntegrationTest;
import ca.engagementgraph.TestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MODEL.md section 8 writes the questions out for analysts to run by hand. They must run as they are, read no
 * server clock, and give the service's answers where section 7 defines the answer exactly (the briefing's limits,
 * the TD windows around the first Ottawa leveraging): a cleared reader's view of the demo data.
 */
@GraphIntegrationTest
class ModelExampleQueriesTest {

	private static final Pattern EXAMPLE = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL);

	private static final Map<String, Object> PARAMETERS = Map.of("iso2", "QM", "today", "2026-11-21", "channel",
			"OTTAWA", "department", "CBSA", "engagement", "QN-HOM-2026-12-08", "result", "QM-P1-R1", "code", "QM-P1",
			"q", "border");

	@Autowired
	Driver driver;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void everyExampleQueryRunsAsWritten() throws IOException {
		var parameters = new HashMap<String, Object>(PARAMETERS);
		parameters.put("asOf", null);
		List<String> examples = examples();
		assertThat(examples).hasSizeGreaterThan(10);
		// Every example runs, and a failure names the example (its number and first line): the suite once failed here
		// on a planner error of Neo4j's that did not come back, and nothing said which example had met it.
		var failures = new java.util.ArrayList<String>();
		for (int i = 0; i < examples.size(); i++) {
			String example = examples.get(i);
			assertThat(example).as("an example reads the server clock").doesNotContainPattern("(?<![.\\w$])date\\(\\)");
			try {
				driver.executableQuery(example).withParameters(parameters)
					.withConfig(org.neo4j.driver.QueryConfig.builder().withRouting(RoutingControl.READ).build())
					.execute();
			}
			catch (org.neo4j.driver.exceptions.Neo4jException ex) {
				failures.add("example " + i + " (" + example.lines().findFirst().orElse("").strip() + "): "
						+ ex.code() + " " + ex.getMessage());
			}
		}
		assertThat(failures).as("the model's examples that failed").isEmpty();
	}

	@Test
	void theBriefingExampleHasTheServicesLimits() throws IOException {
		Record row = single(example("**Briefing pack for a planned engagement**"),
				Map.of("engagement", "QN-HOM-2026-12-08"));
		assertThat(row.get("tdTrend").size()).as("the demo meeting's country has more than four quarters").isGreaterThan(4);
		var briefing = TestSupport.withUiQueries(graphQl).documentName("briefing-pack")
			.variable("engagement", "QN-HOM-2026-12-08").execute();
		briefing.path("briefing.tdTrend[*].quarter").entityList(String.class)
			.containsExactly(row.get("tdTrend").asList(t -> t.get("quarter").asString()).toArray(String[]::new));
		briefing.path("briefing.latestDecisions[*].code").entityList(String.class)
			.containsExactly(row.get("latestDecisions").asList(d -> d.get("code").asString()).toArray(String[]::new));
		briefing.path("briefing.resultsToRaise.nodes[*].result.code").entityList(String.class)
			.containsExactly(row.get("resultsToRaise").asList(r -> r.get("code").asString()).toArray(String[]::new));
		briefing.path("briefing.openActions[*].code").entityList(String.class)
			.containsExactly(row.get("openActions").asList(a -> a.get("code").asString()).toArray(String[]::new));
	}

	@Test
	void theTdWindowsExampleGivesTheTimelinesBeforeAndAfter() throws IOException {
		int windows = 0;
		for (String country : List.of("QM", "QN")) {
			var rows = driver.executableQuery(example("**TD figures before and after the first Ottawa leveraging**"))
				.withParameters(Map.of("iso2", country)).execute().records();
			var timeline = TestSupport.withUiQueries(graphQl).documentName("td-timeline").variable("country", country)
				.execute();
			for (Record row : rows) {
				String window = row.get("window").asString().equals("BEFORE") ? "before" : "after";
				timeline.path("tdTimeline." + window + ".quarters").entityList(String.class)
					.containsExactly(row.get("quarters").asList(v -> v.asString()).toArray(String[]::new));
				timeline.path("tdTimeline." + window + ".requested").entity(Long.class)
					.isEqualTo(row.get("requested").asLong());
				timeline.path("tdTimeline." + window + ".issued").entity(Long.class)
					.isEqualTo(row.get("issued").asLong());
				windows++;
			}
		}
		assertThat(windows).as("windows compared").isGreaterThanOrEqualTo(2);
	}

	private Record single(String cypher, Map<String, Object> parameters) {
		return driver.executableQuery(cypher).withParameters(parameters).execute().records().getFirst();
	}

	private static String example(String heading) throws IOException {
		String model = Files.readString(Path.of("graph-schema/MODEL.md"));
		Matcher matcher = EXAMPLE.matcher(model.substring(model.indexOf(heading)));
		assertThat(matcher.find()).as(heading).isTrue();
		return matcher.group(1);
	}

	private static List<String> examples() throws IOException {
		String model = Files.readString(Path.of("graph-schema/MODEL.md"));
		String section = model.substring(model.indexOf("## 8. Example queries"), model.indexOf("## 9."));
		var found = new ArrayList<String>();
		Matcher matcher = EXAMPLE.matcher(section);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}
}
