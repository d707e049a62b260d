package ca.engagementgraph.recording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import ca.engagementgraph.audit.AuditTrail;
import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.DataReader;
import ca.engagementgraph.loading.DomainRules;
import ca.engagementgraph.loading.GraphDataWriter;
import ca.engagementgraph.loading.GraphKeys;
import ca.engagementgraph.loading.GraphRecords;
import ca.engagementgraph.loading.InvalidDataException;
import ca.engagementgraph.loading.Messages;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies coordinators' changes (meeting records, projects, results, messages, decisions, plans, TD figures,
 * actions) all or nothing, in one transaction per request:
 * <ol>
 * <li>the records to update are locked and their version compared with the one the client read (a stale version is
 * a conflict naming the current one, and nothing is lost);</li>
 * <li>creating a key that exists is fine when the content is identical (nothing changes) and refused otherwise;</li>
 * <li>the resulting records go through the importer's own checks (types, ranges, references) and writer, then the
 * cross-record rules are checked on the written state;</li>
 * <li>an audit event with the values before and after is written in the same transaction.</li>
 * </ol>
 * Any refusal rolls everything back and says, per input field, what is wrong and why, in the client's language.
 */
@Service
public class RecordingService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Driver driver;
	private final ca.engagementgraph.database.TransactionLimits limits;
	private final GraphModel model = GraphModel.get();

	RecordingService(Driver driver, ca.engagementgraph.database.TransactionLimits limits) {
		this.driver = driver;
		this.limits = limits;
	}

	/** The outcome: written (or an identical create), or refused with its errors. */
	public record Outcome(boolean written, List<UserError> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	/** A precondition on the current record, e.g. "only a PLANNED meeting can be marked as held". */
	@FunctionalInterface
	public interface Precondition {

		Precondition NONE = current -> null;

		/** @return an error when the change may not apply to this record, null otherwise */
		UserError check(Map<String, Object> current);
	}

	public Outcome apply(List<Change> changes, String user, Locale locale) {
		return apply(changes, user, locale, Precondition.NONE);
	}

	public Outcome apply(List<Change> changes, String user, Locale locale, Precondition precondition) {
		// A managed transaction: the driver retries it on transient failures (a deadlock, a cluster changing its
		// leader). A refusal leaves through Refused, which rolls the transaction back and is not retried.
		try (var session = driver.session()) {
			// A request: bounded by QUERY_TIMEOUT like the API's reads.
			return session.executeWrite(tx -> attempt(tx, changes, user, locale, precondition), limits.forRequests());
		}
		catch (Refused refused) {
			return refused.outcome;
		}
	}

	/** Thrown to roll back a refused change; carries the answer to give. */
	private static final class Refused extends RuntimeException {

		private final Outcome outcome;

		Refused(Outcome outcome) {
			super(null, null, false, false);
			this.outcome = outcome;
		}
	}

	private Outcome attempt(SimpleQueryRunner tx, List<Change> changes, String user, Locale locale,
			Precondition precondition) {
		{
			var errors = new ArrayList<UserError>();
			var records = new ArrayList<Map<String, Object>>();
			var befores = new ArrayList<Map<String, Object>>();
			var toWrite = new ArrayList<Change>();
			for (Change change : changes) {
				NodeType type = model.nodeType(change.label()).orElseThrow();
				if (!change.creates()) {
					lock(tx, type, change.key());
				}
				Map<String, Object> current = current(tx, type, change.key());
				if (change.creates()) {
					if (current != null) {
						List<String> different = differences(current, change.fields());
						if (!different.isEmpty()) {
							errors.add(error("DUPLICATE_KEY", change.inputField(type.key()), locale, "mutation.duplicate",
									change.label(), change.key(), different.stream().map(change::inputField)
										.map(f -> f.substring(f.lastIndexOf('.') + 1)).collect(Collectors.joining(", "))));
						}
						continue; // identical: nothing to write
					}
				}
				else {
					if (current == null) {
						errors.add(error("NOT_FOUND", change.inputField(type.key()), locale, "mutation.notFound",
								change.label(), change.key()));
						continue;
					}
					long version = ((Number) current.getOrDefault(GraphModel.VERSION, 1L)).longValue();
					if (version != change.expectedVersion()) {
						errors.add(new UserError("VERSION_CONFLICT", change.inputField(GraphModel.VERSION),
								Messages.render("mutation.versionConflict",
										List.of(change.label(), change.key(), change.expectedVersion(), version),
										locale), version));
						continue;
					}
					UserError refused = precondition.check(current);
					if (refused != null) {
						errors.add(refused);
						continue;
					}
				}
				befores.add(current);
				records.add(overlay(current, change));
				toWrite.add(change);
			}
			if (!errors.isEmpty() || toWrite.isEmpty()) {
				throw new Refused(new Outcome(false, errors));
			}
			var inputs = new ArrayList<DataReader.Input>();
			for (int i = 0; i < toWrite.size(); i++) {
				Change change = toWrite.get(i);
				byte[] json = JSON.writeValueAsBytes(Map.of("label", change.label(), "records", List.of(records.get(i))));
				inputs.add(new DataReader.Input(Integer.toString(i), new java.io.ByteArrayInputStream(json)));
			}
			var data = read(inputs, tx, toWrite, errors, locale);
			if (data == null) {
				throw new Refused(new Outcome(false, errors));
			}
			new GraphDataWriter(model).write(tx, data, GraphDataWriter.Progress.NONE);
			for (Change change : toWrite) {
				NodeType type = model.nodeType(change.label()).orElseThrow();
				tx.run("MATCH (n:`%s` {`%s`: $key}) SET n.version = $version".formatted(type.label(), type.key()),
						Map.of("key", change.key(), "version", change.creates() ? 1L : change.expectedVersion() + 1)).consume();
			}
			for (DataProblem problem : new DomainRules().violations(tx, data)) {
				errors.add(located(problem, toWrite, locale));
			}
			if (!errors.isEmpty()) {
				throw new Refused(new Outcome(false, errors));
			}
			for (int i = 0; i < toWrite.size(); i++) {
				Change change = toWrite.get(i);
				NodeType type = model.nodeType(change.label()).orElseThrow();
				AuditTrail.record(tx, user, change.operation(), change.label() + ":" + change.key(), befores.get(i),
						current(tx, type, change.key()), null);
			}
			return new Outcome(true, List.of());
		}
	}

	private ca.engagementgraph.loading.GraphData read(List<DataReader.Input> inputs, SimpleQueryRunner tx,
			List<Change> changes, List<UserError> errors, Locale locale) {
		try {
			return new DataReader(model).read(inputs, new GraphKeys(tx, model));
		}
		catch (InvalidDataException invalid) {
			invalid.problems().forEach(problem -> errors.add(located(problem, changes, locale)));
			return null;
		}
	}

	/** A problem found in change number {@code file} (the input name is the change's index), told at its field. */
	private static UserError located(DataProblem problem, List<Change> changes, Locale locale) {
		int index;
		try {
			index = Integer.parseInt(problem.file());
		}
		catch (NumberFormatException ex) {
			index = 0;
		}
		Change change = changes.get(Math.min(index, changes.size() - 1));
		String code = problem.code().substring(problem.code().indexOf('.') + 1);
		return new UserError(toConstant(code), change.inputField(problem.field()), problem.reason(locale), null);
	}

	private static String toConstant(String camel) {
		return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

	private static UserError error(String code, String field, Locale locale, String message, Object... args) {
		return new UserError(code, field, Messages.render(message, List.of(args), locale), null);
	}

	private void lock(SimpleQueryRunner tx, NodeType type, String key) {
		// Writing a property takes the node's write lock until commit: concurrent updates of one record queue here
		// and each then reads the version the previous one left. (Setting a property to the value it already has
		// is a no-op that takes no lock, as a concurrency test found; setting and removing a marker is not.)
		tx.run("MATCH (n:`%s` {`%s`: $key}) SET n.`__lock` = true REMOVE n.`__lock`".formatted(type.label(), type.key()),
				Map.of("key", key)).consume();
	}

	private Map<String, Object> current(SimpleQueryRunner tx, NodeType type, String key) {
		var rows = tx.run(GraphRecords.query(model, type, true), Map.of("key", key)).list();
		return rows.isEmpty() ? null : GraphRecords.toRecord(model, type, rows.getFirst());
	}

	/** The record as it will be: the current one (if any) with the change's fields laid over it. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> overlay(Map<String, Object> current, Change change) {
		var record = current == null ? new LinkedHashMap<String, Object>() : new LinkedHashMap<>(current);
		record.remove(GraphModel.VERSION);
		for (var field : change.fields().entrySet()) {
			Set<String> replacedLabels = change.partial().get(field.getKey());
			if (replacedLabels != null && record.get(field.getKey()) instanceof List<?> existing) {
				var kept = new ArrayList<Object>();
				for (Object reference : existing) {
					var target = ((Map<String, Object>) reference).keySet().iterator().next();
					if (!replacedLabels.contains(target)) {
						kept.add(reference);
					}
				}
				kept.addAll((List<Object>) field.getValue());
				record.put(field.getKey(), kept);
			}
			else if (field.getValue() == null) {
				record.remove(field.getKey());
			}
			else {
				record.put(field.getKey(), field.getValue());
			}
		}
		return record;
	}

	/** The fields whose values differ between the stored record and a create's input (relationships as sets). */
	@SuppressWarnings("unchecked")
	private static List<String> differences(Map<String, Object> current, Map<String, Object> wanted) {
		var different = new ArrayList<String>();
		var names = new java.util.LinkedHashSet<String>();
		names.addAll(current.keySet());
		names.addAll(wanted.keySet());
		names.remove(GraphModel.VERSION);
		for (String name : names) {
			Object have = current.get(name);
			Object want = wanted.get(name);
			if (have instanceof List<?> || want instanceof List<?>) {
				var a = new HashSet<>(have == null ? List.of() : JSON.convertValue(have, List.class));
				var b = new HashSet<>(want == null ? List.of() : JSON.convertValue(want, List.class));
				if (!a.equals(b)) {
					different.add(name);
				}
			}
			else if (!Objects.equals(normalize(have), normalize(want))) {
				different.add(name);
			}
		}
		return different;
	}

	private static Object normalize(Object value) {
		return value instanceof Number number ? (Object) number.doubleValue() : value;
	}
}
