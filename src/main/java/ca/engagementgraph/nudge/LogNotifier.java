package ca.engagementgraph.nudge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The digest written to the service's log (the default, where no SMTP server is configured). */
class LogNotifier implements Notifier {

	private static final Logger log = LoggerFactory.getLogger(LogNotifier.class);

	@Override
	public void send(DigestMessage message) {
		log.info("Nudge digest for {} to {} ({}): {}\n{}", message.department(), String.join(", ", message.to()),
				message.language(), message.subject(), message.body());
	}
}
