package ca.engagementgraph.model;

/** What kind of document a source is. */
public enum SourceKind {
	EVALUATION, BRIEFING_NOTE, PROGRAM_PAGE, PROGRAM_REVIEW, MEETING_RECORD, PROJECT_REPORT
}
