package ca.engagementgraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoPassword           password of the four demo users (demo profile only), default {@code demo}
 * @param rolesClaim             JWT claim holding the user's roles (viewer, analyst, coordinator, admin)
 * @param clearanceClaim         JWT claim holding the user's clearance; {@code PROTECTED_B} opens Protected B data
 * @param persistedDocumentsOnly accept only the documents of {@code ui-queries/} (by hash or id), as dashboards do
 */
@ConfigurationProperties("engagement-graph.security")
record SecurityProperties(@DefaultValue("demo") String demoPassword, @DefaultValue("roles") String rolesClaim,
		@DefaultValue("clearance") String clearanceClaim, @DefaultValue("false") boolean persistedDocumentsOnly) {
}
