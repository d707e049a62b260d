package ca.engagementgraph.transfer;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.api.Today;
import ca.engagementgraph.audit.AuditTrail;
import ca.engagementgraph.database.TransactionLimits;
import ca.engagementgraph.database.WriteGate;
import ca.engagementgraph.database.WriteTransactions;
import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.InvalidDataException;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.model.GraphModel;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads JSON or CSV data into the graph, all or nothing: the files are checked against the model first (every
 * problem reported with file, record or line, field and reason), then written in one transaction together with
 * its audit event; the cross-record rules are checked on the written state before commit, and any violation rolls
 * everything back. A dry run goes through all of it and rolls back. Loading the same files again changes nothing.
 * The demo seed, the command line and the upload endpoint all load through here.
 *
 * <p>Every transaction here is loading work: it carries the loading time limit ({@code LOAD_TIMEOUT}, none by
 * default), never the request one, so a file that takes a slow machine minutes still loads.
 */
@Component
public class GraphImporter {

	private static final Logger LOG = LoggerFactory.getLogger(GraphImporter.class);

	private final WriteTransactions writes;
	private final Today today;
	private final TransactionLimits limits;
	private final ca.engagementgraph.ledger.Ledger ledger;
	private final GraphModel model = GraphModel.get();

	@org.springframework.beans.factory.annotation.Autowired
	public GraphImporter(WriteTransactions writes, Today today, TransactionLimits limits,
			ca.engagementgraph.ledger.Ledger ledger) {
		this.writes = writes;
		this.today = today;
		this.limits = limits;
		this.ledger = ledger;
	}

	/** An importer with limits of its own (a command, a test), over transactions of its own. */
	public GraphImporter(Driver driver, Today today, TransactionLimits limits) {
		this(WriteTransactions.over(driver, limits), today, limits, new ca.engagementgraph.ledger.Ledger(driver, limits));
	}

	/** The limits this importer's transactions carry (a failure report names the one that stopped it). */
	public TransactionLimits limits() {
		return limits;
	}

	/** Loads as a user with the Protected B clearance (the seed, the command line, which hold the database itself). */
	public ImportReport load(List<Loading.Input> inputs, boolean dryRun, String user,
			Loading.Progress progress) {
		return load(inputs, dryRun, user, true, progress, null);
	}

	/**
	 * Loads as a user who may or may not hold the Protected B clearance. Without it, an import that would create or
	 * change a Protected B record is refused as a whole, each such record named by its file and line only, with no
	 * count of what it would have changed (a dry run included): the report never tells a Protected B value. References
	 * to Protected B records are unknown keys to such a user, and relationships to them are kept as they are.
	 */
	public ImportReport load(List<Loading.Input> inputs, boolean dryRun, String user, boolean cleared,
			Loading.Progress progress) {
		return load(inputs, dryRun, user, cleared, progress, null);
	}

	/**
	 * Restores a backup into an empty graph: its data and its audit trail, in one transaction. A graph that already
	 * holds data is refused, so a restore can never mix two histories.
	 */
	public ImportReport restore(List<Loading.Input> inputs, List<Map<String, Object>> auditTrail, String user,
			Loading.Progress progress) {
		boolean empty = writes.loadingRead(tx -> tx.run("""
				MATCH (n) WHERE none(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n) = 0 AS empty
				""").single().get("empty").asBoolean());
		if (!empty) {
			return new ImportReport(inputs.stream().map(Loading.Input::name).toList(), false, false, 0, 0, 0, 0,
					List.of(new DataProblem("database", 0, "record", null, "data.notEmpty",
							List.of())), 0);
		}
		return load(inputs, false, user, true, progress, auditTrail);
	}

	private ImportReport load(List<Loading.Input> inputs, boolean dryRun, String user, boolean cleared,
			Loading.Progress progress, @Nullable List<Map<String, Object>> auditTrail) {
		long started = System.nanoTime();
		List<String> files = inputs.stream().map(Loading.Input::name).toList();
		var loading = new Loading(model, today.date(), cleared);
		GraphData data;
		try {
			// Read once, never retried: the inputs are streams.
			data = writes.loadingReadOnce(tx -> loading.read(tx, inputs));
		}
		catch (InvalidDataException invalid) {
			return new ImportReport(files, dryRun, false, 0, 0, 0, 0, invalid.problems(), elapsed(started));
		}
		// A Spring transaction, retried on transient failures (safe, the import is idempotent); its bookmark goes to
		// the reads that follow. A dry run or a rule violation leaves through RolledBack, which rolls back and is not
		// retried.
		try {
			return writes.loading(tx -> {
				WriteGate.enter(tx);
				var summary = loading.write(tx, data, progress);
				var violations = summary.problems();
				boolean commit = violations.isEmpty() && !dryRun;
				// Without the clearance, a refusal tells where and why, never what would have changed.
				boolean counts = cleared || violations.isEmpty();
				var report = new ImportReport(files, dryRun, commit, counts ? summary.nodes() : 0,
						counts ? summary.relationships() : 0, counts ? summary.created() : 0,
						counts ? summary.changed() : 0, violations, elapsed(started));
				if (!commit) {
					throw new RolledBack(report);
				}
				if (auditTrail != null) {
					AuditTrail.restore(tx, auditTrail);
				}
				AuditTrail.record(tx, user, auditTrail != null ? "RESTORE" : "IMPORT", null, null, null,
						(auditTrail != null ? "Restored " : "Imported ") + String.join(", ", files) + ": " + summary.nodes()
								+ " nodes (" + summary.created() + " created, " + summary.changed() + " changed), "
								+ summary.relationships() + " relationships", loading.anyProtected(tx, data, summary));
				return report;
			});
		}
		catch (RolledBack rolledBack) {
			return rolledBack.report;
		}
	}

