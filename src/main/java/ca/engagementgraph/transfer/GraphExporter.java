package ca.engagementgraph.transfer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ca.engagementgraph.database.WriteGate;
import ca.engagementgraph.database.WriteTransactions;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.model.ClassificationRule;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import ca.engagementgraph.model.RelationshipSpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the graph (or one country's part of it) as files the importer reads back: one file per label, JSON in
 * the seed format or CSV with one column per property and relationship. Export followed by import into an empty
 * database reproduces the graph: the same nodes, properties (versions included) and relationships.
 */
@Component
public class GraphExporter {

	public enum Format {
		JSON, CSV
	}

	/**
	 * A country's part: the country, its missions, authorities, projects and their results, the meetings about it
	 * and their follow-up actions, its designations, decisions, plans and TD statistics, and the key messages about
	 * its results or projects. The export adds the reference data these point at (departments, partners, the
	 * envelope, sources, other countries by name), so the part imports on its own; other countries' projects,
	 * results and meetings stay out, and references to them are dropped.
	 */
	static final String COUNTRY_PART = """
			MATCH (c:Country {iso2: $country})
			CALL (c) {
			  MATCH (x) WHERE x = c
			     OR (x:Mission AND EXISTS { (x)-[:REPRESENTS]->(c) })
			     OR (x:Authority AND EXISTS { (x)-[:OF]->(c) })
			     OR (x:Project AND EXISTS { (x)-[:IN]->(c) })
			     OR (x:Result AND EXISTS { (x)-[:OF]->(:Project)-[:IN]->(c) })
			     OR (x:Engagement AND EXISTS { (x)-[:CONCERNS]->(c) })
			     OR (x:Action AND EXISTS { (x)-[:FROM]->(:Engagement)-[:CONCERNS]->(c) })
			     OR (x:Designation AND EXISTS { (x)-[:OF]->(c) })
			     OR (x:Decision AND EXISTS { (x)-[:CONCERNS]->(c) })
			     OR (x:EngagementPlan AND EXISTS { (x)-[:FOR]->(c) })
			     OR (x:TdStat AND EXISTS { (x)-[:FOR]->(c) })
			     OR (x:KeyMessage AND EXISTS { (x)-[:ABOUT]->(:Result|Project)-[:OF|IN*1..2]->(c) })
			  RETURN collect(x) AS core
			}
			UNWIND core AS x
			OPTIONAL MATCH (x)-[]-(y:Country|Department|Unit|Organization|Program|Envelope|PriorityArea|Outcome|Source)
			WITH core, collect(DISTINCT y) AS around
			UNWIND core + around AS n
			WITH DISTINCT n WHERE n IS NOT NULL
			RETURN labels(n)[0] + ':' + coalesce(n.code, n.iso2) AS id
			""";

	private final WriteTransactions transactions;
	private final GraphModel model = GraphModel.get();
	private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	public GraphExporter(WriteTransactions transactions) {
		this.transactions = transactions;
	}

	/**
	 * Writes one file per label into {@code directory}; returns the files written.
	 *
	 * @param protectedB whether Protected B records go in too. Without them the export is what a reader without the
	 *                   clearance may receive: no Protected B record, and no reference to one.
	 */
	public List<Path> export(Path directory, Format format, @Nullable String country,
			boolean protectedB) throws IOException {
		return write(directory, format, country, protectedB, false);
	}

	/** The records a reader without the clearance may not see, as {@code Label:key}. */
	static final String PROTECTED_RECORDS = """
			MATCH (n) WHERE NOT n:AuditEvent AND none(l IN labels(n) WHERE l STARTS WITH '__') AND NOT %s
			RETURN labels(n)[0] + ':' + coalesce(n.code, n.iso2) AS id
			""".formatted(ClassificationRule.visibleTo("n"));

	/**
	 * A copy of the whole graph and its audit trail at one point in time, taken while the service keeps running
	 * (Community edition has no online backup): every label as JSON, plus {@value #AUDIT_FILE}. Every write of the
	 * product waits while it is read (see {@link #write}).
	 */
	public List<Path> backup(Path directory) throws IOException {
		return write(directory, Format.JSON, null, true, true);
	}

	static final String AUDIT_FILE = "audit-trail.json";

	/**
	 * Reads everything in one transaction that first closes the {@link WriteGate}. One transaction alone is not a
	 * point in time: Neo4j reads "read committed", so each statement (here, each label) would see the writes
	 * committed since the previous one. With the gate closed, the writes in flight have committed and no write of
	 * the product can commit until this transaction ends, so every statement sees the same state. The transaction
	 * is a write transaction only to take the gate's locks; it changes nothing and is rolled back.
	 */
	private List<Path> write(Path directory, Format format, @Nullable String country, boolean protectedB,
			boolean withAuditTrail)
			throws IOException {
		Files.createDirectories(directory);
		// Not committed: the transaction is rolled back, which opens the gate again. A loading transaction (a copy of
		// a large graph is work a person starts and lets run) of Spring's transaction manager, retried on transient
		// failures (it writes nothing but files, which a retry writes again).
		try {
			return transactions.loadingRolledBack(tx -> {
				try {
					return writeFiles(tx, directory, format, country, protectedB, withAuditTrail);
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		catch (java.io.UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** Writes the files from what the transaction reads, once it holds the write gate. */
	private List<Path> writeFiles(SimpleQueryRunner tx, Path directory, Format format, @Nullable String country,
			boolean protectedB, boolean withAuditTrail) throws IOException {
		WriteGate.close(tx);
		Set<String> part = country == null ? null : countryPart(tx, country);
		Set<String> left = protectedB ? Set.of() : protectedRecords(tx);
		var written = new ArrayList<Path>();
		for (NodeType type : model.nodeTypes().stream().sorted((a, b) -> a.label().compareTo(b.label())).toList()) {
			List<Map<String, Object>> records = Loading.records(tx, model, type)
				.stream()
				.filter(record -> part == null || part.contains(type.label() + ":" + record.get(type.key())))
				.filter(record -> !left.contains(type.label() + ":" + record.get(type.key())))
				.map(record -> onlyWithin(type, record, part))
				.map(record -> without(type, record, left))
				.toList();
			if (records.isEmpty()) {
				continue;
			}
			Path file = directory.resolve(type.label() + (format == Format.JSON ? ".json" : ".csv"));
			try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
				if (format == Format.JSON) {
					json.writeValue(out, Map.of("label", type.label(), "records", records));
				}
				else {
					writeCsv(out, type, records);
				}
			}
			written.add(file);
		}
		if (withAuditTrail) {
			var events = tx.run("MATCH (a:AuditEvent) RETURN properties(a) AS event ORDER BY a.at, a.id")
				.list(row -> row.get("event").asMap(v -> v.asObject() instanceof java.time.temporal.Temporal t
						? t.toString() : v.asObject()));
			Path file = directory.resolve(AUDIT_FILE);
			json.writeValue(file.toFile(), events);
			written.add(file);
		}
		return written;
	}

	private static Set<String> countryPart(SimpleQueryRunner tx, String country) {
		return tx.run(COUNTRY_PART, Map.of("country", country)).list(r -> r.get("id").asString()).stream()
			.collect(Collectors.toSet());
	}

	private static Set<String> protectedRecords(SimpleQueryRunner tx) {
		return Set.copyOf(tx.run(PROTECTED_RECORDS, Map.of("cleared", false)).list(r -> r.get("id").asString()));
	}

	/** The record without its references to the records left out (a relationship field left empty goes). */
	private Map<String, Object> without(NodeType type, Map<String, Object> record, Set<String> left) {
		if (left.isEmpty()) {
			return record;
		}
		for (RelationshipSpec spec : recordedOn(type.label())) {
			var kept = references(record, spec, reference -> !names(reference, left));
			if (kept != null && kept.isEmpty()) {
				record.remove(spec.type());
			}
			else if (kept != null) {
				record.put(spec.type(), kept);
			}
		}
		return record;
	}

	/** The references of the record's {@code spec} field that pass {@code keep}; null when it has no such field. */
	@SuppressWarnings("unchecked")
	private static @Nullable List<Map<String, Object>> references(Map<String, Object> record, RelationshipSpec spec,
			java.util.function.Predicate<Map<String, Object>> keep) {
		var references = (List<Map<String, Object>>) record.get(spec.type());
		return references == null ? null : references.stream().filter(keep).toList();
	}

	/** Whether the reference ({@code {Label: key, property: value...}}) names one of {@code ids} ("Label:key"). */
	private static boolean names(Map<String, Object> reference, Set<String> ids) {
		return reference.entrySet().stream().anyMatch(e -> ids.contains(e.getKey() + ":" + e.getValue()));
	}

	private List<RelationshipSpec> recordedOn(String label) {
		return Loading.recordedOn(model, label);
	}

	private Map<String, Object> onlyWithin(NodeType type, Map<String, Object> record, @Nullable Set<String> part) {
		if (part == null) {
			return record;
		}
		for (RelationshipSpec spec : recordedOn(type.label())) {
			var kept = references(record, spec, reference -> names(reference, part));
			if (kept != null) {
				record.put(spec.type(), kept);
			}
		}
		return record;
	}

	@SuppressWarnings("unchecked")
	private void writeCsv(Writer out, NodeType type, List<Map<String, Object>> records) throws IOException {
		var columns = new LinkedHashSet<String>();
		columns.add(type.key());
		columns.addAll(type.properties().keySet());
		recordedOn(type.label()).forEach(spec -> columns.add(spec.type()));
		try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
			for (Map<String, Object> record : records) {
				var cells = new ArrayList<String>();
				for (String column : columns) {
					Object value = record.get(column);
					if (value instanceof List<?> references) {
						var spec = model.relationshipRecordedOn(type.label(), column).orElseThrow();
						cells.add(references.stream()
							.map(reference -> csvReference(spec, (Map<String, Object>) reference))
							.collect(Collectors.joining("; ")));
					}
					else {
						cells.add(value == null ? "" : text(String.valueOf(value)));
					}
				}
				printer.printRecord(cells);
			}
		}
	}

	/**
	 * A value as CSV text: a control character (which no import or mutation accepts, but another tool may have
	 * written) is replaced by U+FFFD, so an export is always text; tabs and line breaks are kept (CSV quotes them).
	 */
	static String text(String value) {
		var text = new StringBuilder(value.length());
		value.chars().forEach(c -> text.append(Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'
				? '\uFFFD' : (char) c));
		return text.toString();
	}

	private static String csvReference(RelationshipSpec spec, Map<String, Object> reference) {
		var entries = new ArrayList<>(reference.entrySet());
		var target = entries.removeFirst();
		String text = spec.referencedLabels().size() == 1 ? String.valueOf(target.getValue())
				: target.getKey() + ":" + target.getValue();
		if (!entries.isEmpty()) {
			text += entries.stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
		}
		return text;
	}
}
