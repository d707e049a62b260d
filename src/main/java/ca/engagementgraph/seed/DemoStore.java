package ca.engagementgraph.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import ca.engagementgraph.database.StoreTemplate;
import ca.engagementgraph.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * The demo's graph as a store built when the service is packaged ({@link DemoStoreBuild}): reference and demo data
 * loaded, schema migrated, ledger built, Neo4j shut down cleanly, zipped into the jar. A first start on an empty data
 * directory unpacks it instead of creating the databases, migrating, loading and building the ledger (35 s of a
 * first start on two cores, a few hundred milliseconds this way); it then starts as a restart does.
 *
 * <p>Used only when it was built from the very files this service would load: the seed files, the schema
 * migrations and the Neo4j version, compared by a fingerprint kept in the archive. Any difference (a seed file edited
 * since the package was built, say) and the first start loads the seed as it always did. A data directory holding a
 * store is never touched.
 */
@Component
@ConditionalOnExpression("${engagement-graph.seed.enabled:true} and ${engagement-graph.seed.demo-data:true} and ${engagement-graph.seed.demo-store:true}")
class DemoStore implements StoreTemplate {

	private static final Logger log = LoggerFactory.getLogger(DemoStore.class);

	/** Where the build puts the archive, on the classpath (in the jar; in target/classes for spring-boot:run). */
	static final String RESOURCE = "seed/demo-store.zip";

	/** The archive's first entry: the fingerprint of what the store was built from. */
	static final String FINGERPRINT_ENTRY = "FINGERPRINT";

	/** What the store is built from, besides the Neo4j version. */
	private static final String[] SOURCES = { "classpath*:seed/reference/*.json", "classpath*:seed/demo/*.json",
			"classpath*:graph-schema/*.cypher" };

	/** Files Neo4j makes per installation or per running process: never shipped. */
	private static final Set<String> LEFT_OUT = Set.of("server_id", "store_lock", "database_lock");

	private final Resource archive;

	DemoStore() {
		this(new ClassPathResource(RESOURCE));
	}

	DemoStore(Resource archive) {
		this.archive = archive;
	}

	@Override
	public boolean copyInto(Path home) {
		if (!archive.exists()) {
			log.debug("No demo store packaged ({}): the first start loads the seed", RESOURCE);
			return false;
		}
		long started = System.nanoTime();
		Path unpacking = home.resolve("data.unpacking");
		try (var zip = new ZipInputStream(archive.getInputStream())) {
			String builtFrom = builtFrom(zip);
			if (!fingerprint().equals(builtFrom)) {
				log.info("The packaged demo store was built from other seed files or migrations: the first start loads the seed");
				return false;
			}
			FileSystemUtils.deleteRecursively(unpacking); // left by a start that stopped while unpacking
			int files = unpack(zip, unpacking);
			Files.move(unpacking.resolve("data"), home.resolve("data"), StandardCopyOption.ATOMIC_MOVE);
			FileSystemUtils.deleteRecursively(unpacking);
			log.info("Started the demo graph from the store packaged with the service ({} files in {} ms)", files,
					(System.nanoTime() - started) / 1_000_000);
			return true;
		}
		catch (IOException ex) {
			// Not a reason to stop: the seed loads the same graph, only more slowly.
			log.warn("The packaged demo store could not be unpacked ({}): the first start loads the seed", ex.toString());
			try {
				FileSystemUtils.deleteRecursively(unpacking);
			}
			catch (IOException ignored) {
				// the next start clears it first
			}
			return false;
		}
	}

	private static String builtFrom(ZipInputStream zip) throws IOException {
		ZipEntry first = zip.getNextEntry();
		if (first == null || !FINGERPRINT_ENTRY.equals(first.getName())) {
			return "";
		}
		return new String(zip.readAllBytes(), StandardCharsets.UTF_8).strip();
	}

	private static int unpack(ZipInputStream zip, Path into) throws IOException {
		Path root = into.toAbsolutePath().normalize();
		int files = 0;
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			Path target = root.resolve(entry.getName()).normalize();
			if (!target.startsWith(root.resolve("data"))) {
				throw new IOException("entry " + entry.getName() + " lies outside the store");
			}
			if (entry.isDirectory()) {
				Files.createDirectories(target);
				continue;
			}
			Files.createDirectories(target.getParent());
			Files.copy(zip, target);
			files++;
		}
		return files;
	}

	/**
	 * Zips the store under {@code home/data} (Neo4j shut down) with {@code fingerprint} as its first entry, leaving out
	 * the files Neo4j makes for each installation and each process.
	 */
	static void pack(Path home, String fingerprint, Path archive) throws IOException {
		Path data = home.resolve("data");
		Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
		Files.createDirectories(archive.toAbsolutePath().getParent());
		try (var zip = new ZipOutputStream(Files.newOutputStream(partial)); var files = Files.walk(data)) {
			zip.putNextEntry(new ZipEntry(FINGERPRINT_ENTRY));
			zip.write(fingerprint.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				if (LEFT_OUT.contains(file.getFileName().toString()) || perInstallation(data.relativize(file))) {
					continue;
				}
				zip.putNextEntry(new ZipEntry(home.relativize(file).toString().replace('\\', '/')));
				Files.copy(file, zip);
				zip.closeEntry();
			}
		}
		Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Neo4j's system database (its users, with this build's password) and its initial-password file: each installation
	 * creates its own at its first start, with its own password and no statement to set it.
	 */
	private static boolean perInstallation(Path inData) {
		return inData.startsWith("databases/system") || inData.startsWith("transactions/system") || inData.startsWith("dbms");
	}

	/**
	 * A digest of every file the demo store is built from (seed files, schema migrations: names and contents), of the
	 * Neo4j version that writes it and of the ledger's format it holds.
	 */
	static String fingerprint() {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update(org.neo4j.kernel.internal.Version.getNeo4jVersion().getBytes(StandardCharsets.UTF_8));
			digest.update(("ledger format " + Ledger.format()).getBytes(StandardCharsets.UTF_8));
			for (String pattern : SOURCES) {
				// Listed as the seed lists its files to load them: once per name, in name order.
				for (var input : SeedData.resources(pattern)) {
					digest.update(input.name().getBytes(StandardCharsets.UTF_8));
					try (InputStream in = input.content()) {
						digest.update(in.readAllBytes());
					}
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The seed files could not be read", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The fingerprint an archive was built from, empty when it has none. */
	static String builtFrom(Path archive) throws IOException {
		try (var zip = new ZipInputStream(Files.newInputStream(archive))) {
			return builtFrom(zip);
		}
	}
}
