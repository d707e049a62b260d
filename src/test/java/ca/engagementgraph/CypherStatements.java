package ca.engagementgraph;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the Cypher statements the application sends to the database while a piece of code runs, by listening
 * to Spring Data Neo4j's statement log (every query of the read API goes through its Neo4jClient).
 */
public final class CypherStatements {

	private static final String STATEMENT_LOG = "org.springframework.data.neo4j.cypher";

	private CypherStatements() {
	}

	/** The statements {@code action} caused, in order. */
	public static List<String> during(Runnable action) {
		var logger = (Logger) LoggerFactory.getLogger(STATEMENT_LOG);
		var appender = new ListAppender<ILoggingEvent>();
		appender.start();
		Level previous = logger.getLevel();
		logger.setLevel(Level.DEBUG);
		logger.addAppender(appender);
		try {
			action.run();
		}
		finally {
			logger.detachAppender(appender);
			logger.setLevel(previous);
			appender.stop();
		}
		return appender.list.stream()
			.filter(event -> event.getLevel() == Level.DEBUG)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}
}
