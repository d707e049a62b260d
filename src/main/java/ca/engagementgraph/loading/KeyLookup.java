package ca.engagementgraph.loading;

import java.util.Collection;
import java.util.Set;

/** Which of these keys of a label already exist in the graph: references may point at data loaded earlier. */
@FunctionalInterface
public interface KeyLookup {

	KeyLookup NONE = (label, keys) -> Set.of();

	Set<String> existing(String label, Collection<String> keys);
}
