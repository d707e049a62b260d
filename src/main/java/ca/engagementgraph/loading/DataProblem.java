package ca.engagementgraph.loading;

/**
 * One thing wrong with an input file, located precisely enough to fix it: the file, the record (1-based
 * position in the file), the field, and why the value was refused.
 */
public record DataProblem(String file, int record, String field, String reason) {

	@Override
	public String toString() {
		return file + ", record " + record + (field == null ? "" : ", field '" + field + "'") + ": " + reason;
	}
}
