package ca.engagementgraph.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import ca.engagementgraph.tooling.CommandOptions;
import ca.engagementgraph.database.StoreTemplate;
import ca.engagementgraph.seed.ReferenceFiles;
import ca.engagementgraph.transfer.GraphImporter;
import ca.engagementgraph.transfer.OfflineLoad;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.support.GenericApplicationContext;

/**
 * {@code java -jar engagement-graph-tooling.jar generate --scale S|M|L [--seed 7] [--data-dir bench-data/L]}: fills an
 * embedded database with a synthetic graph (the reference data of {@code seed/reference}, never the demo scenario,
 * then the generated records) through the bulk path, printing progress in rows per second. When done it writes
 * {@value #MARKER} beside the store, which says which dataset the folder holds and how fast it loaded; a folder
 * without it (a load that stopped) is loaded again, which finishes the job (the load is idempotent).
 */
public final class GenerateCommand {

	public static final String MARKER = "synthetic-dataset.properties";
	public static final long DEFAULT_SEED = 7;

	/** Rows per committed transaction (measured: see graph-schema/PERFORMANCE.md). */
	public static final int BATCH_ROWS = 20_000;

	/** The dataset a folder holds, as its marker says. */
	public record Dataset(Path dataDir, Scale scale, long seed, long rows, long millis, double rowsPerSecond) {

