package ca.engagementgraph.database;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Prepares the graph before the service is used: schema migrations, then initializers (the seed). It is a lifecycle
 * bean started before the web server (a lower phase): the server's connector opens only once {@link #start()} has
 * returned, so requests never meet an unmigrated or unseeded graph, and constructing the application context does
 * no database work. With an external database that is down at startup, the service starts anyway (answering
 * "database unavailable" meanwhile), and preparation is retried until the database answers: a database outage never
 * needs a restart of the service.
 */
@Component("graph")
public class GraphStartup implements SmartLifecycle, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(GraphStartup.class);
	static final Duration RETRY_EVERY = Duration.ofSeconds(3);

	/** Before the web server starts accepting requests (its start-stop lifecycle runs 1024 below this). */
	static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 4096;

	private final GraphSchemaMigrations migrations;
	private final List<GraphInitializer> initializers;
	private final @Nullable EmbeddedDatabase embedded;
	private final AtomicReference<String> waitingFor = new AtomicReference<>("the graph is being prepared");
	private volatile boolean running;
	private volatile @Nullable Thread retries;

	GraphStartup(GraphSchemaMigrations migrations, ObjectProvider<GraphInitializer> initializers,
			ObjectProvider<EmbeddedDatabase> embedded) {
		this.migrations = migrations;
		this.initializers = initializers.orderedStream().toList();
		this.embedded = embedded.getIfAvailable();
	}

	@Override
	public void start() {
		running = true;
		if (embedded != null) {
			embedded.awaitStarted(); // it started beside the context; a failed start stops the service here
		}
		try {
			prepare();
			waitingFor.set(null);
		}
		catch (RuntimeException ex) {
			if (!DatabaseFailures.unreachable(ex)) { // the migration library wraps the driver's exception
				throw ex;
			}
			waitingFor.set("the database is unreachable; retrying every " + RETRY_EVERY.toSeconds() + " s");
			log.warn("The graph database is unreachable at startup; the service starts and retries every {} s",
					RETRY_EVERY.toSeconds());
			retries = Thread.ofPlatform().daemon(true).name("graph-startup-retries").start(this::retryUntilReady);
		}
	}

	@Override
	public void stop() {
		running = false;
		if (retries != null) {
			retries.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void prepare() {
		migrations.apply();
		initializers.forEach(GraphInitializer::initialize);
	}

	private void retryUntilReady() {
		while (waitingFor.get() != null && !Thread.currentThread().isInterrupted()) {
			try {
				Thread.sleep(RETRY_EVERY);
				prepare();
				waitingFor.set(null);
				log.info("The graph database is reachable again; schema and data are ready");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				log.debug("Graph database still unreachable: {}", ex.getMessage());
			}
		}
	}

	/**
	 * Whether the graph has been prepared (false before {@link #start()}, and while an external database has been
	 * down since startup).
	 */
	public boolean ready() {
		return waitingFor.get() == null;
	}

	@Override
	public Health health() {
		String waiting = waitingFor.get();
		return waiting == null ? Health.up().build() : Health.down().withDetail("reason", waiting).build();
	}
}
