package ca.engagementgraph.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded database starts only when nobody pointed the service at an external one. */
class EmbeddedDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return DatabaseMode.embedded(context.getEnvironment());
	}
}
