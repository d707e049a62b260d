package ca.engagementgraph.loading;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import ca.engagementgraph.model.RelationshipSpec;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The one entry point of {@code loading}: checked, all-or-nothing writes of graph records, for one writer (holding
 * the Protected B clearance or not) on the program's date. A write goes in two steps, each inside the caller's
 * transaction, so that all or nothing is the caller's commit or rollback:
 * <ol>
 * <li>{@link #read} checks JSON or CSV records against the model (and their references against the keys of the graph
 * the writer may see) and turns them into {@link GraphData}, or refuses them with every {@link DataProblem} found
 * ({@link InvalidDataException});</li>
 * <li>{@link #write} merges that data on business keys, classifies it by the model's
 * {@link ca.engagementgraph.model.ClassificationRule}, and checks the cross-record rules on the state it leaves: the
 * caller commits only when {@link Written#problems()} is empty.</li>
 * </ol>
 * It also reads nodes back as records in the same data-file format ({@link #record}, {@link #records}): what the
 * exporter writes and the audit trail keeps. The reader, writer, rules and key lookups behind it are the package's own.
 */
public final class Loading {

	/** One data file (or a mutation's input), by name: the name locates the problems found in it. */
	public record Input(String name, InputStream content) {
	}

	/** Told after each batch: rows done so far out of the total. */
	@FunctionalInterface
	public interface Progress {

		Progress NONE = (done, total) -> {
		};

		void update(long done, long total);
	}

	/**
	 * What a write did (rows merged, nodes created or changed) and what it left wrong: the violations of the
	 * cross-record and classification rules, located at the records they came from. Not empty: roll back.
	 *
	 * @param ids the element ids, in the write's transaction, of the records written ({@link #anyProtected} finds
	 *            them by id, not by key)
	 */
	public record Written(int nodes, int relationships, long created, long changed, List<DataProblem> problems,
			List<String> ids) {

		public Written {
			problems = List.copyOf(problems);
			ids = List.copyOf(ids);
		}

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	private final GraphModel model;
	private final boolean cleared;
	private final GraphDataWriter writer;
	private final DomainRules rules;

	/**
	 * @param today   the program's date ({@code api/Today}): no meeting after it can be HELD
	 * @param cleared whether the writer holds the Protected B clearance. A writer without it finds no Protected B
	 *                record (a reference to one is an unknown key), may write none, and never removes a relationship
	 *                to one.
	 */
	public Loading(GraphModel model, LocalDate today, boolean cleared) {
		this(model, cleared, new GraphDataWriter(model, cleared), new DomainRules(today, cleared));
	}

	private Loading(GraphModel model, boolean cleared, GraphDataWriter writer, DomainRules rules) {
		this.model = model;
		this.cleared = cleared;
		this.writer = writer;
		this.rules = rules;
	}

	/**
	 * The same, leaving the nodes' versions to the caller: a recorded change moves the version itself, once, in the
	 * statement that checks it ({@code recording/RecordingService}).
	 */
	public Loading leavingVersions() {
		return new Loading(model, cleared, writer.leavingVersions(), rules);
	}

	/**
	 * Checks the inputs and turns them into data ready to write; references may point at nodes of the graph
	 * {@code graph} reads (a session, or the change's own transaction) that this writer may see.
	 *
	 * @throws InvalidDataException with every problem found; nothing was written
	 */
	public GraphData read(SimpleQueryRunner graph, List<Input> inputs) {
		return new DataReader(model).read(inputs, new GraphKeys(graph, model, cleared));
	}

	/**
	 * The same, for inputs that refer only to each other (no graph asked).
	 *
	 * @throws InvalidDataException with every problem found
	 */
	public GraphData read(List<Input> inputs) {
		return new DataReader(model).read(inputs, KeyLookup.NONE);
	}

	/**
	 * Writes the data in the caller's transaction, classifies what it wrote, and checks the rules on the resulting
	 * state. Writing the same data twice changes nothing.
	 */
	public Written write(SimpleQueryRunner tx, GraphData data, Progress progress) {
		var summary = writer.write(tx, data, progress);
		var problems = rules.violations(tx, data, summary);
		return new Written(summary.nodes(), summary.relationships(), summary.created(), summary.changed(), problems,
				summary.written());
	}

	/** The most problems {@link #violationsEverywhere} lists: past that, more of them tell nothing new. */
	public static final int MAX_PROBLEMS_EVERYWHERE = 100;

	/**
	 * The cross-record rules checked on the whole graph (every meeting, every plan), for a graph written without
	 * transactions (an offline load): each problem located at its record by label and key.
	 */
	public List<DataProblem> violationsEverywhere(SimpleQueryRunner tx) {
		return rules.violationsEverywhere(tx, MAX_PROBLEMS_EVERYWHERE);
	}

	/**
	 * The same, after an offline load whose stream checked the meetings' other rules ({@code transfer.MeetingRulesInMemory}):
	 * {@code checked} is what it found, which comes first.
	 */
	public List<DataProblem> violationsEverywhereButMeetings(SimpleQueryRunner tx, List<DataProblem> checked) {
		return rules.violationsEverywhereBut(tx, checked, MAX_PROBLEMS_EVERYWHERE);
	}

	/**
	 * After an offline load: classifies the records whose classification their own batch could not decide (a
	 * meeting of the working group, an action of a Protected B meeting, listed apart from it) and tells whether the
	 * graph holds any Protected B record.
	 */
	public boolean classifyUndecided(SimpleQueryRunner tx) {
		return Classifying.classifyUndecided(tx);
	}

	/** Whether any record {@code data} wrote is Protected B now (after {@link #write}): its audit event is. */
	public boolean anyProtected(SimpleQueryRunner tx, GraphData data, Written written) {
		return Classifying.anyProtected(tx, data, written.ids());
	}

	/** The node of {@code type} with {@code key} as a data-file record, or null when there is none. */
	public static @Nullable Map<String, Object> record(SimpleQueryRunner tx, GraphModel model, NodeType type,
			String key) {
		var rows = tx.run(GraphRecords.query(model, type, true), Map.of("key", key)).list();
		return rows.isEmpty() ? null : GraphRecords.toRecord(model, type, rows.getFirst());
	}

	/** Every node of {@code type} as a data-file record, in key order. */
	public static List<Map<String, Object>> records(SimpleQueryRunner tx, GraphModel model, NodeType type) {
		return tx.run(GraphRecords.query(model, type, false)).list(row -> GraphRecords.toRecord(model, type, row));
	}

	/** The relationships a record of {@code label} lists, one field per type. */
	public static List<RelationshipSpec> recordedOn(GraphModel model, String label) {
		return GraphRecords.recordedOn(model, label);
	}
}
