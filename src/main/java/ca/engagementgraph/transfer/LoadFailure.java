package ca.engagementgraph.transfer;

import ca.engagementgraph.database.DatabaseFailures;
import ca.engagementgraph.database.TransactionLimits;

/**
 * What to tell the person whose load (an import or a restore) failed for a reason other than its data: the load was
 * rolled back, and what to change before running it again. "Retry" alone is said only where retrying can work.
 */
final class LoadFailure {

	private LoadFailure() {
	}

	/** A time limit or a lost database: states an operator can act on, not bugs. */
	static boolean expected(Throwable failure) {
		return DatabaseFailures.timedOut(failure) || DatabaseFailures.unreachable(failure);
	}

	/**
	 * One or two sentences: what happened, and what to do about it.
	 *
	 * @param details where an unexpected failure is explained (an incident id in the log, or its message)
	 */
	static String explain(String what, Throwable failure, TransactionLimits limits, String details) {
		if (DatabaseFailures.timedOut(failure)) {
			return what + " was stopped by a time limit and rolled back; nothing was written. " + limits.loadStoppedRemedy();
		}
		if (DatabaseFailures.unreachable(failure)) {
			return what + " lost the database and was rolled back; nothing was written. Run it again once the database "
					+ "answers (GET /actuator/health says UP).";
		}
		return what + " could not be completed and was rolled back; nothing was written (" + details + ").";
	}
}
