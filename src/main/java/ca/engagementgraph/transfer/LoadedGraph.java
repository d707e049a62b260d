package ca.engagementgraph.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ca.engagementgraph.database.NewNodes;
import ca.engagementgraph.ledger.LedgerSource;
import ca.engagementgraph.model.ClassificationRule;
import ca.engagementgraph.model.GraphModel;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.RelationshipType;

/**
 * An offline load's graph as the ledger walks it ({@link LedgerSource}), held in memory while the importer writes the
 * store: each node's label and the few properties the ledger reads, and the relationships its walks follow, in arrays
 * by node number (each node's outgoing and incoming relationships side by side). A rebuild after the store opened
 * read the same from the database and committed a million rows at scale L, half of the load's time
 * (graph-schema/PERFORMANCE.md 4.38); the rows computed here are written by the importer with the graph's own records.
 *
 * <p>Told every node ({@link #node}), then linked to the load's relationships ({@link #linked}) once before it is
 * walked. {@code OfflineLoadTest} finds the ledger an offline load writes equal, row for row, to the one the
 * transactional path keeps.
 */
final class LoadedGraph implements LedgerSource<Integer> {

	/**
	 * What the ledger reads of a node, besides its key and classification ({@code CountryWalks}): of every meeting
	 * (kept in arrays by node number), and of the fewer results, projects and key messages (kept by node).
	 */
	private static final Set<String> OF_MEETINGS = Set.of("date", "status", "setting");
	private static final Set<String> OF_OTHERS = Set.of("achievedOn", "start", "type", "approvedOn");

	/**
	 * The relationships the walks follow from their end ({@link #starts}) and from their start ({@link #ends}): only
	 * these are laid out, each way (a walk asking for another fails, so a change to the walks is not silently answered
	 * with nothing).
	 */
	private static final Set<String> FOLLOWED_BACK = Set.of("REPRESENTS", "WITH", "OF", "IN", "RAISED", "CONCERNS",
			"FROM", "ABOUT");
	private static final Set<String> FOLLOWED = Set.of("LOCATED_IN", "CONCERNS", "ATTENDED_BY", "PART_OF", "WITH", "OF",
			"IN");

	private final List<String> labels = new ArrayList<>();
	/** Each label's key property ({@code code}, a country's {@code iso2}), by the label's index in {@link #labels}. */
	private final List<String> keyProperties = new ArrayList<>();
	private final Map<String, Byte> labelIndex = new HashMap<>();
	private final Map<String, Byte> typeIndex = new HashMap<>();
	/** Each node's label and key ({@code Label:key}), the load's own array: given when the graph is linked. */
	private String[] keys = {};
	private byte[] label = new byte[1 << 16];
	private @Nullable Object[] classification = new Object[1 << 16];
	private final Map<String, @Nullable Object[]> ofMeetings = new HashMap<>();
	private final Map<String, Map<Integer, Object>> ofOthers = new HashMap<>();
	private final Map<String, Integer> countries = new HashMap<>();
	private int nodes;

	/** Each node's outgoing relationships: positions {@code outStart[n]} to {@code outStart[n + 1]} of the arrays. */
	private int[] outStart = {};
	private int[] outEnd = {};
	private byte[] outType = {};
	private int[] inStart = {};
	private int[] inEnd = {};
	private byte[] inType = {};

	/** A node of the load, by its number, with the classification it is written with (null when the graph decides). */
	void node(int number, String nodeLabel, String key, Map<String, Object> values, @Nullable String classified) {
		if (number >= label.length) {
			int grown = Math.max(number + 1, label.length * 2);
			label = Arrays.copyOf(label, grown);
			classification = Arrays.copyOf(classification, grown);
			ofMeetings.replaceAll((name, column) -> Arrays.copyOf(column, grown));
		}
		nodes = Math.max(nodes, number + 1);
		label[number] = labelIndex.computeIfAbsent(nodeLabel, name -> {
			labels.add(name);
			keyProperties.add(GraphModel.get().nodeType(name).orElseThrow().key());
			return (byte) (labels.size() - 1);
		});
		classification[number] = classified;
		if (nodeLabel.equals("Country")) {
			countries.put(key, number);
		}
		for (String name : OF_MEETINGS) {
			Object value = values.get(name);
			if (value != null) {
				ofMeetings.computeIfAbsent(name, n -> new Object[label.length])[number] = NewNodes.stored(value);
			}
		}
		for (String name : OF_OTHERS) {
			Object value = values.get(name);
			if (value != null) {
				ofOthers.computeIfAbsent(name, n -> new HashMap<>()).put(number, NewNodes.stored(value));
			}
		}
	}

