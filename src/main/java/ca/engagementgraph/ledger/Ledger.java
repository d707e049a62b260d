package ca.engagementgraph.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

import ca.engagementgraph.database.WriteTransactions;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.stereotype.Component;

/**
 * The leverage ledger as the rest of the service sees it: facts about what was raised where, kept in the graph in
 * the same transaction as every change (MODEL.md, "The leverage ledger"), and rebuilt on demand.
 */
@Component
public class Ledger {

	private final Driver driver;
	private final ca.engagementgraph.database.TransactionLimits limits;
	private final boolean everyChangeSeen;
	/** The service's transactions when they run in the embedded database's process: the rebuild's go there too. */
	private final @Nullable WriteTransactions inProcess;

	/** A ledger kept by the service's own writes only (a command working on an external database). */
	public Ledger(Driver driver, ca.engagementgraph.database.TransactionLimits limits) {
		this(driver, limits, false, null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	Ledger(Driver driver, ca.engagementgraph.database.TransactionLimits limits,
			org.springframework.core.env.Environment environment, WriteTransactions writes) {
		// The embedded database calls the ledger's listener with every change before it commits.
		this(driver, limits, ca.engagementgraph.database.DatabaseMode.embedded(environment),
				writes.runsInProcess() ? writes : null);
	}

	private Ledger(Driver driver, ca.engagementgraph.database.TransactionLimits limits, boolean everyChangeSeen,
			@Nullable WriteTransactions inProcess) {
		this.driver = driver;
		this.limits = limits;
		this.everyChangeSeen = everyChangeSeen;
		this.inProcess = inProcess;
	}

	/** A record a write of the service creates or updates, by label and business key. */
	public record Subject(String label, String key) {
	}

	/** What a write is about to change, as {@link #beforeWrite} read it. */
	public static final class PendingWrite {

		private final OwnWrites.@Nullable Pending pending;

		private PendingWrite(OwnWrites.@Nullable Pending pending) {
			this.pending = pending;
		}
	}

	/**
	 * Called by a write of the service, in its transaction, before it changes anything; {@link #afterWrite} after its
	 * last change. With the embedded database both do nothing (its listener sees the change); with an external one
	 * they keep the ledger current in the same transaction. Anything else writing to an external database needs a
	 * {@code ledger rebuild} (README), and the start-up check finds a ledger that drifted.
	 */
	public PendingWrite beforeWrite(SimpleQueryRunner tx, java.util.List<Subject> subjects) {
		return new PendingWrite(everyChangeSeen ? null : OwnWrites.before(tx, subjects));
	}

	/** The ledger brought up to date with the write, in its transaction (see {@link #beforeWrite}). */
	public void afterWrite(SimpleQueryRunner tx, PendingWrite write) {
		if (write.pending != null) {
			OwnWrites.after(tx, write.pending);
		}
	}

	/**
	 * For a batch of a bulk load, called inside its transaction: the ledger is not kept batch by batch but marked
	 * stale, and {@link #rebuild} must follow the load (a start-up finding it stale rebuilds it too). The mark is the
	 * transaction's metadata, which the ledger's listener reads before the commit.
	 */
	public static void defer(SimpleQueryRunner tx) {
		tx.run("CALL tx.setMetaData($metadata)", Map.of("metadata", LedgerState.DEFERRED)).consume();
		// Marked here too, not only by the embedded database's listener: an external database has none, and a load
		// that dies before its rebuild must leave a ledger the next start knows to rebuild.
		tx.run(LedgerState.MARK_STALE).consume();
	}

	/** The format of the ledger this build keeps (a store built with another is upgraded or rebuilt at start). */
	public static int format() {
		return LedgerState.FORMAT;
	}

	/** The countries whose ledger counters disagree with the graph (empty when it agrees): the start-up check. */
	public java.util.List<String> drifted() {
		try (var session = driver.session()) {
			return LedgerState.drifted(session);
		}
	}

	/**
	 * Brings a current ledger of an earlier format ({@link LedgerState#upgradable}) to this one by building what the
	 * later formats add: the radar's days from the meeting rows (format 4), the meeting rows' open actions and the
	 * dated rows' counters (format 5), the first raisers of waiting results in Ottawa (format 6). Returns how many
	 * nodes and properties it wrote.
	 */
	long upgrade(int from) {
		try (var session = driver.session()) {
			var writes = LedgerRebuild.writes(limits.forLoading());
			long written = from < 4 ? RadarDays.rebuild(session, writes, LedgerRebuild.WRITE_BATCH) : 0;
			var upgrades = new ArrayList<String>();
			if (from < 5) {
				upgrades.addAll(List.of(LedgerCypher.UPGRADE_OPEN_ACTIONS, LedgerCypher.UPGRADE_DATED_COUNTERS));
			}
			upgrades.addAll(LedgerCypher.UPGRADE_FIRST_RAISERS);
			for (String upgrade : upgrades) {
				written += session.executeWrite(tx -> tx.run(upgrade).consume().counters().propertiesSet(), writes);
			}
			LedgerState.markCurrent(session);
			return written;
		}
	}

	/**
	 * The ledger's rows computed from {@code graph}, country by country ({@code countries}, in order), each handed to
	 * {@code rows} with its label: the rows a rebuild creates, for an offline load to write with the graph's own records
	 * (the computation is the rebuild's: {@link LedgerRebuild#compute}). Once the store is open,
	 * {@link #completeRowsWritten} adds what is counted from the rows. Returns how many rows.
	 */
	public static <N> long computeRows(LedgerSource<N> graph, List<String> countries,
			BiConsumer<String, Map<String, Object>> rows) {
		long count = 0;
		for (String country : countries) {
			var ledger = LedgerRebuild.compute(country, CountryWalks.meetings(graph, country),
					CountryWalks.raisables(graph, country));
			for (var part : LedgerRebuild.parts(ledger)) {
				part.getValue().forEach(row -> rows.accept(part.getKey(), row));
				count += part.getValue().size();
			}
		}
		return count;
	}

	/**
	 * Completes a ledger whose rows an offline load wrote ({@link #computeRows}): the radar's days, counted from the
	 * meeting rows, and the ledger marked current. Returns how many days.
	 */
	public long completeRowsWritten() {
		try (var session = driver.session()) {
			long days = RadarDays.rebuild(session, LedgerRebuild.writes(limits.forLoading()), LedgerRebuild.WRITE_BATCH);
			LedgerState.markCurrent(session);
			return days;
		}
	}

	/** Builds the ledger again from the whole graph, reporting records done; returns how many. */
	public long rebuild(LongConsumer progress) {
		var loading = limits.forLoading();
		return LedgerRebuild.run(driver, loading, inProcess != null ? LedgerRebuild.Transactions.inProcess(inProcess)
				: LedgerRebuild.Transactions.over(driver, loading), progress);
	}
}
