package ca.engagementgraph.country;

import java.util.Map;
import java.util.Optional;

import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.InvalidInputException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Turns a country argument (ISO alpha-2 or alpha-3, any case) into the country's key, or explains why not. */
@Component
public class KnownCountries {

	private static final String ISO2_OF = """
			MATCH (c:Country) WHERE c.iso2 = $code OR c.iso3 = $code RETURN c.iso2 AS iso2
			""";

	private final Neo4jClient client;

	KnownCountries(Neo4jClient client) {
		this.client = client;
	}

	public String iso2Of(String code, String argument) {
		return find(code).orElseThrow(() -> unknown(code, argument));
	}

	/** The alpha-2 code of the country written {@code code} (alpha-2 or alpha-3, any case), if there is one. */
	public Optional<String> find(String code) {
		String normalized = CountryCodes.normalize(code);
		// Letters, or a letter and a digit: the synthetic datasets' countries (SyntheticData) have codes no ISO code can be.
		if (normalized == null || !normalized.matches("[A-Z][A-Z0-9]{1,2}")) {
			return Optional.empty();
		}
		return client.query(ISO2_OF).bindAll(Map.of("code", normalized)).fetchAs(String.class).one();
	}

	private static InvalidInputException unknown(String code, String argument) {
		return new InvalidInputException("UNKNOWN_COUNTRY", argument, "input.unknownCountry",
				ca.engagementgraph.model.GraphModel.shown(String.valueOf(code)));
	}
}
