package ca.engagementgraph.recording;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.engagementgraph.country.KnownCountries;
import ca.engagementgraph.model.GraphModel;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Resolves the label of a key a client wrote where several labels are possible (a counterpart is a mission, an
 * authority or an organization; an attendee a department or a unit), and country codes written in alpha-3.
 * A key found under none of the labels keeps the first one, so the reader reports it as unknown there.
 */
@Component
class Labels implements Form.LabelResolver {

	private final Neo4jClient client;
	private final KnownCountries countries;

	Labels(Neo4jClient client, KnownCountries countries) {
		this.client = client;
		this.countries = countries;
	}

	@Override
	public String labelOf(String key, List<String> candidates) {
		if (candidates.size() == 1) {
			return candidates.getFirst();
		}
		for (String label : candidates) {
			String property = GraphModel.get().nodeType(label).orElseThrow().key();
			boolean found = client.query("MATCH (n:`%s` {`%s`: $key}) RETURN count(n) > 0".formatted(label, property))
				.bindAll(Map.of("key", key)).fetchAs(Boolean.class).one().orElse(false);
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
