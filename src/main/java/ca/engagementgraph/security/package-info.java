/**
 * Who may do what: sign-in, roles and clearance ({@link ca.engagementgraph.security.Access}), and the limits on
 * what one request may ask and cost (document size, shape, answer budget, Protected B refusals).
 */
@ApplicationModule(allowedDependencies = { "database", "language", "model" })
package ca.engagementgraph.security;

import org.springframework.modulith.ApplicationModule;
