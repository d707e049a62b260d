/**
 * Who may do what: sign-in, roles and clearance ({@link ca.engagementgraph.security.Access}), and the limits on
 * what one request may ask and cost (document size, shape, answer budget, Protected B refusals).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "database", "language", "model" })
package ca.engagementgraph.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
