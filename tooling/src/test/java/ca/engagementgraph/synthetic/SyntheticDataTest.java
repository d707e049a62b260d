package ca.engagementgraph.synthetic;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import ca.engagementgraph.loading.GraphData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator without a database: deterministic, shaped like the scale, skewed, and fictional. */
class SyntheticDataTest {

	@Test
	void theSameSeedGivesTheSameGraphAndAnotherSeedAnother() throws Exception {
		assertThat(digest(Scale.S, 7)).isEqualTo(digest(Scale.S, 7));
		assertThat(digest(Scale.S, 8)).isNotEqualTo(digest(Scale.S, 7));
	}

	@Test
	void countsFollowTheScale() {
		for (Scale scale : new Scale[] { Scale.S, Scale.M }) {
			var generator = new SyntheticData(scale, 7, 20_000);
			generator.generate(chunk -> {
			});
			var counts = generator.counts();
			assertThat(counts.get("Country")).isEqualTo(scale.countries());
			assertThat(counts.get("Project")).isEqualTo(scale.projects());
			assertThat(counts.get("Result")).isEqualTo(scale.results());
			assertThat(counts.get("Engagement")).isEqualTo(scale.engagements());
			// About two raised results or projects per meeting at M (the L target is 2,000,000 for 1,000,000).
			if (scale == Scale.M) {
				assertThat(counts.get(":RAISED")).isGreaterThan(2L * scale.engagements());
			}
		}
	}

	@Test
	void aFewCountriesAreVeryActiveAndMostResultsAreRaisedRarelyOrNever() {
		var meetingsByCountry = new HashMap<String, Integer>();
		var raisedByResult = new HashMap<String, Integer>();
		var results = new HashSet<String>();
		new SyntheticData(Scale.M, 7, 20_000).generate(chunk -> {
			chunk.nodes().stream().filter(n -> n.label().equals("Result")).forEach(n -> results.add(n.key()));
			for (GraphData.RelationshipRow row : chunk.relationships()) {
				if (row.spec().type().equals("CONCERNS") && row.fromLabel().equals("Engagement")
						&& row.fromKey().startsWith(row.toKey() + "-")) {
					meetingsByCountry.merge(row.toKey(), 1, Integer::sum);
				}
				if (row.spec().type().equals("RAISED") && row.toLabel().equals("Result")) {
					raisedByResult.merge(row.toKey(), 1, Integer::sum);
				}
			}
		});
		var sorted = meetingsByCountry.values().stream().sorted((a, b) -> b - a).toList();
		int top5 = sorted.subList(0, 5).stream().mapToInt(Integer::intValue).sum();
		assertThat(top5).as("the five busiest of 100 countries hold over a third of the meetings")
			.isGreaterThan(Scale.M.engagements() / 3);
		long rarely = results.stream().filter(r -> raisedByResult.getOrDefault(r, 0) <= 2).count();
		assertThat(rarely).as("most results raised at most twice").isGreaterThan(results.size() / 2);
		assertThat(results.stream().filter(r -> !raisedByResult.containsKey(r)).count()).as("many never")
			.isGreaterThan(results.size() / 4);
	}

	@Test
	void countryCodesCanNeverBeRealOnes() {
		Set<String> iso2 = new HashSet<>();
		Set<String> iso3 = new HashSet<>();
		for (int rank = 0; rank < Scale.L.countries(); rank++) {
			iso2.add(SyntheticData.iso2(rank));
			iso3.add(SyntheticData.iso3(rank));
			assertThat(SyntheticData.iso2(rank)).matches("[A-LN-Z][0-9]");
			assertThat(SyntheticData.iso3(rank)).matches("X[D-Z][A-Z]").doesNotStartWith("XK").doesNotStartWith("XX");
		}
		assertThat(iso2).hasSize(Scale.L.countries());
		assertThat(iso3).hasSize(Scale.L.countries());
		var names = new HashSet<String>();
		for (int rank = 0; rank < Scale.L.countries(); rank++) {
			names.add(SyntheticData.names(rank)[0]);
		}
		assertThat(names).hasSize(Scale.L.countries());
	}

	private static String digest(Scale scale, long seed) throws Exception {
		var sha = MessageDigest.getInstance("SHA-256");
		new SyntheticData(scale, seed, 500).generate(chunk -> {
			chunk.nodes().forEach(n -> sha.update((n.label() + n.key() + new java.util.TreeMap<>(n.properties())).getBytes()));
			chunk.relationships().forEach(r -> sha.update((r.spec().type() + r.fromKey() + r.toKey() + r.properties()).getBytes()));
		});
		return java.util.HexFormat.of().formatHex(sha.digest());
	}

	static Map<String, Long> counts(Scale scale) {
		var generator = new SyntheticData(scale, 7, 20_000);
		generator.generate(chunk -> {
		});
		return generator.counts();
	}
}
