/**
 * Countries, their diplomatic missions and their authorities.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "api", "api :: read", "model" })
package ca.engagementgraph.country;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
