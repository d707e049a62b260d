package ca.engagementgraph.transfer;

import java.util.List;

import ca.engagementgraph.loading.DataProblem;

/**
 * What an import did, or would do in a dry run: rows read, nodes created and changed, and every problem found
 * (an import with problems writes nothing).
 */
public record ImportReport(List<String> files, boolean dryRun, boolean written, int nodes, int relationships,
		long created, long changed, List<DataProblem> problems, long millis) {

	public boolean ok() {
		return problems.isEmpty();
	}

	public double rowsPerSecond() {
		return millis == 0 ? 0 : (nodes + relationships) * 1000.0 / millis;
	}
}
