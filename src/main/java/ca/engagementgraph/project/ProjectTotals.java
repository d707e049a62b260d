package ca.engagementgraph.project;

/** How many projects (among those the reader may see) and their funding in Canadian dollars. */
record ProjectTotals(int count, long fundingCad) {
}
