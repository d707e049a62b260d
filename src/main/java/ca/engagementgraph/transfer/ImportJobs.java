package ca.engagementgraph.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import ca.engagementgraph.loading.Loading;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Uploaded imports run in the background so that a large file does not hold an HTTP request open; their
 * progress (rows done of total, rate) and final report are read by id. Jobs live in memory: the report of an
 * import is also in the audit trail, which survives restarts.
 */
@Component
class ImportJobs implements DisposableBean {

	enum State {
		RUNNING, SUCCEEDED, REFUSED, FAILED
	}

	/** What a client polls: where the import stands, and once finished what it did or why it was refused. */
	record Status(String id, State state, long done, long total, double rowsPerSecond, @Nullable Result result,
			@Nullable String failure) {
	}

	/** The finished import's report. */
	record Result(boolean dryRun, boolean written, int nodes, int relationships, long created, long changed,
			List<Problem> problems, long millis) {

		static @Nullable Result of(@Nullable ImportReport report) {
			return report == null ? null : new Result(report.dryRun(), report.written(), report.nodes(),
					report.relationships(), report.created(), report.changed(),
					report.problems().stream().map(Problem::of).toList(), report.millis());
		}
	}

	/** One problem, located and explained. */
	record Problem(String file, int position, String unit, @Nullable String field, String code,
			String message) {

		static Problem of(ca.engagementgraph.loading.DataProblem problem) {
			return new Problem(problem.file(), problem.position(), problem.unit(), problem.field(), problem.code(),
					problem.reason());
		}
	}

	private final class Job {

		final String id = UUID.randomUUID().toString();
		final long started = System.nanoTime();
		final AtomicLong done = new AtomicLong();
		final AtomicLong total = new AtomicLong();
		final AtomicReference<ImportReport> report = new AtomicReference<>();
		final AtomicReference<String> failure = new AtomicReference<>();

		Status status() {
			ImportReport finished = report.get();
			State state = failure.get() != null ? State.FAILED
					: finished == null ? State.RUNNING : finished.ok() ? State.SUCCEEDED : State.REFUSED;
			double seconds = (System.nanoTime() - started) / 1e9;
			return new Status(id, state, done.get(), total.get(), seconds == 0 ? 0 : done.get() / seconds,
					Result.of(finished), failure.get());
		}
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportJobs.class);

	private final GraphImporter importer;
	private final Map<String, Job> jobs = new ConcurrentHashMap<>();
	/** Platform threads: a job reads and writes the embedded database (see spring.threads.virtual in application.yaml). */
	private final ExecutorService executor = Executors
		.newCachedThreadPool(Thread.ofPlatform().daemon(true).name("import-job-", 1).factory());

	ImportJobs(GraphImporter importer) {
		this.importer = importer;
	}

	/** @param cleared whether the uploader holds the Protected B clearance (read at upload, the job runs later) */
	Status start(List<Loading.Input> inputs, boolean dryRun, String user, boolean cleared) {
		var job = new Job();
		jobs.put(job.id, job);
		executor.submit(() -> {
			try {
				job.report.set(importer.load(inputs, dryRun, user, cleared, (done, total) -> {
					job.done.set(done);
					job.total.set(total);
				}));
			}
			catch (RuntimeException ex) {
				String incident = UUID.randomUUID().toString().substring(0, 8);
				String explanation = LoadFailure.explain("The import", ex, importer.limits(),
						"the service log explains it under incident " + incident);
				if (LoadFailure.expected(ex)) {
					log.warn("Import {}: {}", job.id, explanation);
				}
				else {
					log.error("Import {} failed (incident {})", job.id, incident, ex);
				}
				job.failure.set(explanation);
			}
		});
		return job.status();
	}

	Optional<Status> status(String id) {
		return Optional.ofNullable(jobs.get(id)).map(Job::status);
	}

	@Override
	public void destroy() {
		executor.shutdown();
	}
}
