package ca.engagementgraph.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Label;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo store a first start unpacks: a real Neo4j store, packed as the build packs it, opens where it is unpacked
 * with its graph; it is used only when built from the same files, and never lands outside the data directory. A build
 * packs it again when its compiled classes changed.
 */
class DemoStoreTest {

	@TempDir
	Path work;

	@Test
	void aPackedStoreOpensWhereItIsUnpackedWithItsGraphAndAFreshSystemDatabase() throws IOException {
		Path built = work.resolve("built");
		var service = new DatabaseManagementServiceBuilder(built).build();
		service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
			.executeTransactionally("CREATE (:Country {iso2: 'QM', nameEn: 'Packed'})");
		service.shutdown();
		Path archive = work.resolve("demo-store.zip");
		DemoStore.pack(built, DemoStore.fingerprint(), archive);

		Path home = work.resolve("installed");
		assertThat(unpack(archive, home)).isTrue();

		// What each installation makes for itself is not shipped: its server id, its users (with this build's password).
		assertThat(home.resolve("data/server_id")).doesNotExist();
		assertThat(home.resolve("data/databases/system")).doesNotExist();
		assertThat(home.resolve("data.unpacking")).doesNotExist();
		var opened = new DatabaseManagementServiceBuilder(home).build();
		try (var tx = opened.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).beginTx()) {
			assertThat(tx.findNode(Label.label("Country"), "iso2", "QM").getProperty("nameEn")).isEqualTo("Packed");
		}
		finally {
			opened.shutdown();
		}
	}

	@Test
	void aStoreBuiltFromOtherSeedFilesIsNotUsed() throws IOException {
		Path archive = work.resolve("demo-store.zip");
		writeArchive(archive, "built-from-an-older-seed", "data/databases/neo4j/neostore", "not a store");

		assertThat(unpack(archive, work)).isFalse();
		assertThat(work.resolve("data")).doesNotExist();
	}

	@Test
	void anEntryReachingOutsideTheStoreIsRefusedAndNothingIsLeftBehind() throws IOException {
		Path archive = work.resolve("demo-store.zip");
		writeArchive(archive, DemoStore.fingerprint(), "data/../../escaped", "outside");
		Path home = work.resolve("home");

		assertThat(unpack(archive, home)).isFalse();
		assertThat(work.resolve("escaped")).doesNotExist();
		assertThat(home.resolve("data")).doesNotExist();
		assertThat(home.resolve("data.unpacking")).doesNotExist();
	}

	@Test
	void withoutAPackagedStoreTheFirstStartLoadsTheSeed() throws IOException {
		assertThat(unpack(work.resolve("absent.zip"), work)).isFalse();
		assertThat(work.resolve("data")).doesNotExist();
	}

	@Test
	void theFingerprintFollowsTheSeedFilesAndMigrationsOnTheClasspath() {
		assertThat(DemoStore.fingerprint()).hasSize(64).isEqualTo(DemoStore.fingerprint());
	}

	@Test
	void theBuildsRecordFollowsTheCompiledClassesSoOlderLoadingCodeIsNotPacked() throws IOException {
		Path classes = work.resolve("classes");
		Files.createDirectories(classes.resolve("ca/example"));
		Files.writeString(classes.resolve("ca/example/Loader.class"), "first");
		Files.writeString(classes.resolve("ca/example/notes.txt"), "not a class");
		String first = DemoStoreBuild.classesDigest(classes);
		assertThat(DemoStoreBuild.classesDigest(classes)).isEqualTo(first);
		Files.writeString(classes.resolve("ca/example/notes.txt"), "changed, still not a class");
		assertThat(DemoStoreBuild.classesDigest(classes)).isEqualTo(first);
		Files.writeString(classes.resolve("ca/example/Loader.class"), "recompiled from other code");
		assertThat(DemoStoreBuild.classesDigest(classes)).isNotEqualTo(first).hasSize(64);
	}

	/** What a first start does with the archive in {@code home}, an empty data directory. */
	private static boolean unpack(Path archive, Path home) throws IOException {
		Files.createDirectories(home);
		return new DemoStore(new FileSystemResource(archive)).copyInto(home);
	}

	private static void writeArchive(Path archive, String fingerprint, String entry, String content) throws IOException {
		try (var zip = new ZipOutputStream(Files.newOutputStream(archive))) {
			zip.putNextEntry(new ZipEntry(DemoStore.FINGERPRINT_ENTRY));
			zip.write(fingerprint.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
	}
}
