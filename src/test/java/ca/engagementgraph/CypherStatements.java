package ca.engagementgraph;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the Cypher statements the application sends to the database while a piece of code runs, by listening to the
 * statement logs: Spring Data Neo4j's (statements through its Neo4jClient and the driver) and the embedded database's
 * in-process reads' ({@code database.InProcessQueries}), the two ways the read API runs a statement.
 */
public final class CypherStatements {

	private static final List<String> STATEMENT_LOGS = List.of("org.springframework.data.neo4j.cypher",
			ca.engagementgraph.database.InProcessQueries.class.getName());

	private CypherStatements() {
	}

	/** The statements {@code action} caused, in order. */
	public static List<String> during(Runnable action) {
		var appender = new ListAppender<ILoggingEvent>();
		appender.start();
		var loggers = STATEMENT_LOGS.stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
		var previous = new ArrayList<Level>();
		for (Logger logger : loggers) {
			previous.add(logger.getLevel());
			logger.setLevel(Level.DEBUG);
			logger.addAppender(appender);
		}
		try {
			action.run();
		}
		finally {
			for (int i = 0; i < loggers.size(); i++) {
				loggers.get(i).detachAppender(appender);
				loggers.get(i).setLevel(previous.get(i));
			}
			appender.stop();
		}
		return appender.list.stream()
			.filter(event -> event.getLevel() == Level.DEBUG)
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}
}
