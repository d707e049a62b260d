package ca.engagementgraph.transfer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import ca.engagementgraph.loading.GraphData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bulk path produces the next batch while the writer writes one (generating or reading overlaps with writing),
 * keeps the batches in order, and stops cleanly on either side's failure. No database: the hand-over alone.
 */
class BulkLoadAheadOfTheWriterTest {

	private static GraphData batch() {
		return new GraphData(List.of(), List.of(), List.of());
	}

	@Test
	void theSourceProducesTheNextBatchWhileTheWriterWritesOne() throws InterruptedException {
		var first = batch();
		var second = batch();
		var secondProduced = new CountDownLatch(1);
		var written = new CopyOnWriteArrayList<GraphData>();
		var overlapped = new AtomicBoolean();
		GraphImporter.aheadOfTheWriter(sink -> {
			sink.accept(first);
			sink.accept(second);
			secondProduced.countDown();
		}, batch -> {
			if (batch == first) {
				try {
					// Waits for a condition, not for a time: the bound only keeps a broken hand-over from hanging.
					overlapped.set(secondProduced.await(60, TimeUnit.SECONDS));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			written.add(batch);
		});
		assertThat(overlapped).as("the second batch was produced while the first was being written").isTrue();
		assertThat(written).containsExactly(first, second);
	}

	@Test
	void aFailureOfTheSourceIsThrownToTheCallerAfterTheBatchesBeforeIt() {
		var written = new CopyOnWriteArrayList<GraphData>();
		var first = batch();
		assertThatThrownBy(() -> GraphImporter.aheadOfTheWriter(sink -> {
			sink.accept(first);
			throw new IllegalStateException("source broke");
		}, written::add)).isInstanceOf(IllegalStateException.class).hasMessage("source broke");
		assertThat(written).containsExactly(first);
	}

	@Test
	void aFailureOfTheWriterStopsTheSource() throws InterruptedException {
		var sourceEnded = new CountDownLatch(1);
		var produced = new java.util.concurrent.atomic.AtomicInteger();
		assertThatThrownBy(() -> GraphImporter.aheadOfTheWriter(sink -> {
			try {
				for (int i = 0; i < 1_000; i++) {
					sink.accept(batch());
					produced.incrementAndGet();
				}
			}
			finally {
				sourceEnded.countDown();
			}
		}, batch -> {
			throw new IllegalArgumentException("batch refused");
		})).isInstanceOf(IllegalArgumentException.class).hasMessage("batch refused");
		assertThat(sourceEnded.await(60, TimeUnit.SECONDS)).as("the source stopped").isTrue();
		assertThat(produced.get()).isLessThan(1_000);
	}
}
