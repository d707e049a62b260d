package ca.engagementgraph.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoPassword           password of the four demo users (demo profile only), default {@code demo}
 * @param rolesClaim             JWT claim holding the user's roles (viewer, analyst, coordinator, admin)
 * @param clearanceClaim         JWT claim holding the user's clearance; {@code PROTECTED_B} opens Protected B data
 * @param persistedDocumentsOnly accept only the documents of {@code ui-queries/} (by hash or id), as dashboards do
 * @param audience               outside the demo, the audience (or comma-separated audiences) a token must be issued
 *                               for: this service's client id at the identity provider; required there
 * @param failedSignIns          how many failed sign-ins are tolerated before further ones are refused for a while
 */
@ConfigurationProperties("engagement-graph.security")
record SecurityProperties(@DefaultValue("demo") String demoPassword, @DefaultValue("roles") String rolesClaim,
		@DefaultValue("clearance") String clearanceClaim, @DefaultValue("false") boolean persistedDocumentsOnly,
		@DefaultValue("") String audience, @DefaultValue FailedSignIns failedSignIns) {

	/**
	 * @param perUser    failed sign-ins for one user name within {@code window} before the next is refused (429)
	 * @param perAddress the same from one client address (higher: an address may be a whole office)
	 * @param window     how far back failures count
	 */
	record FailedSignIns(@DefaultValue("5") int perUser, @DefaultValue("20") int perAddress,
			@DefaultValue("15m") Duration window) {
	}
}
