package ca.engagementgraph.engagement;

/** A Canadian department or unit present at a meeting, and whether it led. */
public record Attendance(Object participant, boolean lead) {
}
