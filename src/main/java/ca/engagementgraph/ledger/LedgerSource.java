package ca.engagementgraph.ledger;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * A graph a rebuild walks to compute a country's ledger ({@link CountryWalks}): the nodes next to a node, a node's
 * labels and properties. Two graphs are walked: the embedded database through its own API, in a transaction
 * ({@link #of(Transaction)}), and an offline load's records in memory, before the store they are written to first
 * opens ({@link Ledger#computeRows}).
 *
 * @param <N> how the graph names a node
 */
public interface LedgerSource<N> {

	/** The country of ISO code {@code iso2}, or null. */
	@Nullable N country(String iso2);

	/** The nodes at the start of {@code node}'s incoming {@code type} relationships that carry {@code label}. */
	List<N> starts(N node, RelationshipType type, Label label);

	/** The nodes at the end of {@code node}'s outgoing {@code type} relationships (carrying {@code label}, if given). */
	List<N> ends(N node, RelationshipType type, @Nullable Label label);

	boolean hasLabel(N node, Label label);

	/** A property as the database stores it (an integer as a long, a list as an array), or null. */
	@Nullable Object property(N node, String name);

	/** A name for the node, unique in the graph: the walks key meetings by it. */
	String id(N node);

	/** The embedded database's graph, as transaction {@code tx} sees it. */
	static LedgerSource<Node> of(Transaction tx) {
		return new InDatabase(tx);
	}

	/** {@link LedgerSource} through the embedded database's API. */
	record InDatabase(Transaction tx) implements LedgerSource<Node> {

		@Override
		public @Nullable Node country(String iso2) {
			return tx.findNode(GraphTokens.COUNTRY, "iso2", iso2);
		}

		@Override
		public List<Node> starts(Node node, RelationshipType type, Label label) {
			return neighbours(node, Direction.INCOMING, type, label);
		}

		@Override
		public List<Node> ends(Node node, RelationshipType type, @Nullable Label label) {
			return neighbours(node, Direction.OUTGOING, type, label);
		}

		@Override
		public boolean hasLabel(Node node, Label label) {
			return node.hasLabel(label);
		}

		@Override
		public @Nullable Object property(Node node, String name) {
			return node.getProperty(name, null);
		}

		@Override
		public String id(Node node) {
			return node.getElementId();
		}

		private static List<Node> neighbours(Node node, Direction direction, RelationshipType type,
				@Nullable Label label) {
			var found = new ArrayList<Node>();
			try (var relationships = node.getRelationships(direction, type)) {
				for (var relationship : relationships) {
					var other = relationship.getOtherNode(node);
					if (label == null || other.hasLabel(label)) {
						found.add(other);
					}
				}
			}
			return found;
		}
	}
}
