package ca.engagementgraph.model;

/**
 * A project's IATI ActivityStatus. The graph stores the IATI {@link #code()} (an INTEGER, as IATI data does); the
 * API shows the name.
 */
public enum ProjectStatus implements IatiCode {
	PIPELINE(1), IMPLEMENTATION(2), FINALISATION(3), CLOSED(4), CANCELLED(5), SUSPENDED(6);

	private final int code;

	ProjectStatus(int code) {
		this.code = code;
	}

	@Override
	public int code() {
		return code;
	}

	/** The status of a stored code. */
	public static ProjectStatus ofCode(long code) {
		return IatiCode.of(ProjectStatus.class, code);
	}
}
