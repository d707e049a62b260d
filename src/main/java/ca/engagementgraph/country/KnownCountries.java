package ca.engagementgraph.country;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import ca.engagementgraph.api.CountryCodes;
import ca.engagementgraph.api.InvalidInputException;
import ca.engagementgraph.api.read.GraphReader;
import org.springframework.stereotype.Component;

/**
 * Turns a country argument (ISO alpha-2 or alpha-3, any case) into the country's key, or explains why not.
 *
 * <p>Codes found are remembered for a minute: nearly every question names a country, and asking the database which
 * one a code means costs a statement (a round trip and a transaction) per request, as much as a small answer itself.
 * A country's codes do not change; one added is found at once (codes not found are never remembered); one removed
 * still resolves for at most a minute, and the questions then find nothing about it. The look-up goes through the
 * {@link GraphReader}, in process with the embedded database.
 */
@Component
public class KnownCountries {

	/** Letters, or a letter and a digit: the synthetic datasets' countries (SyntheticData) have codes no ISO code can be. */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,2}");

	private static final long REMEMBERED_NANOS = TimeUnit.MINUTES.toNanos(1);

	/** More codes than the world has countries (alpha-2 and alpha-3 each): past it, something is amiss; start over. */
	private static final int MOST_REMEMBERED = 2_000;

	private record Found(String iso2, long at) {
	}

	private final ConcurrentHashMap<String, Found> found = new ConcurrentHashMap<>();

	private static final String ISO2_OF = """
			MATCH (c:Country) WHERE c.iso2 = $code OR c.iso3 = $code RETURN c.iso2 AS iso2
			""";

	private final GraphReader graph;

	KnownCountries(GraphReader graph) {
		this.graph = graph;
	}

	public String iso2Of(String code, String argument) {
		return find(code).orElseThrow(() -> unknown(code, argument));
	}

	/** The alpha-2 code of the country written {@code code} (alpha-2 or alpha-3, any case), if there is one. */
	public Optional<String> find(String code) {
		String normalized = CountryCodes.normalize(code);
		if (normalized == null || !CODE.matcher(normalized).matches()) {
			return Optional.empty();
		}
		long now = System.nanoTime();
		Found remembered = found.get(normalized);
		if (remembered != null && now - remembered.at() < REMEMBERED_NANOS) {
			return Optional.of(remembered.iso2());
		}
		Optional<String> iso2 = graph.rows(ISO2_OF, Map.of("code", normalized), (row, nodes) -> row.get("iso2").asString())
			.stream().findFirst();
		if (iso2.isPresent()) {
			if (found.size() >= MOST_REMEMBERED) {
				found.clear();
			}
			found.put(normalized, new Found(iso2.get(), now));
		}
		else {
			found.remove(normalized);
		}
		return iso2;
	}

	private static InvalidInputException unknown(String code, String argument) {
		return new InvalidInputException("UNKNOWN_COUNTRY", argument, "input.unknownCountry",
				ca.engagementgraph.model.GraphModel.shown(String.valueOf(code)));
	}
}
