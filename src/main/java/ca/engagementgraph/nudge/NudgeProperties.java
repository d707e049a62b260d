package ca.engagementgraph.nudge;

import java.util.List;
import java.util.Map;

import ca.engagementgraph.language.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The nudge's settings ({@code engagement-graph.nudge.*}, README "The nudge").
 *
 * @param waitDays    a result never raised on a channel for this many days since it was achieved "crosses the wait"
 * @param horizonDays ... and is nudged only if a planned meeting on that channel falls within this many days
 * @param mailFrom    the sender of the e-mailed digest (when {@code spring.mail.host} is set)
 * @param recipients  per department code, who receives its daily digest, in which language, and whether they hold
 *                    the Protected B clearance (an e-mail leaves the service's own checks: Protected B nudges go only
 *                    to recipients configured as cleared)
 */
@ConfigurationProperties("engagement-graph.nudge")
record NudgeProperties(@DefaultValue("180") int waitDays, @DefaultValue("28") int horizonDays,
		@DefaultValue("engagement-graph@localhost") String mailFrom, @Nullable Map<String, List<Recipient>> recipients) {

	NudgeProperties {
		if (waitDays < 1 || horizonDays < 0) {
			throw new IllegalArgumentException("engagement-graph.nudge.wait-days must be at least 1 and horizon-days "
					+ "at least 0, got " + waitDays + " and " + horizonDays);
		}
		recipients = recipients == null ? Map.of() : Map.copyOf(recipients);
	}

	/** One recipient of a department's digest. */
	record Recipient(String email, @DefaultValue("EN") Language language, @DefaultValue("false") boolean cleared) {
	}
}
