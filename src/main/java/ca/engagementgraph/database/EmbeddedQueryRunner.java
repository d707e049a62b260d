package ca.engagementgraph.database;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.NoSuchRecordException;
import org.neo4j.driver.internal.summary.InternalDatabaseInfo;
import org.neo4j.driver.internal.summary.InternalResultSummary;
import org.neo4j.driver.internal.summary.InternalSummaryCounters;
import org.neo4j.driver.summary.ResultSummary;
import org.neo4j.graphdb.QueryStatistics;
import org.neo4j.graphdb.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver's query runner over a transaction of the embedded database: the product's writes (which all take a
 * {@link SimpleQueryRunner}) run in the process that holds the database, without the Bolt hop and the driver's and
 * the server's network threads (a fifth of a recorded meeting's CPU, more of a bulk load's). Each statement runs to
 * its end at once and its rows are handed over as the driver's records, with the counters of its summary; statements
 * fail with the embedded database's exceptions, which carry the same status codes ({@link DatabaseFailures}).
 */
final class EmbeddedQueryRunner implements SimpleQueryRunner {

	/** At debug, as {@link InProcessQueries} and Spring Data Neo4j log the statements they run. */
	private static final Logger log = LoggerFactory.getLogger(EmbeddedQueryRunner.class);

	private final Transaction tx;

	EmbeddedQueryRunner(Transaction tx) {
		this.tx = tx;
	}

	/** The embedded database's transaction this runner runs in ({@link NewNodes} writes through its API). */
	Transaction transaction() {
		return tx;
	}

	@Override
	public Result run(String query, Value parameters) {
		return run(new Query(query, parameters));
	}

	@Override
	public Result run(String query, Map<String, Object> parameters) {
		return run(new Query(query, parameters));
	}

	@Override
	public Result run(String query, Record parameters) {
		return run(new Query(query, parameters.asMap()));
	}

	@Override
	public Result run(String query) {
		return run(new Query(query));
	}

	@Override
	public Result run(Query query) {
		if (log.isDebugEnabled()) {
			log.debug("Executing in process:{}{}", System.lineSeparator(), query.text());
		}
		try (var result = tx.execute(query.text(), InProcessQueries.parameters(query.parameters().asMap()))) {
			List<String> keys = result.columns();
			List<Record> rows = InProcessQueries.records(result);
			return new Rows(keys, rows, summary(query, result.getQueryStatistics()));
		}
	}

	private static ResultSummary summary(Query query, QueryStatistics statistics) {
		var counters = new InternalSummaryCounters(statistics.getNodesCreated(), statistics.getNodesDeleted(),
				statistics.getRelationshipsCreated(), statistics.getRelationshipsDeleted(), statistics.getPropertiesSet(),
				statistics.getLabelsAdded(), statistics.getLabelsRemoved(), statistics.getIndexesAdded(),
				statistics.getIndexesRemoved(), statistics.getConstraintsAdded(), statistics.getConstraintsRemoved(),
				statistics.getSystemUpdates());
		return new InternalResultSummary(query, null, new InternalDatabaseInfo(null), null, counters, null, null,
				List.of(), java.util.Set.of(), -1, -1);
	}

	/** A statement's rows, already read: the driver's result as a consumer of it sees one. */
	private static final class Rows implements Result {

		private final List<String> keys;
		private final List<Record> rows;
		private final ResultSummary summary;
		private int next;
		private boolean consumed;

		Rows(List<String> keys, List<Record> rows, ResultSummary summary) {
			this.keys = keys;
			this.rows = rows;
			this.summary = summary;
		}

		@Override
		public List<String> keys() {
			return keys;
		}

		@Override
		public boolean hasNext() {
			return next < rows.size();
		}

		@Override
		public Record next() {
			if (!hasNext()) {
				throw new NoSuchRecordException("No more records");
			}
			return rows.get(next++);
		}

		@Override
		public Record single() {
			if (!hasNext()) {
				throw new NoSuchRecordException("Cannot retrieve a single record, because this result is empty.");
			}
			Record only = next();
			if (hasNext()) {
				throw new NoSuchRecordException("Expected a result with a single record, but this result contains at least one more. "
						+ "Ensure your query returns only one record.");
			}
			return only;
		}

		@Override
		public Record peek() {
			if (!hasNext()) {
				throw new NoSuchRecordException("Cannot peek past the last record");
			}
			return rows.get(next);
		}

		@Override
		public Stream<Record> stream() {
			var rest = rows.subList(next, rows.size()).stream();
			next = rows.size();
			return rest;
		}

		@Override
		public List<Record> list() {
			return list(Function.identity());
		}

		@Override
		public <T> List<T> list(Function<Record, T> mapFunction) {
			var rest = rows.subList(next, rows.size()).stream().map(mapFunction).toList();
			next = rows.size();
			return rest;
		}

		@Override
		public ResultSummary consume() {
			next = rows.size();
			consumed = true;
			return summary;
		}

		@Override
		public boolean isOpen() {
			return !consumed;
		}

		@Override
		public void remove() {
			throw new UnsupportedOperationException();
		}

		@Override
		public void forEachRemaining(java.util.function.Consumer<? super Record> action) {
			while (hasNext()) {
				action.accept(next());
			}
		}
	}
}
