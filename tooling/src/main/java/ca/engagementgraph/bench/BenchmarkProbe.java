package ca.engagementgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.Semaphore;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Benchmark mode only ({@code engagement-graph.benchmark.enabled=true}, set by {@code bench} for the service it
 * starts): answers two questions in response headers, when a request asks with a header.
 * <ul>
 * <li>{@code X-Benchmark-Statements: count}: how many Cypher statements the request sent to the database,
 * counted on the statement logs (Spring Data Neo4j's, {@code org.springframework.data.neo4j.cypher}, and the
 * embedded database's in-process reads', {@code database.InProcessQueries}: every read of the API goes through one
 * of them), switched to DEBUG for that request only. Requests asking this are serialized
 * (one at a time), so the count is the request's own; the benchmark asks it in a separate, sequential pass so
 * the timed runs never pay for the logging.</li>
 * <li>{@code X-Benchmark-Memory: report}: heap used (after a full collection when the value is {@code gc}),
 * committed and maximum, and the resident set size and its peak from {@code /proc/self/status}.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "engagement-graph.benchmark.enabled", havingValue = "true")
class BenchmarkProbe implements WebGraphQlInterceptor {

	/** Spring Data Neo4j's statement log (statements through the driver) and the embedded database's in-process reads'. */
	private static final List<String> STATEMENT_LOGS = List.of("org.springframework.data.neo4j.cypher",
			ca.engagementgraph.database.InProcessQueries.class.getName());

	private final AtomicLong statements = new AtomicLong();
	private final Semaphore counting = new Semaphore(1);
	private final List<Logger> logs = STATEMENT_LOGS.stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();

	BenchmarkProbe() {
		var appender = new AppenderBase<ILoggingEvent>() {
			@Override
			protected void append(ILoggingEvent event) {
				if (event.getLevel() == Level.DEBUG) {
					statements.incrementAndGet();
				}
			}
		};
		appender.setName("benchmark-statement-counter");
		appender.start();
		logs.forEach(log -> log.addAppender(appender));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String memory = request.getHeaders().getFirst("X-Benchmark-Memory");
		if (request.getHeaders().getFirst("X-Benchmark-Statements") == null) {
			return chain.next(request).doOnNext(response -> memory(response, memory));
		}
		counting.acquireUninterruptibly();
		List<Level> previous = logs.stream().map(Logger::getLevel).toList();
		logs.forEach(log -> log.setLevel(Level.DEBUG));
		long before = statements.get();
		return chain.next(request).doOnNext(response -> {
			response.getResponseHeaders().add("X-Benchmark-Statements", Long.toString(statements.get() - before));
			memory(response, memory);
		}).doFinally(signal -> {
			for (int i = 0; i < logs.size(); i++) {
				logs.get(i).setLevel(previous.get(i));
			}
			counting.release();
		});
	}

	private static void memory(WebGraphQlResponse response, String memory) {
		if (memory == null) {
			return;
		}
		if (memory.equals("gc")) {
			System.gc();
		}
		var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		var headers = response.getResponseHeaders();
		headers.add("X-Benchmark-Heap-Used", Long.toString(heap.getUsed()));
		headers.add("X-Benchmark-Heap-Committed", Long.toString(heap.getCommitted()));
		headers.add("X-Benchmark-Heap-Max", Long.toString(heap.getMax()));
		headers.add("X-Benchmark-Rss", Long.toString(status("VmRSS")));
		headers.add("X-Benchmark-Rss-Peak", Long.toString(status("VmHWM")));
	}

	/** A size from /proc/self/status, in bytes (-1 where there is none, e.g. not Linux). */
	static long status(String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not available
		}
		return -1;
	}
}