	/** What a batch-committed load wrote. */
	public record BatchReport(long batches, long nodes, long relationships, long created, long changed, long millis) {

		public long rows() {
			return nodes + relationships;
		}

		public double rowsPerSecond() {
			return rows() / Math.max(0.001, millis / 1000.0);
		}
	}

	/**
	 * The bulk path for data too large for one transaction (a synthetic graph of millions of records): each batch
	 * {@code source} hands over is written, checked against the cross-record rules and committed in its own
	 * transaction, so memory stays flat whatever the total. It is <em>not</em> all or nothing: a batch refused by
	 * the rules stops the load with an {@link InvalidDataException} naming its problems, and the batches committed
	 * before it stay. The recovery is to load the same data again: every write is a MERGE on business keys, so the
	 * committed part is rewritten unchanged (no version moves) and the load carries on where it stopped. Batches
	 * must only refer to nodes of the graph, of earlier batches or of themselves. One audit event records the load.
	 *
	 * <p>The source runs on a thread of its own, one batch ahead of the writer ({@link #aheadOfTheWriter}): producing
	 * the next batch (generating or reading it) overlaps with writing this one instead of waiting for it.
	 *
	 * @param source   called once, on a thread of its own; hands each batch to the consumer it is given, in order
	 * @param progress told after each committed batch: rows done so far, and {@code expectedRows}
	 */
	public BatchReport loadInBatches(java.util.function.Consumer<java.util.function.Consumer<GraphData>> source,
			long expectedRows, String user, String description, Loading.Progress progress) {
		long started = System.nanoTime();
		var loading = new Loading(model, today.date(), true);
		long[] totals = new long[5]; // batches, nodes, relationships, created, changed
		boolean[] protectedB = { false };
		{
			aheadOfTheWriter(source, batch -> {
				var summary = writes.loading(tx -> {
					WriteGate.enter(tx);
					// Bulk: the ledger waits for one rebuild at the end instead of following every batch.
					ca.engagementgraph.ledger.Ledger.defer(tx);
					var written = loading.write(tx, batch, Loading.Progress.NONE);
					if (!written.ok()) {
						throw new InvalidDataException(written.problems());
					}
					protectedB[0] |= loading.anyProtected(tx, batch, written);
					return written;
				});
				totals[0]++;
				totals[1] += summary.nodes();
				totals[2] += summary.relationships();
				totals[3] += summary.created();
				totals[4] += summary.changed();
				progress.update(totals[1] + totals[2], Math.max(expectedRows, totals[1] + totals[2]));
			});
			ledger.rebuild(done -> {
			});
			var report = new BatchReport(totals[0], totals[1], totals[2], totals[3], totals[4], elapsed(started));
			writes.loading(tx -> {
				WriteGate.enter(tx);
				AuditTrail.record(tx, user, "IMPORT", null, null, null,
					"Loaded " + description + " in " + report.batches() + " committed batches: " + report.nodes()
							+ " nodes (" + report.created() + " created, " + report.changed() + " changed), "
							+ report.relationships() + " relationships", protectedB[0]);
				return null;
			});
			return report;
		}
	}

