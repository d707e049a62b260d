package ca.engagementgraph.leverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The oracle agrees with the expected answers written in seed/demo/SCENARIO.md (first computed there by the Python
 * calculator it replaces), so the tables a reader of the scenario sees are the answers the product is held to. No
 * database: the oracle reads the seed files only.
 */
class SeedOracleTest {

	private static SeedOracle seed;

	private static String scenario;

	@BeforeAll
	static void read() throws IOException {
		seed = SeedOracle.read(Path.of("seed"));
		scenario = Files.readString(Path.of("seed/demo/SCENARIO.md"));
	}

	@Test
	void theCoverageTableOfTheScenarioIsTheOracles() {
		var table = rowsUnder("### Q1/Q2 – Leveraging coverage per fictional country");
		var written = new TreeMap<String, List<String>>();
		table.stream().filter(row -> !row.getFirst().startsWith("**"))
			.forEach(row -> written.put(row.getFirst(), row.subList(3, row.size())));
		var computed = new TreeMap<String, List<String>>();
		for (String country : seed.fictionalCountries()) {
			var coverage = seed.coverage(seed.resultsOf(country));
			var cells = new ArrayList<String>();
			for (String field : List.of("results", "raisedAnywhere", "raisedInOttawa", "raisedInCountry")) {
				cells.add(String.valueOf(coverage.get(field)));
			}
			@SuppressWarnings("unchecked")
			var byDepartment = (Map<String, Long>) coverage.get("byDepartment");
			SeedOracle.DEPARTMENTS.forEach(d -> cells.add(String.valueOf(byDepartment.get(d))));
			computed.put(country, cells);
		}
		assertThat(computed).isEqualTo(written);
	}

	@Test
	void theResultsNeverRaisedInOttawaOfTheScenarioAreTheOracles() {
		var written = new TreeMap<String, String>();
		rowsUnder("### Q1 – Results never raised with the Ottawa mission").forEach(row -> written.put(row.get(0), row.get(2)));
		var computed = new TreeMap<String, String>();
		for (String country : seed.recipientCountries()) {
			computed.put(country, String.join(", ", seed.unleveraged(country, "OTTAWA", null, null).keySet()));
		}
		assertThat(computed).isEqualTo(written);
	}

	@Test
	void theMissedOpportunitiesOfTheScenarioAreTheOracles() {
		var writtenOttawa = new TreeSet<String>();
		rowsUnder("**Ottawa channel:").forEach(row -> writtenOttawa.add(row.getFirst() + " " + row.get(3)));
		var writtenInCountry = new TreeSet<String>();
		rowsUnder("**In-country channel").forEach(row -> writtenInCountry.add(row.getFirst() + " " + row.get(3)));
		var ottawa = new TreeSet<String>();
		var inCountry = new TreeSet<String>();
		var row = Pattern.compile("(\\S+) (OTTAWA|IN_COUNTRY) with .*could have raised \\[(.*)]");
		for (String country : seed.fictionalCountries()) {
			for (String missed : seed.missedOpportunities(country)) {
				var m = row.matcher(missed);
				assertThat(m.matches()).as(missed).isTrue();
				(m.group(2).equals("OTTAWA") ? ottawa : inCountry).add(m.group(1) + " " + m.group(3));
			}
		}
		assertThat(ottawa).isEqualTo(writtenOttawa);
		assertThat(inCountry).isEqualTo(writtenInCountry);
	}

	@Test
	void theDisseminationGapsOfTheScenarioAreTheOracles() {
		for (String department : List.of("CBSA", "GAC")) {
			var line = Pattern.compile("\\*\\*" + department + "\\*\\* attended \\(\\d+\\): (.*)").matcher(scenario);
			assertThat(line.find()).as(department).isTrue();
			assertThat(String.join(", ", seed.disseminationGaps(department).keySet())).as(department)
				.isEqualTo(line.group(1).strip());
		}
	}

	/** The cells of the first markdown table after the line starting with {@code heading}, header left out. */
	private static List<List<String>> rowsUnder(String heading) {
		var lines = scenario.lines().toList();
		int at = 0;
		while (!lines.get(at).startsWith(heading)) {
			at++;
		}
		while (!lines.get(at).startsWith("|")) {
			at++;
		}
		var rows = new ArrayList<List<String>>();
		for (at += 2; at < lines.size() && lines.get(at).startsWith("|"); at++) {
			String line = lines.get(at);
			rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
		}
		return rows;
	}
}
