package ca.engagementgraph.loading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ca.engagementgraph.model.ClassificationRule;
import ca.engagementgraph.model.GraphModel;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The {@link KeyLookup} that asks the graph, through any query runner: a session for an import, the change's own
 * transaction for a mutation. Keys are asked for in batches so a large import stays a handful of queries.
 */
final class GraphKeys implements KeyLookup {

	private static final int BATCH = 10_000;

	private final SimpleQueryRunner runner;
	private final GraphModel model;
	private final boolean cleared;

	GraphKeys(SimpleQueryRunner runner, GraphModel model) {
		this(runner, model, true);
	}

	/**
	 * @param cleared whether the writer holds the Protected B clearance; for one who does not, a Protected B node is
	 *                not there: a reference to it is an unknown key, as for a key nobody uses
	 */
	GraphKeys(SimpleQueryRunner runner, GraphModel model, boolean cleared) {
		this.runner = runner;
		this.model = model;
		this.cleared = cleared;
	}

	@Override
	public Set<String> existing(String label, Collection<String> keys) {
		String key = model.nodeType(label).orElseThrow().key();
		String cypher = "UNWIND $keys AS key MATCH (n:`%s` {`%s`: key}) WHERE %s RETURN collect(key) AS found"
			.formatted(label, key, ClassificationRule.visibleTo("n", label));
		var found = new HashSet<String>();
		var all = new ArrayList<>(keys);
		for (int i = 0; i < all.size(); i += BATCH) {
			found.addAll(runner.run(cypher, Map.of("keys", all.subList(i, Math.min(all.size(), i + BATCH)), "cleared", cleared))
				.single().get("found").asList(v -> v.asString()));
		}
		return found;
	}

	@Override
	public Map<String, String> countriesByIso3(Collection<String> iso3) {
		return runner.run("MATCH (c:Country) WHERE c.iso3 IN $codes RETURN c.iso3 AS iso3, c.iso2 AS iso2",
				Map.of("codes", List.copyOf(iso3)))
			.list()
			.stream()
			.collect(Collectors.toMap(r -> r.get("iso3").asString(), r -> r.get("iso2").asString()));
	}
}
