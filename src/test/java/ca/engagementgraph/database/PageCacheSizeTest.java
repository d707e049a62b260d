package ca.engagementgraph.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.io.ByteUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheSizeTest {

	private static final long GIB = ByteUnit.gibiBytes(1);

	@Test
	void aSmallStoreGetsTheFloor() {
		assertThat(PageCacheSize.auto(ByteUnit.mebiBytes(20), 24 * GIB, GIB)).isEqualTo(PageCacheSize.FLOOR);
	}

	@Test
	void aLargeStoreIsCachedWholeWithRoomToGrow() {
		assertThat(PageCacheSize.auto(2 * GIB, 24 * GIB, GIB)).isEqualTo(2 * GIB + GIB / 2);
	}

	@Test
	void theCacheNeverTakesMoreThanHalfOfWhatTheHeapLeaves() {
		assertThat(PageCacheSize.auto(20 * GIB, 8 * GIB, 2 * GIB)).isEqualTo(3 * GIB);
	}

	@Test
	void anExplicitSizeIsTakenAsGiven(@TempDir Path home) {
		assertThat(PageCacheSize.of("512m", home)).isEqualTo(ByteUnit.mebiBytes(512));
		assertThat(PageCacheSize.of("auto", home)).isEqualTo(PageCacheSize.FLOOR);
	}
}