	/** A relationship as the load writes it (of one listed twice, the last listing). */
	@FunctionalInterface
	interface Relationship {

		void between(int start, String type, int end);
	}

	/**
	 * Lays the load's relationships out by node, both ways, from the load's own arrays (read twice: counted, then
	 * placed, so that no third copy of them is held); the graph can be walked after.
	 *
	 * @param keys          each node's {@code Label:key}, by number
	 * @param relationships tells every relationship written, each time it is called
	 */
	void linked(String[] keys, java.util.function.Consumer<Relationship> relationships) {
		this.keys = keys;
		outStart = new int[nodes + 1];
		inStart = new int[nodes + 1];
		int[] size = { 0, 0 };
		relationships.accept((start, type, end) -> {
			if (FOLLOWED.contains(type)) {
				outStart[start + 1]++;
				size[0]++;
			}
			if (FOLLOWED_BACK.contains(type)) {
				inStart[end + 1]++;
				size[1]++;
			}
		});
		for (int n = 0; n < nodes; n++) {
			outStart[n + 1] += outStart[n];
			inStart[n + 1] += inStart[n];
		}
		outEnd = new int[size[0]];
		outType = new byte[size[0]];
		inEnd = new int[size[1]];
		inType = new byte[size[1]];
		int[] outNext = Arrays.copyOf(outStart, nodes);
		int[] inNext = Arrays.copyOf(inStart, nodes);
		relationships.accept((start, type, end) -> {
			byte t = typeIndex.computeIfAbsent(type, name -> (byte) typeIndex.size());
			if (FOLLOWED.contains(type)) {
				int o = outNext[start]++;
				outEnd[o] = end;
				outType[o] = t;
			}
			if (FOLLOWED_BACK.contains(type)) {
				int i = inNext[end]++;
				inEnd[i] = start;
				inType[i] = t;
			}
		});
	}

	/** The countries' ISO codes, in order. */
	List<String> countries() {
		return countries.keySet().stream().sorted().toList();
	}

	@Override
	public @Nullable Integer country(String iso2) {
		return countries.get(iso2);
	}

	@Override
	public List<Integer> starts(Integer node, RelationshipType relationshipType, Label other) {
		return neighbours(node, inStart, inEnd, inType, followed(FOLLOWED_BACK, relationshipType), other);
	}

	@Override
	public List<Integer> ends(Integer node, RelationshipType relationshipType, @Nullable Label other) {
		return neighbours(node, outStart, outEnd, outType, followed(FOLLOWED, relationshipType), other);
	}

	private static RelationshipType followed(Set<String> laidOut, RelationshipType type) {
		if (!laidOut.contains(type.name())) {
			throw new IllegalArgumentException("The offline load lays no " + type.name() + " out that way for the ledger");
		}
		return type;
	}

	private List<Integer> neighbours(int node, int[] start, int[] end, byte[] types, RelationshipType relationshipType,
			@Nullable Label other) {
		Byte t = typeIndex.get(relationshipType.name());
		if (t == null) {
			return List.of();
		}
		int wanted = -1;
		if (other != null) {
			Byte l = labelIndex.get(other.name());
			if (l == null) {
				return List.of();
			}
			wanted = l;
		}
		var found = new ArrayList<Integer>();
		for (int i = start[node]; i < start[node + 1]; i++) {
			if (types[i] == t && (wanted < 0 || label[end[i]] == wanted)) {
				found.add(end[i]);
			}
		}
		return found;
	}

	@Override
	public boolean hasLabel(Integer node, Label other) {
		return labels.get(label[node]).equals(other.name());
	}

	@Override
	public @Nullable Object property(Integer node, String name) {
		if (name.equals(ClassificationRule.PROPERTY)) {
			return classification[node];
		}
		if (name.equals(keyProperties.get(label[node]))) {
			return keys[node].substring(labels.get(label[node]).length() + 1);
		}
		if (OF_MEETINGS.contains(name)) {
			var column = ofMeetings.get(name);
			return column == null ? null : column[node];
		}
		if (OF_OTHERS.contains(name)) {
			var column = ofOthers.get(name);
			return column == null ? null : column.get(node);
		}
		throw new IllegalArgumentException("The offline load keeps no " + name + " for the ledger");
	}

	@Override
	public String id(Integer node) {
		return Integer.toString(node);
	}
}