	/**
	 * Finishes an {@link OfflineLoad} once the database is open on what it wrote (the schema's migrations ran as it
	 * opened): gives the records whose classification the load could not decide from their own batch the one the rule
	 * says, then checks the cross-record rules on the whole graph (every meeting, every plan; of the meeting rules, only
	 * those the load's stream could not check, when it checked them: {@link OfflineLoad.Report#meetingProblems}) while
	 * the ledger is built, or completed when the load wrote its rows ({@link OfflineLoad.Report#ledgerWritten})
	 * (the two share nothing but the machine, whose second core the rules' single walk would leave idle), and records
	 * the load in the audit trail. A violation throws: the caller deletes the folder, which held no graph before
	 * (nothing a user recorded is touched). The service must have been started with the ledger's own build at start
	 * switched off ({@code engagement-graph.ledger.build-at-start=false}), or the ledger is built twice.
	 *
	 * @throws InvalidDataException with the violations found (at most {@link Loading#MAX_PROBLEMS_EVERYWHERE})
	 */
	public BatchReport afterOfflineLoad(OfflineLoad.Report offline, String user, String description) {
		long started = System.nanoTime();
		var loading = new Loading(model, today.date(), true);
		boolean protectedB = writes.loading(tx -> {
			WriteGate.enter(tx);
			return loading.classifyUndecided(tx);
		});
		long classified = System.nanoTime();
		if (offline.meetingProblems() != null && !offline.meetingProblems().isEmpty()) {
			// Refused already: no ledger to build for a graph about to be deleted.
			throw new InvalidDataException(writes.loadingRead(
					tx -> loading.violationsEverywhereButMeetings(tx, offline.meetingProblems())));
		}
		List<DataProblem> problems;
		try (var checker = java.util.concurrent.Executors.newSingleThreadExecutor()) {
			var rules = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
				// The meeting rules were checked as the load streamed, where it could (MeetingRulesInMemory).
				var found = writes.loadingRead(tx -> offline.meetingProblems() == null ? loading.violationsEverywhere(tx)
						: loading.violationsEverywhereButMeetings(tx, offline.meetingProblems()));
				LOG.info("Offline load: cross-record rules checked in {} ms", elapsed(classified));
				return found;
			}, checker);
			if (offline.ledgerWritten()) {
				// The load wrote the ledger's rows with the graph (LoadedGraph): only what is counted from them is left.
				ledger.completeRowsWritten();
			}
			else {
				ledger.rebuild(done -> {
				});
			}
			LOG.info("Offline load: classified in {} ms, ledger {} in {} ms", (classified - started) / 1_000_000,
					offline.ledgerWritten() ? "completed" : "built", elapsed(classified));
			problems = rules.join();
		}
		catch (java.util.concurrent.CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		writes.loading(tx -> {
			WriteGate.enter(tx);
			AuditTrail.record(tx, user, "IMPORT", null, null, null, "Loaded " + description + " offline: "
					+ offline.nodes() + " nodes (" + offline.nodes() + " created, 0 changed), " + offline.relationships()
					+ " relationships", protectedB);
			return null;
		});
		return new BatchReport(1, offline.nodes(), offline.relationships(), offline.nodes(), 0,
				offline.millis() + elapsed(started));
	}

	/** The end of a source's batches. */
	private static final Object END = new Object();

	/** A source's failure, handed to the writer to be thrown there. */
	private record SourceFailed(Throwable failure) {

		RuntimeException thrown() {
			if (failure instanceof Error error) {
				throw error;
			}
			return (RuntimeException) failure;
		}
	}

	/** The writer stopped (a batch refused): the source stops too. */
	private static final class WriterStopped extends RuntimeException {

		WriterStopped() {
			super(null, null, false, false);
		}
	}

	/**
	 * Runs {@code source} on a thread of its own and {@code write} on this one, handing batches over one at a time
	 * and in order: at most one batch waits while one is written, so memory stays flat. A failure of the source is
	 * thrown here; a failure of the writer stops the source.
	 */
	static void aheadOfTheWriter(java.util.function.Consumer<java.util.function.Consumer<GraphData>> source,
			java.util.function.Consumer<GraphData> write) {
		var handOver = new java.util.concurrent.ArrayBlockingQueue<Object>(1);
		Thread producer = Thread.ofPlatform().name("bulk-load-source").daemon(true).start(() -> {
			Object last = END;
			try {
				source.accept(batch -> {
					try {
						handOver.put(batch);
					}
					catch (InterruptedException stopped) {
						throw new WriterStopped();
					}
				});
			}
			catch (WriterStopped stopped) {
				return;
			}
			catch (RuntimeException | Error failure) {
				last = new SourceFailed(failure);
			}
			try {
				handOver.put(last);
			}
			catch (InterruptedException stopped) {
				// The writer is gone; nobody waits for the end.
			}
		});
		try {
			for (Object next = handOver.take(); next != END; next = handOver.take()) {
				if (next instanceof SourceFailed failed) {
					throw failed.thrown();
				}
				write.accept((GraphData) next);
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading in batches", interrupted);
		}
		finally {
			producer.interrupt();
		}
	}

	/** Rolls an import back on purpose (a dry run, or a rule violation), carrying its report. */
	private static final class RolledBack extends RuntimeException {

		private final ImportReport report;

		RolledBack(ImportReport report) {
			super(null, null, false, false);
			this.report = report;
		}
	}

	private static long elapsed(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
