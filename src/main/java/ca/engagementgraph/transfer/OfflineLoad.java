package ca.engagementgraph.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import ca.engagementgraph.database.NewNodes;
import ca.engagementgraph.ledger.Ledger;
import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.InvalidDataException;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.model.ClassificationRule;
import ca.engagementgraph.model.GraphModel;
import org.jspecify.annotations.Nullable;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.springframework.util.FileSystemUtils;

/**
 * The bulk path into a data folder that holds no graph yet: Neo4j's offline importer writes the store files directly,
 * before the embedded database first starts, instead of committing transactions through Cypher. A load of millions of
 * records into an empty graph is what it is for (a synthetic scale, a large first import): the transactional path
 * ({@link GraphImporter#loadInBatches}) spends most of its time planning, checking and committing what nobody else
 * can see yet (graph-schema/PERFORMANCE.md, section 3).
 *
 * <p>What the transactional path does in each write is done here or right after the database opens, so that both
 * leave the same graph: every node gets its business key, its properties and version 1 (or the version a restore
 * carries; a record whose classification only the graph could decide and which the rule raised is at version 2);
 * the classification rule is applied as the records go by where a record and its own batch decide it (labels that are
 * always Protected B, the working group's meetings and their actions, a stated marking) and left to
 * the graph otherwise (sources, judged by what cites them). The leverage ledger's rows are computed from the graph
 * the load holds in memory ({@link LoadedGraph}) and written with it, after its nodes. Classifying what the batches
 * could not decide, the cross-record rules, the audit event and what the ledger counts from its rows follow when the
 * database is open ({@link GraphImporter#afterOfflineLoad}).
 *
 * <p>Memory: nodes stream through (a map of their keys stays, about 200 MB at scale L); relationships wait, as ints,
 * until every node is written, since the importer takes all nodes first: 13 bytes a relationship, 85 MB at scale L, and
 * 16 more while they are checked for duplicates, besides each distinct set of properties (a meeting's attendance says
 * lead or not). The ledger's walks add each node's label, a meeting's date, status and setting, and the relationships
 * they follow laid out by node both ways (about 150 MB at scale L), and one country's rows at a time. A load of scale L
 * runs in a 1 GB heap (at most about 660 MB live, measured).
 */
public final class OfflineLoad {

	/**
	 * What an offline load wrote.
	 *
	 * @param nodes           the graph's nodes (the ledger's rows not counted)
	 * @param meetingProblems what the meeting rules checked in the load's stream found
	 *                        ({@link MeetingRulesInMemory}), or null when they were not checked there and the
	 *                        graph must be checked once open
	 * @param ledgerRows      the ledger's rows the load wrote ({@link LoadedGraph}), or -1 when it wrote none and the
	 *                        ledger must be built once the graph is open
	 */
	public record Report(long nodes, long relationships, long millis, @Nullable List<DataProblem> meetingProblems,
			long ledgerRows) {

		/** A load whose meetings the open graph is checked for, and its ledger built. */
		public Report(long nodes, long relationships, long millis) {
			this(nodes, relationships, millis, null, -1);
		}

		/** A load whose meetings were checked as it streamed, and whose ledger must be built. */
		public Report(long nodes, long relationships, long millis, @Nullable List<DataProblem> meetingProblems) {
			this(nodes, relationships, millis, meetingProblems, -1);
		}

		/** The graph's records: its nodes and relationships, the ledger's rows not counted. */
		public long rows() {
			return nodes + relationships;
		}

		public boolean ledgerWritten() {
			return ledgerRows >= 0;
		}
	}

	/**
	 * The importer's defaults, and the token lookup indexes every store has (a label or type scan uses them), which the
	 * importer builds only when asked: the database would otherwise start without them.
	 */
	private static final Configuration CONFIGURATION = new Configuration() {

		@Override
		public IndexConfig indexConfig() {
			return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
		}
	};

	private OfflineLoad() {
	}

