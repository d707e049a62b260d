package ca.engagementgraph.loading;

import java.util.Collection;
import java.util.Set;

/** Which of these keys of a label already exist in the graph: references may point at data loaded earlier. */
@FunctionalInterface
interface KeyLookup {

	KeyLookup NONE = (label, keys) -> Set.of();

	Set<String> existing(String label, Collection<String> keys);

	/** The alpha-2 code of each of these alpha-3 codes the graph knows (people write countries either way). */
	default java.util.Map<String, String> countriesByIso3(Collection<String> iso3) {
		return java.util.Map.of();
	}
}