		public static Dataset read(Path dataDir) {
			Path marker = dataDir.resolve(MARKER);
			if (!Files.exists(marker)) {
				return null;
			}
			var properties = new Properties();
			try (var in = Files.newInputStream(marker)) {
				properties.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Dataset(dataDir, Scale.parse(properties.getProperty("scale")),
					Long.parseLong(properties.getProperty("seed")), Long.parseLong(properties.getProperty("rows")),
					Long.parseLong(properties.getProperty("millis")),
					Double.parseDouble(properties.getProperty("rowsPerSecond")));
		}

		void write() {
			var properties = new Properties();
			properties.setProperty("scale", scale.name());
			properties.setProperty("seed", Long.toString(seed));
			properties.setProperty("rows", Long.toString(rows));
			properties.setProperty("millis", Long.toString(millis));
			properties.setProperty("rowsPerSecond", Double.toString(rowsPerSecond));
			try (var out = Files.newOutputStream(dataDir.resolve(MARKER))) {
				properties.store(out, "Synthetic dataset (GenerateCommand); delete the folder to generate again");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private GenerateCommand() {
	}

	public static int run(Class<?> application, String[] args, PrintStream out) {
		List<String> arguments = new ArrayList<>(List.of(args).subList(1, args.length));
		Scale scale = Scale.parse(CommandOptions.take(arguments, "--scale", "S"));
		long seed = Long.parseLong(CommandOptions.take(arguments, "--seed", Long.toString(DEFAULT_SEED)));
		Path dataDir = Path.of(CommandOptions.take(arguments, "--data-dir", "bench-data/" + scale));
		int batchRows = Integer.parseInt(CommandOptions.take(arguments, "--batch-rows", Integer.toString(BATCH_ROWS)));
		Dataset dataset = generate(application, scale, seed, dataDir, batchRows, arguments, out);
		return dataset == null ? 1 : 0;
	}

	/** Generates the dataset into {@code dataDir} unless it already holds it; returns its marker. */
	public static Dataset generate(Class<?> main, Scale scale, long seed, Path dataDir, int batchRows,
			List<String> settings, PrintStream out) {
		Dataset existing = Dataset.read(dataDir);
		if (existing != null) {
			if (existing.scale() == scale && existing.seed() == seed) {
				out.printf("%s already holds scale %s, seed %d (%,d rows); reusing it%n", dataDir, scale, seed, existing.rows());
				return existing;
			}
			throw new IllegalStateException(dataDir + " holds scale " + existing.scale() + " seed " + existing.seed()
					+ "; choose another --data-dir or delete it");
		}
		long started = System.nanoTime();
		long expected = expectedRows(scale);
		var generator = new SyntheticData(scale, seed, batchRows);
		boolean offline = OfflineLoad.possible(dataDir) && !settings.contains("--transactional");
		var written = new java.util.concurrent.atomic.AtomicReference<OfflineLoad.Report>();
		var arguments = new ArrayList<>(List.of("--engagement-graph.embedded.data-dir=" + dataDir,
				"--engagement-graph.embedded.bolt-port=0", "--engagement-graph.seed.enabled=true",
				"--engagement-graph.seed.demo-data=false", "--logging.level.root=warn",
				"--logging.level.ca.engagementgraph=warn", "--logging.level.ac.simons.neo4j.migrations=warn"));
		if (offline) {
			// The load writes the ledger's rows, and GraphImporter.afterOfflineLoad completes the ledger while it checks
			// the rules (or builds it, when the load could not).
			arguments.add("--engagement-graph.ledger.build-at-start=false");
		}
		// A setting given on the command line replaces the default above (Spring would join the two values).
		settings.stream().filter(s -> s.startsWith("--") && s.contains("=")).forEach(setting -> {
			String name = setting.substring(0, setting.indexOf('=') + 1);
			arguments.removeIf(argument -> argument.startsWith(name));
			arguments.add(setting);
		});
		var application = new SpringApplicationBuilder(main).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false);
		if (offline) {
			out.printf(Locale.ROOT, "Generating scale %s (seed %d) into the empty %s through the offline importer: about %,d rows%n",
					scale, seed, dataDir, expected);
			// The store the empty folder starts from, written on the embedded database's start thread before Neo4j
			// opens it, while the rest of the application context is created beside it.
			StoreTemplate load = home -> {
				var reference = ReferenceFiles.read(SyntheticData.TODAY);
				var report = OfflineLoad.load(home, sink -> {
					sink.accept(reference);
					generator.generate(sink);
				}, expected);
				written.set(report);
				out.printf(Locale.ROOT, "  store written: %,d nodes and %,d relationships%s in %.1f s%n", report.nodes(),
						report.relationships(), report.ledgerWritten()
								? String.format(Locale.ROOT, ", with the ledger's %,d rows", report.ledgerRows()) : "",
						report.millis() / 1000.0);
				return true;
			};
			application.initializers(context -> ((GenericApplicationContext) context).registerBean(StoreTemplate.class,
					() -> load));
		}
		try (var context = application.run(arguments.toArray(String[]::new))) {
			if (offline) {
				out.printf(Locale.ROOT, "  database open (schema): %.1f s%n", (System.nanoTime() - started) / 1e9);
				long opened = System.nanoTime();
				GraphImporter.BatchReport report;
				try {
					report = context.getBean(GraphImporter.class).afterOfflineLoad(written.get(), "cli:generate",
							"synthetic scale " + scale + " seed " + seed);
				}
				catch (RuntimeException refused) {
					// The folder held no graph before: it is left without one, as the transactional path's rollback would.
					context.close();
					OfflineLoad.deleteQuietly(dataDir.resolve("data"));
					throw refused;
				}
				out.printf(Locale.ROOT, "  classified, rules checked, ledger %s, load audited: %.1f s%n",
						written.get().ledgerWritten() ? "completed" : "built", (System.nanoTime() - opened) / 1e9);
				long millis = (System.nanoTime() - started) / 1_000_000;
				out.printf(Locale.ROOT, "Loaded %,d nodes and %,d relationships offline, %.1f s in all: %,.0f rows/s%n",
						report.nodes(), report.relationships(), millis / 1000.0, report.rows() / (millis / 1000.0));
				return recorded(dataDir, scale, seed, report.rows(), millis, generator, out);
			}
			out.printf(Locale.ROOT, "Generating scale %s (seed %d) into %s: about %,d rows%n", scale, seed, dataDir, expected);
			long[] lastPrint = { 0 };
			var report = context.getBean(GraphImporter.class).loadInBatches(generator::generate, expected,
					"cli:generate", "synthetic scale " + scale + " seed " + seed, (done, total) -> {
						long now = System.nanoTime();
						if (now - lastPrint[0] > 2_000_000_000L || done >= total) {
							lastPrint[0] = now;
							double seconds = (now - started) / 1e9;
							out.printf(Locale.ROOT, "  %,d / ~%,d rows (%d%%), %,.0f rows/s, %.0f s%n", done, total,
									done * 100 / Math.max(1, total), done / seconds, seconds);
						}
					});
			out.printf(Locale.ROOT, "Loaded %,d nodes and %,d relationships in %d committed batches, %.1f s: %,.0f rows/s%n",
					report.nodes(), report.relationships(), report.batches(), report.millis() / 1000.0,
					report.rowsPerSecond());
			return recorded(dataDir, scale, seed, report.rows(), report.millis(), generator, out);
		}
	}

	/** Prints what the generator made and writes the folder's marker: the load is done, whichever path it took. */
	private static Dataset recorded(Path dataDir, Scale scale, long seed, long rows, long millis, SyntheticData generator,
			PrintStream out) {
		generator.counts().forEach((what, count) -> out.printf(Locale.ROOT, "  %-18s %,12d%n", what, count));
		var dataset = new Dataset(dataDir, scale, seed, rows, millis, rows / Math.max(0.001, millis / 1000.0));
		dataset.write();
		return dataset;
	}

	/** Rows a scale makes, measured (within a few percent), for the progress display. */
	static long expectedRows(Scale scale) {
		return Math.round(scale.engagements() * 7.1 + scale.results() * 3.1 + scale.projects() * 7.0);
	}
}
