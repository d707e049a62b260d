package ca.engagementgraph.recording;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.stereotype.Component;

/**
 * Resolves the label of a key a client wrote where several labels are possible (a counterpart is a mission, an
 * authority or an organization; an attendee a department or a unit), and country codes written in alpha-3.
 * A key found under none of the labels keeps the first one, so the reader reports it as unknown there.
 *
 * <p>It asks through the {@link GraphReader}: in the embedded database's process, inside the write when one is under
 * way (a recorded meeting asks once per counterpart and attendee, and each of those was a statement over Bolt).
 */
@Component
class Labels implements Form.LabelResolver {

	private final GraphReader graph;
	private final KnownCountries countries;

	Labels(GraphReader graph, KnownCountries countries) {
		this.graph = graph;
		this.countries = countries;
	}

	@Override
	public String labelOf(String key, List<String> candidates) {
		if (candidates.size() == 1) {
			return candidates.getFirst();
		}
		for (String label : candidates) {
			String property = GraphModel.get().nodeType(label).orElseThrow().key();
			boolean found = graph.rows("MATCH (n:`%s` {`%s`: $key}) RETURN count(n) > 0 AS found".formatted(label, property),
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
