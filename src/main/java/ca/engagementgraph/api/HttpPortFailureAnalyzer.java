package ca.engagementgraph.api;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a taken HTTP port as Spring Boot's short "APPLICATION FAILED TO START" sentence and remedy. */
class HttpPortFailureAnalyzer extends AbstractFailureAnalyzer<HttpPortUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, HttpPortUnavailableException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.remedy(), cause);
	}
}
