package ca.engagementgraph.recording;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.database.InProcessTransaction;
import ca.engagementgraph.database.WriteTransactions;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.api.read.GraphReader;
import org.neo4j.graphdb.Label;
import org.springframework.stereotype.Component;

/**
 * Resolves the label of a key a client wrote where several labels are possible (a counterpart is a mission, an
 * authority or an organization; an attendee a department or a unit), and country codes written in alpha-3.
 * A key found under none of the labels keeps the first one, so the reader reports it as unknown there.
 *
 * <p>Inside a write in the embedded database's process it looks the key up through the database's own API, in the
 * write's transaction: a recorded meeting asks once per counterpart and attendee, and each statement (its
 * transaction, its plan looked up, its result read) was 3.6 % of a recording's CPU at scale L
 * (graph-schema/PERFORMANCE.md 4.38). Anywhere else it asks through the {@link GraphReader}, with the same answer.
 */
@Component
class Labels implements Form.LabelResolver {

	private final GraphReader graph;
	private final KnownCountries countries;
	private final WriteTransactions writes;

	Labels(GraphReader graph, KnownCountries countries, WriteTransactions writes) {
		this.graph = graph;
		this.countries = countries;
		this.writes = writes;
	}

	@Override
	public String labelOf(String key, List<String> candidates) {
		if (candidates.size() == 1) {
			return candidates.getFirst();
		}
		var write = writes.inProcess();
		var transaction = write == null ? null : InProcessTransaction.of(write).orElse(null);
		for (String label : candidates) {
			String property = GraphModel.get().nodeType(label).orElseThrow().key();
			boolean found = transaction != null ? transaction.findNode(Label.label(label), property, key) != null
					: graph.rows("MATCH (n:`%s` {`%s`: $key}) RETURN count(n) > 0 AS found".formatted(label, property),
							Map.of("key", key), (row, nodes) -> row.get("found").asBoolean()).getFirst();
			if (found) {
				return label;
			}
		}
		return candidates.getFirst();
	}

	@Override
	public String keyOf(String key, List<String> candidates) {
		if (!candidates.equals(List.of("Country"))) {
			return key;
		}
		return countries.find(key).orElse(key.strip().toUpperCase(Locale.ROOT));
	}
}