	/**
	 * Whether the offline importer can write the graph of {@code home} (a data folder of the embedded database): only
	 * when Neo4j never started there, so nothing of any graph is on disk yet.
	 */
	public static boolean possible(Path home) {
		return !Files.exists(home.resolve("data"));
	}

	/**
	 * Writes the batches {@code source} hands over (in order, each referring only to nodes of itself and of earlier
	 * batches) as the graph of {@code home}, which must hold none ({@link #possible}).
	 *
	 * @param expectedRows about how many nodes and relationships will come (sizes the importer's buffers)
	 * @throws InvalidDataException when a record breaks a rule this path can see (a key written twice, a marking
	 *                              the classification rule overrides within the record's batch); the folder is then
	 *                              left without a graph
	 */
	public static Report load(Path home, Consumer<Consumer<GraphData>> source, long expectedRows) {
		if (!possible(home)) {
			throw new IllegalStateException(home + " already holds a database: an offline load needs an empty data folder");
		}
		long started = System.nanoTime();
		var nodes = new NodeStream(source);
		// Written beside the data folder, then moved into place at once: a load stopped half way leaves no store.
		Path staging = home.resolve("offline-load");
		deleteQuietly(staging);
		var config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, staging.toAbsolutePath()).build();
		try (var fs = new DefaultFileSystemAbstraction(); var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
			var importer = BatchImporterFactory.withHighestPriority()
				.instantiate(DatabaseLayout.of(config), fs, PageCacheTracer.NULL, CONFIGURATION,
						NullLogService.getInstance(), ExecutionMonitor.INVISIBLE, DefaultAdditionalIds.EMPTY,
						new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
						TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
						EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY,
						DatabaseCreationOptions.EMPTY_CREATION_OPTIONS);
			long expectedNodes = Math.max(1_000, expectedRows / 5);
			long expectedRelationships = Math.max(1_000, expectedRows - expectedNodes);
			var estimates = Input.knownEstimates(expectedNodes, expectedRelationships, expectedNodes * 6, 0,
					expectedNodes * 6 * 16, 0, expectedNodes);
			importer.doImport(Input.input(nodes, nodes.relationships(), IdType.ACTUAL, estimates, ReadableGroups.EMPTY,
					false));
		}
		catch (IOException ex) {
			deleteQuietly(staging);
			throw new UncheckedIOException("The offline load into " + home + " failed: " + ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(staging);
			throw nodes.failure() != null ? nodes.failure() : ex;
		}
		finally {
			nodes.stop();
		}
		if (nodes.failure() != null) {
			deleteQuietly(staging);
			throw nodes.failure();
		}
		try {
			Files.move(staging.resolve("data"), home.resolve("data"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The offline load's store could not be moved into " + home, ex);
		}
		finally {
			deleteQuietly(staging);
		}
		return new Report(nodes.count(), nodes.relationshipCount(), (System.nanoTime() - started) / 1_000_000,
				nodes.meetingProblems(), nodes.ledgerRows());
	}

	/** Deletes {@code folder} and everything in it, if it exists (a load's staging folder, a failed load's store). */
	public static void deleteQuietly(Path folder) {
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			// Best effort: the next start reports a damaged store rather than silently using half a load.
		}
	}

	/**
	 * The nodes of the source's batches, numbered in order (the importer's actual node ids), streamed to the importer
	 * while the source runs on a thread of its own; each batch's relationships are kept, by those numbers, for
	 * {@link #relationships()}.
	 */
	private static final class NodeStream implements InputIterable {

		private static final List<Written> END = List.of();

		/** Nodes handed to the importer's threads at once. */
		private static final int SLICE = 2_000;

		private final Consumer<Consumer<GraphData>> source;
		private final BlockingQueue<List<Written>> handOver = new ArrayBlockingQueue<>(4);
		private final Map<String, Integer> ids = new HashMap<>();
		private final Set<String> protectedMeetings = new HashSet<>();
		private final Relationships relationships = new Relationships();
		/** Each node's {@code Label:key} (the map's own strings) by number: what a problem found by number names. */
		private String[] keys = new String[1 << 16];
		/** The meeting rules' arrays, let go of once checked (the ledger's computation follows). */
		private @Nullable MeetingRulesInMemory rules = new MeetingRulesInMemory();
		private final LoadedGraph graph = new LoadedGraph();
		private volatile @Nullable List<DataProblem> meetingProblems;
		private volatile long ledgerRows = -1;
		private volatile Throwable failure;
		private Thread producer;
		private long count;

		NodeStream(Consumer<Consumer<GraphData>> source) {
			this.source = source;
		}

		@Override
		public synchronized InputIterator iterator() {
			if (producer != null) {
				throw new IllegalStateException("The offline load reads its nodes once");
			}
			producer = Thread.ofPlatform().name("offline-load-source").daemon(true).start(this::produce);
			return new InputIterator() {

				private boolean ended;

				@Override
				public InputChunk newChunk() {
					return new NodeChunk();
				}

				@Override
				public synchronized boolean next(InputChunk chunk) {
					if (ended) {
						return false;
					}
					try {
						var nodes = handOver.take();
						if (nodes == END) {
							ended = true;
							return false;
						}
						((NodeChunk) chunk).nodes = nodes;
						((NodeChunk) chunk).next = 0;
						return true;
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IllegalStateException("Interrupted while reading the offline load's nodes", ex);
					}
				}

				@Override
				public void close() {
				}
			};
		}

		private void produce() {
			try {
				source.accept(batch -> {
					var prepared = prepare(batch);
					try {
						// In slices, so that the importer's threads share a batch.
						for (int from = 0; from < prepared.size(); from += SLICE) {
							handOver.put(prepared.subList(from, Math.min(prepared.size(), from + SLICE)));
						}
					}
					catch (InterruptedException ex) {
						throw new Stopped();
					}
				});
			}
			catch (Stopped stopped) {
				return;
			}
			catch (Throwable ex) {
				// An Error too (out of memory, say): the importer waits for the end, which must come.
				failure = ex;
			}
			if (failure == null) {
				try {
					// While the importer still writes the last nodes: every relationship is known now.
					ids.clear();
					relationships.forEachWritten(rules::relationship);
					meetingProblems = rules.problems(Loading.MAX_PROBLEMS_EVERYWHERE,
							number -> keys[number].substring(keys[number].indexOf(':') + 1));
					rules = null;
					if (meetingProblems.isEmpty()) {
						writeLedger();
					}
				}
				catch (Stopped stopped) {
					return;
				}
				catch (Throwable ex) {
					failure = ex;
				}
			}
			try {
				handOver.put(END);
			}
			catch (InterruptedException ex) {
				// The importer is gone: nobody waits for the end.
			}
		}

		/**
		 * Computes the ledger's rows from the graph in memory and hands them to the importer after the graph's nodes,
		 * numbered after them: the database then opens with its ledger written (but for what is counted from it,
		 * {@code Ledger.completeRowsWritten}).
		 */
		private void writeLedger() {
			graph.linked(keys, relationship -> relationships.forEachWritten(
					(start, type, end, properties) -> relationship.between(start, type, end)));
			var slice = new ArrayList<Written>(SLICE);
			long[] next = { count };
			long rows = Ledger.computeRows(graph, graph.countries(), (label, row) -> {
				slice.add(new LedgerRow(Math.toIntExact(next[0]++), label, row));
				if (slice.size() == SLICE) {
					handOverCopy(slice);
				}
			});
			handOverCopy(slice);
			ledgerRows = rows;
		}

		private void handOverCopy(List<Written> slice) {
			if (slice.isEmpty()) {
				return;
			}
			try {
				handOver.put(List.copyOf(slice));
			}
			catch (InterruptedException ex) {
				throw new Stopped();
			}
			slice.clear();
		}

		/** Numbers the batch's nodes, classifies them, and keeps its relationships by those numbers. */
		private List<Written> prepare(GraphData batch) {
			var rwgMeetings = new HashSet<String>();
			var actionsOf = new HashMap<String, String>();
			for (var relationship : batch.relationships()) {
				String type = relationship.spec().type();
				if (type.equals("PART_OF") && relationship.fromLabel().equals("Engagement")
						&& relationship.toLabel().equals("Organization")
						&& relationship.toKey().equals(ClassificationRule.REMOVALS_WORKING_GROUP)) {
					rwgMeetings.add(relationship.fromKey());
				}
				if (type.equals("FROM") && relationship.fromLabel().equals("Action")) {
					actionsOf.put(relationship.fromKey(), relationship.toKey());
				}
			}
			var prepared = new ArrayList<Written>(batch.nodes().size());
			var problems = new ArrayList<DataProblem>();
			for (var node : batch.nodes()) {
				String id = node.label() + ":" + node.key();
				int number = Math.toIntExact(count);
				if (ids.putIfAbsent(id, number) != null) {
					problems.add(problem(node, null, "data.duplicateKey", List.of(node.label(), node.key())));
					continue;
				}
				count++;
				if (number == keys.length) {
					keys = Arrays.copyOf(keys, keys.length * 2);
				}
				keys[number] = id;
				rules.node(number, node);
				String stated = (String) node.properties().get(ClassificationRule.PROPERTY);
				String classification = classification(node, stated, rwgMeetings, actionsOf);
				graph.node(number, node.label(), node.key(), node.properties(), classification);
				if (ClassificationRule.UNCLASSIFIED.equals(stated) && ClassificationRule.PROTECTED_B.equals(classification)) {
					problems.add(problem(node, ClassificationRule.PROPERTY, "rule.protectedByRule",
							List.of(node.label(), node.key())));
				}
				if (node.label().equals("Engagement") && ClassificationRule.PROTECTED_B.equals(classification)) {
					protectedMeetings.add(node.key());
				}
				prepared.add(new Prepared(number, node, classification));
			}
			for (var relationship : batch.relationships()) {
				Integer from = ids.get(relationship.fromLabel() + ":" + relationship.fromKey());
				Integer to = ids.get(relationship.toLabel() + ":" + relationship.toKey());
				if (from == null || to == null) {
					throw new IllegalStateException("A relationship " + relationship.spec().type() + " refers to a node no batch so far wrote: "
							+ (from == null ? relationship.fromLabel() + " " + relationship.fromKey()
									: relationship.toLabel() + " " + relationship.toKey()));
				}
				relationships.add(from, relationship.spec().type(), to, relationship.properties());
			}
			if (!problems.isEmpty()) {
				throw new InvalidDataException(problems);
			}
			return prepared;
		}

		/**
		 * The classification rule where the record and its batch decide it; null where the graph must (a source is
		 * judged by what cites it), which the start's classification of unclassified nodes then settles.
		 */
		private String classification(GraphData.NodeRow node, String stated, Set<String> rwgMeetings,
				Map<String, String> actionsOf) {
			String label = node.label();
			if (ClassificationRule.ALWAYS_PROTECTED.contains(label)) {
				return ClassificationRule.PROTECTED_B;
			}
			boolean byRule = switch (label) {
				case "Engagement" -> rwgMeetings.contains(node.key());
				case "Action" -> protectedMeetings.contains(actionsOf.get(node.key()));
				case "Source" -> false;
				default -> false;
			};
			if (byRule || ClassificationRule.PROTECTED_B.equals(stated)) {
				return ClassificationRule.PROTECTED_B;
			}
			if (label.equals("Source")) {
				return stated;
			}
			return ClassificationRule.UNCLASSIFIED;
		}

		private static DataProblem problem(GraphData.NodeRow node, String field, String code, List<Object> args) {
			var origin = node.origin();
			return new DataProblem(origin.file(), origin.position(), origin.unit(), field, code, args);
		}

		InputIterable relationships() {
			return relationships;
		}

		/** What stopped the source, as thrown to the load's caller (an Error as it is), or null. */
		RuntimeException failure() {
			return switch (failure) {
				case null -> null;
				case RuntimeException ex -> ex;
				case Error error -> throw error;
				default -> new IllegalStateException("The offline load's source failed", failure);
			};
		}

		long count() {
			return count;
		}

		long relationshipCount() {
			return relationships.written();
		}

		@Nullable List<DataProblem> meetingProblems() {
			return meetingProblems;
		}

		long ledgerRows() {
			return ledgerRows;
		}

		void stop() {
			if (producer != null) {
				producer.interrupt();
			}
		}

		private static final class Stopped extends RuntimeException {

			Stopped() {
				super(null, null, false, false);
			}
		}
	}

	/** A node for the importer, numbered (its id in the store). */
	private sealed interface Written {

		void visit(InputEntityVisitor visitor) throws IOException;
	}

	/** A record of the graph, with its classification. */
	private record Prepared(int id, GraphData.NodeRow node, String classification) implements Written {

		@Override
		public void visit(InputEntityVisitor visitor) throws IOException {
			var type = GraphModel.get().nodeType(node.label()).orElseThrow();
			visitor.id(id);
			visitor.labels(new String[] { node.label() });
			visitor.property(type.key(), node.key(), false);
			for (var property : node.properties().entrySet()) {
				if (property.getKey().equals(type.key()) || property.getKey().equals(ClassificationRule.PROPERTY)) {
					continue;
				}
				Object value = NewNodes.stored(property.getValue());
				if (value != null) {
					visitor.property(property.getKey(), value, false);
				}
			}
			visitor.property(GraphModel.VERSION, node.version() == null ? 1L : node.version(), false);
			if (classification != null) {
				visitor.property(ClassificationRule.PROPERTY, classification, false);
			}
			visitor.endOfEntity();
		}
	}

	/** A row of the ledger, as {@code NewNodes.create} would create it. */
	private record LedgerRow(int id, String label, Map<String, Object> row) implements Written {

		@Override
		public void visit(InputEntityVisitor visitor) throws IOException {
			visitor.id(id);
			visitor.labels(new String[] { label });
			for (var property : row.entrySet()) {
				Object value = NewNodes.stored(property.getValue());
				if (value != null) {
					visitor.property(property.getKey(), value, false);
				}
			}
			visitor.endOfEntity();
		}
	}

	private static final class NodeChunk implements InputChunk {

		List<Written> nodes;
		int next;

		@Override
		public boolean next(InputEntityVisitor visitor) throws IOException {
			if (nodes == null || next >= nodes.size()) {
				return false;
			}
			nodes.get(next++).visit(visitor);
			return true;
		}

		@Override
		public void close() {
		}
	}

	/**
	 * Every relationship of the load, by node numbers, in compact arrays; the same relationship (ends and type) listed
	 * twice is kept once, with the properties listed last, as the transactional path's create leaves it.
	 */
	private static final class Relationships implements InputIterable {

		private static final int CHUNK = 10_000;

		private final List<String> types = new ArrayList<>();
		private final Map<String, Byte> typeIndex = new HashMap<>();
		private final List<Map<String, Object>> propertySets = new ArrayList<>();
		private final Map<Map<String, Object>, Integer> distinctSets = new HashMap<>();
		private int[] from = new int[1 << 16];
		private int[] to = new int[1 << 16];
		private byte[] type = new byte[1 << 16];
		private int[] properties = new int[1 << 16];
		private int size;

		void add(int start, String relationshipType, int end, Map<String, Object> props) {
			if (size == from.length) {
				int grown = from.length * 2;
				from = Arrays.copyOf(from, grown);
				to = Arrays.copyOf(to, grown);
				type = Arrays.copyOf(type, grown);
				properties = Arrays.copyOf(properties, grown);
			}
			byte t = typeIndex.computeIfAbsent(relationshipType, name -> {
				types.add(name);
				return (byte) (types.size() - 1);
			});
			from[size] = start;
			to[size] = end;
			type[size] = t;
			if (props.isEmpty()) {
				properties[size] = -1;
			}
			else {
				// Kept once per distinct set: a meeting's attendance says lead or not, two sets for two million
				// relationships at scale L.
				properties[size] = distinctSets.computeIfAbsent(props, set -> {
					propertySets.add(set);
					return propertySets.size() - 1;
				});
			}
			size++;
		}

		/** What {@link #forEachWritten} tells of each relationship written. */
		@FunctionalInterface
		interface Visitor {

			void relationship(int from, String type, int to, Map<String, Object> properties);
		}

		/** Every relationship as it is written: of one listed twice, the last listing. */
		void forEachWritten(Visitor visitor) {
			markSuperseded();
			for (int i = 0; i < size; i++) {
				if (!superseded.get(i)) {
					visitor.relationship(from[i], types.get(type[i]), to[i],
							properties[i] < 0 ? Map.of() : propertySets.get(properties[i]));
				}
			}
		}

		/** The relationships listed again later (same ends and type): not written, the later one is. */
		private java.util.BitSet superseded;

		/** How many relationships are written: those listed, less those listed again later. */
		synchronized int written() {
			markSuperseded();
			return size - superseded.cardinality();
		}

		/**
		 * Finds the relationships listed twice by sorting their (type, start, end) packed in a long each: equal ones end
		 * up side by side; a load that lists none (the usual case) pays one sort.
		 */
		private synchronized void markSuperseded() {
			if (superseded != null) {
				return;
			}
			superseded = new java.util.BitSet(size);
			if (size == 0) {
				return;
			}
			if (types.size() > 64) {
				throw new IllegalStateException("An offline load takes at most 64 relationship types");
			}
			var keys = new long[size];
			for (int i = 0; i < size; i++) {
				keys[i] = key(i);
			}
			Arrays.sort(keys);
			var twice = new java.util.HashSet<Long>();
			for (int i = 1; i < keys.length; i++) {
				if (keys[i] == keys[i - 1]) {
					twice.add(keys[i]);
				}
			}
			if (twice.isEmpty()) {
				return;
			}
			var kept = new java.util.HashSet<Long>();
			for (int i = size - 1; i >= 0; i--) {
				long key = key(i);
				if (twice.contains(key) && !kept.add(key)) {
					superseded.set(i);
				}
			}
		}

		/** Type (6 bits), start and end (29 bits each: half a billion nodes) in one long. */
		private long key(int i) {
			if (from[i] >= 1 << 29 || to[i] >= 1 << 29) {
				throw new IllegalStateException("An offline load takes at most 536,870,912 nodes");
			}
			return ((long) type[i] << 58) | ((long) from[i] << 29) | to[i];
		}

		@Override
		public InputIterator iterator() {
			markSuperseded();
			return new InputIterator() {

				private int next;

				@Override
				public InputChunk newChunk() {
					return new RelationshipChunk();
				}

				@Override
				public synchronized boolean next(InputChunk chunk) {
					if (next >= size) {
						return false;
					}
					var relationshipChunk = (RelationshipChunk) chunk;
					relationshipChunk.position = next;
					relationshipChunk.end = Math.min(size, next + CHUNK);
					next = relationshipChunk.end;
					return true;
				}

				@Override
				public void close() {
				}
			};
		}

		private final class RelationshipChunk implements InputChunk {

			int position;
			int end;

			@Override
			public boolean next(InputEntityVisitor visitor) throws IOException {
				if (position >= end) {
					return false;
				}
				int i = position++;
				while (superseded.get(i)) {
					if (position >= end) {
						return false;
					}
					i = position++;
				}
				visitor.startId(from[i]);
				visitor.endId(to[i]);
				visitor.type(types.get(type[i]));
				if (properties[i] >= 0) {
					for (var property : propertySets.get(properties[i]).entrySet()) {
						Object value = NewNodes.stored(property.getValue());
						if (value != null) {
							visitor.property(property.getKey(), value, false);
						}
					}
				}
				visitor.endOfEntity();
				return true;
			}

			@Override
			public void close() {
			}
		}
	}
}
