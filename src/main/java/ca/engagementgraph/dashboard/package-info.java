/**
 * The dashboard web pages and their sign-in method.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "security" })
package ca.engagementgraph.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
