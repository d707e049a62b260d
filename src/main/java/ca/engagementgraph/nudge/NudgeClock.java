package ca.engagementgraph.nudge;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock the nudge's schedules read "today" from: Ottawa's calendar day, like the rest of the program. A bean, so
 * that a test or an operator's drill can set the day.
 */
record NudgeClock(Clock clock) {

	static final String ZONE = "America/Toronto";

	static NudgeClock system() {
		return new NudgeClock(Clock.system(ZoneId.of(ZONE)));
	}
}
