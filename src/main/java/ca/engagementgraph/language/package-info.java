/**
 * Canada's two official languages: the client's language and the bilingual texts ({@code messages*.properties})
 * every user-facing message is rendered from. Depends on no other module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package ca.engagementgraph.language;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
