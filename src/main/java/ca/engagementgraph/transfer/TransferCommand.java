package ca.engagementgraph.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.Loading;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line of the same jar: {@code java -jar engagement-graph.jar import|export ...}. It starts the
 * application without its web server against the configured database (the embedded one in {@code DATA_DIR}, or
 * {@code NEO4J_URI}), runs one command, prints what happened and exits: 0 when all went well, 1 when the data was
 * refused, 2 for a usage mistake.
 */
public final class TransferCommand {

	public static final Set<String> COMMANDS = Set.of("import", "export", "backup", "restore", "ledger");

	private static final String USAGE = """
			Usage:
			  import [--dry-run] [--user NAME] PATH...      load JSON or CSV files (or every .json/.csv of a folder)
			  export [--format json|csv] [--country CODE] [--protected-b] FOLDER
			                     write the graph (or one country's part) as files: its Unclassified records, and
			                     with --protected-b its Protected B ones too (for readers with the clearance)
			  backup FOLDER      a consistent copy of the whole graph and its audit trail (works while the service runs)
			  restore FOLDER     put a backup back into an empty database
			  ledger rebuild     build the leverage ledger again from the whole graph (after another tool wrote to an
			                     external database; the embedded one keeps it exact whoever writes)
			  ledger check       say whether the ledger agrees with the graph (exit 1 when it does not)
			The database is the service's: the embedded one in DATA_DIR (stop the service first, or point NEO4J_URI at
			its Bolt port, e.g. NEO4J_URI=bolt://127.0.0.1:7687 with NEO4J_PASSWORD set to BOLT_PASSWORD or, in the
			demo, to the password in DATA_DIR/bolt-password), or an external one through NEO4J_URI.""";

	private final PrintStream out;
	private final PrintStream err;
	private List<String> settings = List.of();

	TransferCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Whether the command line names one of these commands (its first argument). */
	public static boolean isCommand(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(Class<?> application, String[] args) {
		return new TransferCommand(System.out, System.err).execute(application, args);
	}

	int execute(Class<?> application, String[] args) {
		List<String> arguments = new ArrayList<>(List.of(args));
		String command = arguments.removeFirst();
		// --name=value arguments configure the application (e.g. --engagement-graph.embedded.data-dir=...).
		this.settings = arguments.stream().filter(a -> a.startsWith("--") && a.contains("=")).map(a -> a.substring(2))
			.toList();
		arguments.removeIf(a -> a.startsWith("--") && a.contains("="));
		try {
			return switch (command) {
				case "import" -> importFiles(application, arguments);
				case "export" -> exportFiles(application, arguments);
				case "backup" -> backup(application, arguments);
				case "restore" -> restore(application, arguments);
				case "ledger" -> ledger(application, arguments);
				default -> usage("Unknown command '" + command + "'.");
			};
		}
		catch (UsageException ex) {
			return usage(ex.getMessage());
		}
	}

	private int importFiles(Class<?> application, List<String> arguments) {
		boolean dryRun = arguments.remove("--dry-run");
		String user = option(arguments, "--user", System.getProperty("user.name", "cli"));
		if (arguments.isEmpty()) {
			throw new UsageException("import needs at least one file or folder.");
		}
		List<Path> files = new ArrayList<>();
		for (String argument : arguments) {
			files.addAll(dataFiles(Path.of(argument)));
		}
		try (var context = start(application)) {
			var inputs = new ArrayList<Loading.Input>();
			for (Path file : files) {
				inputs.add(new Loading.Input(file.toString(), open(file)));
			}
			var importer = context.getBean(GraphImporter.class);
			try {
				ImportReport report = importer.load(inputs, dryRun, "cli:" + user, progress());
				err.println();
				return print(report);
			}
			catch (RuntimeException ex) {
				return failed("The import", ex, importer);
			}
		}
	}

	/** Progress on stderr, on one line rewritten in place: rows done of the total, percentage, rate. */
	private Loading.Progress progress() {
		long started = System.nanoTime();
		return (done, total) -> err.printf(Locale.ROOT, "\rrows %,d / %,d (%d%%), %,.0f rows/s", done, total,
				total == 0 ? 100 : done * 100 / total, done / Math.max(1e-9, (System.nanoTime() - started) / 1e9));
	}

	/** A load that failed for a reason other than its data: one explanation, no stack trace, exit code 1. */
	private int failed(String what, RuntimeException failure, GraphImporter importer) {
		err.println();
		err.println(LoadFailure.explain(what, failure, importer.limits(), rootMessage(failure)));
		return 1;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
	}

	private int backup(Class<?> application, List<String> arguments) {
		if (arguments.size() != 1) {
			throw new UsageException("backup needs exactly one folder to write to.");
		}
		try (var context = start(application)) {
			long started = System.nanoTime();
			var files = context.getBean(GraphExporter.class).backup(Path.of(arguments.getFirst()));
			out.printf(Locale.ROOT, "Backed up the graph to %s (%d files) in %,d ms%n", arguments.getFirst(), files.size(),
					(System.nanoTime() - started) / 1_000_000);
			return 0;
		}
		catch (IOException ex) {
			err.println("Could not write the backup: " + ex.getMessage());
			return 1;
		}
	}

	private int ledger(Class<?> application, List<String> arguments) {
		if (arguments.size() != 1 || !List.of("rebuild", "check").contains(arguments.getFirst())) {
			throw new UsageException("ledger needs one of: rebuild, check.");
		}
		try (var context = start(application)) {
			var ledger = context.getBean(ca.engagementgraph.ledger.Ledger.class);
			if (arguments.getFirst().equals("check")) {
				var drifted = ledger.drifted();
				if (drifted.isEmpty()) {
					out.println("The leverage ledger agrees with the graph.");
					return 0;
				}
				out.println("The leverage ledger disagrees with the graph for: " + String.join(", ", drifted)
						+ ". Run: ledger rebuild");
				return 1;
			}
			long started = System.nanoTime();
			long done = ledger.rebuild(count -> err.printf(Locale.ROOT, "\r%,d records done", count));
			err.println();
			out.printf(Locale.ROOT, "Rebuilt the leverage ledger from %,d results, projects and meetings in %,d ms%n", done,
					(System.nanoTime() - started) / 1_000_000);
			return 0;
		}
	}

	@SuppressWarnings("unchecked")
	private int restore(Class<?> application, List<String> arguments) {
		if (arguments.size() != 1 || !Files.isDirectory(Path.of(arguments.getFirst()))) {
			throw new UsageException("restore needs the folder of a backup.");
		}
		Path folder = Path.of(arguments.getFirst());
		var files = dataFiles(folder).stream().filter(p -> !p.getFileName().toString().equals(GraphExporter.AUDIT_FILE)).toList();
		List<Map<String, Object>> auditTrail;
		try {
			Path audit = folder.resolve(GraphExporter.AUDIT_FILE);
			auditTrail = Files.exists(audit) ? tools.jackson.databind.json.JsonMapper.builder().build()
				.readValue(audit.toFile(), List.class) : List.of();
		}
		catch (RuntimeException ex) {
			throw new UsageException("The backup's audit trail cannot be read: " + ex.getMessage());
		}
		try (var context = start(application)) {
			var inputs = new ArrayList<Loading.Input>();
			for (Path file : files) {
				inputs.add(new Loading.Input(file.toString(), open(file)));
			}
			var importer = context.getBean(GraphImporter.class);
			try {
				ImportReport report = importer.restore(inputs, auditTrail, "cli:" + System.getProperty("user.name", "cli"),
						progress());
				err.println();
				return print(report);
			}
			catch (RuntimeException ex) {
				return failed("The restore", ex, importer);
			}
		}
	}

	private int print(ImportReport report) {
		if (!report.ok()) {
			out.printf("%d problem(s); nothing was written:%n", report.problems().size());
			for (DataProblem problem : report.problems()) {
				out.println("  " + problem);
			}
			return 1;
		}
		out.printf(Locale.ROOT, "%s %,d nodes (%,d new, %,d changed) and %,d relationships from %d file(s) in %,d ms (%,.0f rows/s)%n",
				report.dryRun() ? "Dry run: would write" : "Wrote", report.nodes(), report.created(), report.changed(),
				report.relationships(), report.files().size(), report.millis(), report.rowsPerSecond());
		return 0;
	}

	private int exportFiles(Class<?> application, List<String> arguments) throws UsageException {
		String format = option(arguments, "--format", "json").toUpperCase(Locale.ROOT);
		String country = option(arguments, "--country", null);
		boolean protectedB = arguments.remove("--protected-b");
		if (arguments.size() != 1) {
			throw new UsageException("export needs exactly one folder to write to.");
		}
		if (!format.equals("JSON") && !format.equals("CSV")) {
			throw new UsageException("--format must be json or csv.");
		}
		try (var context = start(application)) {
			var files = context.getBean(GraphExporter.class).export(Path.of(arguments.getFirst()),
					GraphExporter.Format.valueOf(format), country == null ? null : country.toUpperCase(Locale.ROOT), protectedB);
			out.printf("Wrote %d file(s) to %s (%s)%n", files.size(), arguments.getFirst(),
					protectedB ? "Protected B records included" : "Unclassified records only");
			return 0;
		}
		catch (IOException ex) {
			err.println("Could not write the export: " + ex.getMessage());
			return 1;
		}
	}

	private ConfigurableApplicationContext start(Class<?> application) {
		// Given as command-line arguments, these outrank application.yaml (defaults would not).
		var arguments = new ArrayList<>(List.of("--engagement-graph.seed.enabled=false", "--logging.level.root=warn",
				"--logging.level.ca.engagementgraph=warn", "--logging.level.ac.simons.neo4j.migrations=warn"));
		settings.forEach(setting -> arguments.add("--" + setting));
		return new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			// A command loads what it is given: it never seeds, and keeps the log to warnings.
			.run(arguments.toArray(String[]::new));
	}

	private static List<Path> dataFiles(Path path) {
		if (Files.isDirectory(path)) {
			try (Stream<Path> listing = Files.list(path)) {
				return listing.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".csv")).sorted().toList();
			}
			catch (IOException ex) {
				throw new UsageException("Cannot list " + path + ": " + ex.getMessage());
			}
		}
		if (!Files.isReadable(path)) {
			throw new UsageException("Cannot read " + path + ".");
		}
		return List.of(path);
	}

	private static InputStream open(Path file) {
		try {
			return Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new UsageException("Cannot read " + file + ": " + ex.getMessage());
		}
	}

	private static @Nullable String option(List<String> arguments, String name, @Nullable String fallback) {
		int index = arguments.indexOf(name);
		if (index < 0) {
			return fallback;
		}
		if (index + 1 >= arguments.size()) {
			throw new UsageException(name + " needs a value.");
		}
		String value = arguments.get(index + 1);
		arguments.remove(index + 1);
		arguments.remove(index);
		return value;
	}

	private int usage(@Nullable String problem) {
		err.println(problem);
		err.println(USAGE);
		return 2;
	}

	private static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}
	}
}
