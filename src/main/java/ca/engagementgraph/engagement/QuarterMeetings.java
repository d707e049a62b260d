package ca.engagementgraph.engagement;

/** How many held meetings about a country one quarter had: in Ottawa (setting OTTAWA) and elsewhere. */
public record QuarterMeetings(String quarter, int ottawa, int elsewhere) {
}
