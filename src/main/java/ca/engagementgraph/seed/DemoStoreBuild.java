package ca.engagementgraph.seed;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * cleanly and zips the store. Skipped when the archive there was built from the same files already.
 *
 * <p>Usage: {@code java -cp <runtime classpath> ca.engagementgraph.seed.DemoStoreBuild <archive>}
 */
final class DemoStoreBuild {

	private DemoStoreBuild() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("Usage: DemoStoreBuild <archive to write, e.g. target/classes/seed/demo-store.zip>");
			System.exit(2);
		}
		Path archive = Path.of(args[0]);
		String fingerprint = DemoStore.fingerprint();
		if (Files.exists(archive) && fingerprint.equals(DemoStore.builtFrom(archive))) {
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
		}
		finally {
			FileSystemUtils.deleteRecursively(home);
		}
		System.out.printf("Demo store %s built in %d ms (%d KiB)%n", archive, (System.nanoTime() - started) / 1_000_000,
				Files.size(archive) / 1024);
		System.exit(0); // no thread of the application outlives the build step
	}
}
