package ca.engagementgraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import ca.engagementgraph.EngagementGraphApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.util.FileSystemUtils;

/**
 * Builds the demo store ({@link DemoStore}) when the service is packaged (Maven's {@code prepare-package} phase, before
 * the jar is made): starts the application without its web server on a fresh data directory, so the store is made
 * exactly as a first start makes it (migrations, the seed through the checked importer, the ledger), shuts Neo4j down
 * cleanly and zips the store. Skipped when the archive there was built from the same files already and, when a record
 * of the build is given, by the same compiled classes: a store packed by older loading code (the same seed through
 * another importer, another ledger builder) would otherwise ship in a local build's jar while its files had not changed.
 * A start compares only the files ({@link DemoStore#fingerprint()}): the classes are the jar's own.
 *
 * <p>Usage: {@code java -cp <runtime classpath> ca.engagementgraph.seed.DemoStoreBuild <archive> [<classes> <record>]}
 */
final class DemoStoreBuild {

	private DemoStoreBuild() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1 && args.length != 3) {
			System.err.println("Usage: DemoStoreBuild <archive to write, e.g. target/classes/seed/demo-store.zip>"
					+ " [<compiled classes> <record of the build, outside the jar>]");
			System.exit(2);
		}
		Path archive = Path.of(args[0]);
		String fingerprint = DemoStore.fingerprint();
		Path record = args.length == 3 ? Path.of(args[2]) : null;
		String built = fingerprint + (record == null ? "" : " " + classesDigest(Path.of(args[1])));
		if (Files.exists(archive) && fingerprint.equals(DemoStore.builtFrom(archive))
				&& (record == null || Files.exists(record) && built.equals(Files.readString(record)))) {
			System.out.println("Demo store " + archive + " is up to date");
			return;
		}
		long started = System.nanoTime();
		Path home = Files.createTempDirectory("demo-store");
		try {
			new SpringApplicationBuilder(EngagementGraphApplication.class).web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.logStartupInfo(false)
				.profiles("demo")
				.run("--engagement-graph.embedded.data-dir=" + home, "--engagement-graph.embedded.bolt-port=0",
						// A password of this build only: each installation sets its own at its first start.
						"--engagement-graph.embedded.bolt-password=" + UUID.randomUUID(),
						"--engagement-graph.seed.demo-data=true", "--engagement-graph.seed.demo-store=false",
						"--logging.level.root=warn", "--logging.level.ca.engagementgraph=warn",
						"--logging.level.ac.simons.neo4j.migrations=warn")
				.close(); // shuts Neo4j down cleanly: the store needs no recovery where it is unpacked
			DemoStore.pack(home, fingerprint, archive);
			if (record != null) {
				Files.createDirectories(record.toAbsolutePath().getParent());
				Files.writeString(record, built);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(home);
		}
		System.out.printf("Demo store %s built in %d ms (%d KiB)%n", archive, (System.nanoTime() - started) / 1_000_000,
				Files.size(archive) / 1024);
		System.exit(0); // no thread of the application outlives the build step
	}

	/** A digest of every compiled class (names and contents, in name order): the same sources compile the same. */
	static String classesDigest(Path classes) throws IOException {
		try (var files = Files.walk(classes)) {
			var digest = MessageDigest.getInstance("SHA-256");
			for (Path file : files.filter(path -> path.toString().endsWith(".class")).sorted().toList()) {
				digest.update(classes.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
				digest.update(Files.readAllBytes(file));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
