package ca.engagementgraph.database;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.internal.InternalNode;
import org.neo4j.driver.internal.InternalPath;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.driver.internal.InternalRelationship;
import org.neo4j.driver.types.Entity;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.spatial.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's reads run inside the process that holds the embedded database: the same Cypher, the same parameters, the
 * rows handed over as the driver's records, so that every mapping reads them as it reads the driver's. Through Bolt
 * each statement cost 1.2-2 ms of the service's CPU before it read anything (the driver's and the server's network
 * threads, PackStream both ways) and a page of the engagement register is a dozen statements.
 *
 * <p>Each statement is a read transaction of its own, under the request time limit, and at most as many run at once as
 * the driver would run ({@link TransactionLimits#connections()}); the database's memory guard applies as to any
 * transaction. Reads inside a request's write still go through the driver, inside that write's transaction.
 */
public final class InProcessQueries {

	/** Every statement at debug, as Spring Data Neo4j logs those it sends (tests count a request's statements). */
	private static final Logger log = LoggerFactory.getLogger(InProcessQueries.class);

	private final EmbeddedDatabase database;
	private final Duration timeout;
	private final Semaphore running;

	InProcessQueries(EmbeddedDatabase database, TransactionLimits limits) {
		this.database = database;
		this.timeout = limits.queryTimeout();
		this.running = new Semaphore(limits.connections(), true);
	}

	/** The rows of a read-only statement, as the driver would have returned them. */
	public List<Record> run(String cypher, Map<String, Object> parameters) {
		return read(cypher, parameters, InProcessQueries::records);
	}

	/**
	 * The rows of a read-only statement that returns values only (no node, relationship or path, which would outlive
	 * their transaction), as the embedded database hands them over: lists, maps, strings, longs, doubles, booleans,
	 * dates. A statement that returns its answer as one large value (a country's 1,702 coverage rows) is read without
	 * being turned into the driver's values and back, two copies of every value it holds.
	 */
	public List<Map<String, Object>> plain(String cypher, Map<String, Object> parameters) {
		return read(cypher, parameters, result -> {
			var rows = new ArrayList<Map<String, Object>>();
			while (result.hasNext()) {
				Map<String, Object> row = result.next();
				row.forEach(InProcessQueries::requireValue);
				rows.add(row);
			}
			return rows;
		});
	}

	/** Refuses a node, relationship or path in a plain row: read after its transaction, it would fail far from here. */
	private static void requireValue(String column, @Nullable Object value) {
		switch (value) {
			case org.neo4j.graphdb.Entity entity -> throw new IllegalStateException(
					"Column " + column + " holds a node or relationship; plain rows hold values only");
			case Path path -> throw new IllegalStateException(
					"Column " + column + " holds a path; plain rows hold values only");
			case Map<?, ?> map -> map.values().forEach(entry -> requireValue(column, entry));
			case Collection<?> list -> list.forEach(entry -> requireValue(column, entry));
			case null, default -> {
			}
		}
	}

	private <T> T read(String cypher, Map<String, Object> parameters, Function<Result, T> rows) {
		var bound = parameters(parameters);
		if (log.isDebugEnabled()) {
			log.debug("Executing in process:{}{}", System.lineSeparator(), cypher);
		}
		running.acquireUninterruptibly();
		try {
			return database.read(timeout, tx -> {
				try (var result = tx.execute(cypher, bound)) {
					return rows.apply(result);
				}
			});
		}
		finally {
			running.release();
		}
	}

	/** Every row of {@code result} as the driver's records, each node read once. */
	static List<Record> records(Result result) {
		var rows = new ArrayList<Record>();
		var nodes = new NodesRead();
		List<String> columns = result.columns();
		while (result.hasNext()) {
			Map<String, Object> row = result.next();
			var values = new ArrayList<Value>(columns.size());
			for (String column : columns) {
				values.add(value(row.get(column), nodes));
			}
			rows.add(new InternalRecord(columns, values));
		}
		return rows;
	}

	/** The parameters as the embedded database takes them. */
	static Map<String, @Nullable Object> parameters(Map<String, Object> parameters) {
		var bound = new HashMap<String, @Nullable Object>();
		parameters.forEach((name, value) -> bound.put(name, parameter(value)));
		return bound;
	}

	/** A parameter as the driver would send it (integers as longs, enums by name, lists and maps alike). */
	private static @Nullable Object parameter(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case Enum<?> constant -> constant.name();
			case Value driverValue -> driverValue.asObject();
			default -> Values.value(value).asObject();
		};
	}

	/**
	 * The nodes one statement's rows returned, each read once: a table whose every row holds the same few nodes (the
	 * departments beside each country of the coverage, 200 rows of five) read their properties again on each row.
	 * Nodes do not change within the statement's read transaction.
	 */
	private static final class NodesRead {

		private final Map<Long, Value> read = new HashMap<>();

		@SuppressWarnings("deprecation") // the legacy id: a cheap key, unique within the transaction
		Value of(Node node) {
			Value known = read.get(node.getId());
			if (known == null) {
				known = node(node).asValue();
				read.put(node.getId(), known);
			}
			return known;
		}
	}

	/**
	 * A value of a row as the driver's value: nodes, relationships and paths with their properties read now, each node
	 * once when {@code nodes} is given (a property's value holds no node).
	 */
	private static Value value(@Nullable Object value, @Nullable NodesRead nodes) {
		return switch (value) {
			case null -> Values.NULL;
			case Node node -> nodes == null ? node(node).asValue() : nodes.of(node);
			case Relationship relationship -> relationship(relationship).asValue();
			case Path path -> path(path).asValue();
			case Map<?, ?> map -> {
				var values = new LinkedHashMap<String, Value>();
				map.forEach((key, entry) -> values.put(String.valueOf(key), value(entry, nodes)));
				yield Values.value(values);
			}
			case Collection<?> list -> Values.value(list.stream().map(entry -> value(entry, nodes)).toList());
			// Values the driver's own conversion does not know as the embedded database returns them (a point or a
			// duration another tool stored, a duration a statement computed), as Bolt would have carried them.
			case org.neo4j.values.storable.DurationValue duration -> Values.isoDuration(
					duration.get(ChronoUnit.MONTHS), duration.get(ChronoUnit.DAYS), duration.get(ChronoUnit.SECONDS),
					(int) duration.get(ChronoUnit.NANOS));
			case Point point -> point(point);
			default -> Values.value(value);
		};
	}

	private static Value point(Point point) {
		double[] coordinate = point.getCoordinate().getCoordinate();
		int srid = point.getCRS().getCode();
		return coordinate.length == 3 ? Values.point(srid, coordinate[0], coordinate[1], coordinate[2])
				: Values.point(srid, coordinate[0], coordinate[1]);
	}

	@SuppressWarnings("deprecation") // the driver's entities carry the legacy id beside the element id
	private static InternalNode node(Node node) {
		var labels = new ArrayList<String>();
		for (Label label : node.getLabels()) {
			labels.add(label.name());
		}
		return new InternalNode(node.getId(), node.getElementId(), labels, properties(node.getAllProperties()));
	}

	@SuppressWarnings("deprecation")
	private static InternalRelationship relationship(Relationship relationship) {
		return new InternalRelationship(relationship.getId(), relationship.getElementId(),
				relationship.getStartNode().getId(), relationship.getStartNode().getElementId(),
				relationship.getEndNode().getId(), relationship.getEndNode().getElementId(),
				relationship.getType().name(), properties(relationship.getAllProperties()));
	}

	private static InternalPath path(Path path) {
		var entities = new ArrayList<Entity>();
		for (org.neo4j.graphdb.Entity entity : path) {
			entities.add(entity instanceof Node node ? node(node) : relationship((Relationship) entity));
		}
		return new InternalPath(entities);
	}

	private static Map<String, Value> properties(Map<String, Object> properties) {
		var values = new HashMap<String, Value>(properties.size() * 2);
		properties.forEach((name, property) -> values.put(name, value(property, null)));
		return values;
	}
}
