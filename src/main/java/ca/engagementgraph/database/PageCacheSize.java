package ca.engagementgraph.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.neo4j.io.ByteUnit;

/**
 * How much memory the embedded Neo4j caches the store in. A fixed 256 MiB served the demo (a few MiB of store) but
 * not scale L (2.4 GiB): every question then read its index and store pages from disk again, and a rebuild of the
 * leverage ledger spent most of its time with commits waiting for pages that the index sampler kept evicting.
 * {@code auto} sizes the cache to the store on disk, with room to grow, never below {@link #FLOOR} and never above
 * half of the memory the JVM's heap leaves on the machine; an explicit size (e.g. {@code 2g}) is taken as given.
 */
final class PageCacheSize {

	static final long FLOOR = ByteUnit.mebiBytes(256);

	private PageCacheSize() {
	}

	static long of(String setting, Path home) {
		if (!"auto".equalsIgnoreCase(setting.strip())) {
			return ByteUnit.parse(setting);
		}
		return auto(storeBytes(home.resolve("data/databases")), physicalMemory(), Runtime.getRuntime().maxMemory());
	}

	/** The store with a quarter more for growth, between the floor and half of what the heap leaves. */
	static long auto(long storeBytes, long physicalBytes, long heapBytes) {
		long ceiling = Math.max(FLOOR, (physicalBytes - heapBytes) / 2);
		return Math.min(ceiling, Math.max(FLOOR, storeBytes + storeBytes / 4));
	}

	private static long storeBytes(Path databases) {
		if (!Files.isDirectory(databases)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(databases)) {
			return files.filter(Files::isRegularFile).mapToLong(PageCacheSize::size).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0; // a file Neo4j removed while the walk ran
		}
	}

	private static long physicalMemory() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getTotalMemorySize();
		}
		return 2 * FLOOR;
	}
}
