package ca.engagementgraph.recording;

/**
 * A PLANNED meeting was marked HELD (holdEngagement, or updateEngagement to HELD). Published inside the recording
 * transaction: listen with {@code @TransactionalEventListener} to act once it is committed (a refused or rolled-back
 * change publishes nothing that reaches such a listener).
 *
 * @param meeting the meeting's code
 */
public record MeetingHeld(String meeting) {
}
