/**
 * Engagement Graph. Each package below is an application module (Spring Modulith); its {@code package-info.java}
 * says what it owns and which modules it may use, and {@code ModuleBoundariesTest} verifies it.
 */
@NullMarked
package ca.engagementgraph;

import org.jspecify.annotations.NullMarked;
