package ca.engagementgraph.api.read;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.engagementgraph.model.ClassificationRule;
import ca.engagementgraph.security.Access;

/**
 * Who may see a record, written once for every read. Queries say {@code visible(e)} where a node {@code e} may be
 * Protected B, and {@link #expand} turns that into Cypher testing the {@code $cleared} parameter (bound by the read
 * support from the signed-in reader's clearance) and the node's classification: a reader without the clearance
 * never receives a Protected B node, nor anything counted, summed or decided from one. A node some other tool wrote
 * without a classification is judged by the model's {@code ClassificationRule}, read from the graph as it stands.
 */
public final class Visibility {

	/** The parameter carrying the reader's clearance. */
	public static final String CLEARED = "cleared";

	/** {@code visible(x)}, or {@code visible(x:Label)} for a node known to carry that label (cheaper to plan). */
	private static final Pattern CALL = Pattern.compile("\\bvisible\\((\\w+)(?::(\\w+))?\\)");

	private Visibility() {
	}

	/** Cypher: true when the node {@code x} may be shown to the reader. */
	public static String of(String x) {
		return ClassificationRule.visibleTo(x);
	}

	/**
	 * Statements already written out. The statements are the code's own (their values are parameters), so they are
	 * few; the bound only guards against a caller that would build statements without end.
	 */
	private static final Map<String, String> EXPANDED = new ConcurrentHashMap<>();

	private static final int MOST_EXPANDED = 2_000;

	/**
	 * The query with every {@code visible(x)} written out; remembered, since the same statements are read on every
	 * request (the regular expression's pass was 1.6 % of a headline request's CPU).
	 */
	public static String expand(String cypher) {
		String expanded = EXPANDED.get(cypher);
		if (expanded == null) {
			expanded = writtenOut(cypher);
			if (EXPANDED.size() < MOST_EXPANDED) {
				EXPANDED.put(cypher, expanded);
			}
		}
		return expanded;
	}

	private static String writtenOut(String cypher) {
		Matcher matcher = CALL.matcher(cypher);
		var expanded = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(expanded,
					Matcher.quoteReplacement(ClassificationRule.visibleTo(matcher.group(1), matcher.group(2))));
		}
		matcher.appendTail(expanded);
		return expanded.toString();
	}

	/** Whether the signed-in reader holds the Protected B clearance. */
	public static boolean cleared() {
		return Access.cleared();
	}

	/** The parameters with the reader's clearance added. */
	public static Map<String, Object> withClearance(Map<String, Object> parameters) {
		var all = new HashMap<String, Object>(parameters);
		all.putIfAbsent(CLEARED, cleared());
		return all;
	}
}
