package ca.engagementgraph.recording;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One record to create or update, in the graph's own names: properties, and relationship fields as lists of
 * {@code {Label: key, ...relationship properties}}. A property given as null is removed.
 *
 * @param expectedVersion null to create; the version the client read, to update
 * @param partial         relationship fields replaced only for some target labels (RAISED results but not projects)
 * @param inputNames      graph field name to the client's input field name, for error messages
 * @param inputPath       where this record sits in the client's input, e.g. {@code input} or {@code input.followUpActions[0]}
 */
public record Change(String label, String key, @Nullable Long expectedVersion, Map<String, Object> fields,
		Map<String, Set<String>> partial, Map<String, String> inputNames, String inputPath, String operation) {

	public boolean creates() {
		return expectedVersion == null;
	}

	String inputField(@Nullable String graphField) {
		if (graphField == null) {
			return inputPath;
		}
		return inputPath + "." + inputNames.getOrDefault(graphField, graphField);
	}
}
