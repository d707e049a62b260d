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

import ca.engagementgraph.api.Today;
import ca.engagementgraph.audit.AuditTrail;
import ca.engagementgraph.database.WriteGate;
import ca.engagementgraph.database.WriteTransactions;
import ca.engagementgraph.loading.DataProblem;
import ca.engagementgraph.loading.GraphData;
import ca.engagementgraph.loading.InvalidDataException;
import ca.engagementgraph.loading.Loading;
import ca.engagementgraph.model.ClassificationRule;
import ca.engagementgraph.language.Messages;
import ca.engagementgraph.ledger.Ledger;
import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.SimpleQueryRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies coordinators' changes (meeting records, projects, results, messages, decisions, plans, TD figures,
 * actions) all or nothing, in one transaction per request:
 * <ol>
 * <li>the write passes the {@link WriteGate} (so that a backup never sees half of it), and its idempotency key, if
 * the client sent one, is held and checked ({@link IdempotencyKeys});</li>
 * <li>the version of each record to update moves on from the one the client read, in one statement that locks the
 * record before it reads the stored version ({@link #advanceVersion}); a stored version other than the one the
 * client read is a conflict naming the current one, refused, and rolled back with the rest: nothing is lost;</li>
 * <li>the records to create are claimed first: {@code MERGE} on the key, which the uniqueness constraint makes
 * exclusive, so of two creates of one key the second waits for the first to commit and then finds the record. A
 * claimed record starts at version 1. Creating a key that exists is fine when the content is identical (nothing
 * changes) and refused otherwise;</li>
 * <li>the resulting records go through the importer's own checks (types, ranges, references) and writer, then the
 * cross-record rules are checked on the written state;</li>
 * <li>an audit event with the values before and after is written in the same transaction.</li>
 * </ol>
 * Any refusal rolls everything back and says, per input field, what is wrong and why, in the client's language.
 *
 * <p>A user without the Protected B clearance can neither see nor change a Protected B record: one they name to
 * update is not found, a code one already uses is taken, a reference to one is an unknown key, a change that would
 * make a record Protected B is refused with CLEARANCE_REQUIRED, and the relationships of a record they change to
 * Protected B records they cannot see are kept as they are.
 */
@Service
public class RecordingService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WriteTransactions writes;
	private final Today today;
	private final GraphModel model = GraphModel.get();

	private final Ledger ledger;
	private final ApplicationEventPublisher events;

	RecordingService(WriteTransactions writes, Today today, Ledger ledger, ApplicationEventPublisher events) {
		this.writes = writes;
		this.today = today;
		this.ledger = ledger;
		this.events = events;
	}

	/**
	 * The outcome: written (or an identical create), or refused with its errors; {@code replayed} when an attempt
	 * with the same idempotency key had already been applied, and nothing was done this time.
	 */
	public record Outcome(boolean written, List<UserError> errors, boolean replayed) {

		Outcome(boolean written, List<UserError> errors) {
			this(written, errors, false);
		}

		public boolean ok() {
			return errors.isEmpty();
		}
	}

	/** A precondition on the current record, e.g. "only a PLANNED meeting can be marked as held". */
	@FunctionalInterface
	public interface Precondition {

		Precondition NONE = current -> null;

		/** @return an error when the change may not apply to this record, null otherwise */
		@Nullable UserError check(Map<String, Object> current);
	}

	public Outcome apply(List<Change> changes, String user, Locale locale) {
		return apply(changes, user, true, locale, Precondition.NONE, null, List.of());
	}

	/**
	 * @param cleared whether the user holds the Protected B clearance
	 * @param key     the client's idempotency key for this attempt, or null
	 * @param invalid what the input's own constraints refused: nothing is written then, and these are told first,
	 *                with whatever else the checks below find
	 */
	Outcome apply(List<Change> changes, String user, boolean cleared, Locale locale, Precondition precondition,
			IdempotencyKeys.@Nullable Key key, List<UserError> invalid) {
		// A Spring transaction of a request (bounded by QUERY_TIMEOUT like the API's reads, retried on transient
		// failures such as a deadlock or a cluster changing its leader); its commit's bookmark goes to the reads that
		// follow, the payload's first. A refusal leaves through Refused, which rolls it back and is not retried.
		try {
			return writes.request(tx -> attempt(tx, changes, user, cleared, locale, precondition, key, invalid));
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

	/** Refuses with the input's constraint violations first, then the other errors not already told. */
	private static Refused refused(List<UserError> invalid, List<UserError> errors) {
		var all = new ArrayList<>(invalid);
		for (UserError error : errors) {
			if (invalid.stream().noneMatch(told -> told.code().equals(error.code()) && Objects.equals(told.field(), error.field()))) {
				all.add(error);
			}
		}
		return new Refused(new Outcome(false, all));
	}

	private Outcome attempt(SimpleQueryRunner tx, List<Change> changes, String user, boolean cleared, Locale locale,
			Precondition precondition, IdempotencyKeys.@Nullable Key key, List<UserError> invalid) {
		{
			WriteGate.enter(tx);
			if (key != null) {
				var claim = IdempotencyKeys.claim(tx, key);
				switch (claim.verdict()) {
					case REPLAY -> throw new Refused(new Outcome(false, List.of(), true));
					case REUSED -> throw new Refused(new Outcome(false, List.of(error("IDEMPOTENCY_KEY_REUSED",
							"input.clientMutationId", locale, "mutation.idempotencyKeyReused", key.clientMutationId(),
							IdempotencyKeys.KEPT.toHours(), claim.firstMutation()))));
					case NEW -> {
					}
				}
			}
			var errors = new ArrayList<UserError>();
			var records = new ArrayList<Map<String, Object>>();
			var befores = new ArrayList<Map<String, Object>>();
			var toWrite = new ArrayList<Change>();
			for (Change change : changes) {
				NodeType type = model.nodeType(change.label()).orElseThrow();
				boolean createdHere = false;
				Long stored = null;
				if (change.creates()) {
					// A key that is not valid cannot exist, and the checks below refuse it: nothing to claim.
					createdHere = GraphModel.isKey(change.key()) && claim(tx, type, change.key());
				}
				else {
					stored = advanceVersion(tx, type, change.key());
				}
				Map<String, Object> current = createdHere ? null : current(tx, type, change.key());
				if (current != null && stored != null) {
					current.put(GraphModel.VERSION, stored); // as it was before this change moved it on
				}
				if (!cleared && current != null && ClassificationRule.isProtected(change.label(), current)) {
					// Not there for this user: an update finds nothing, a create finds the code taken (any answer
					// to a create tells that much), and neither says anything of the record.
					errors.add(change.creates()
							? error("DUPLICATE_KEY", change.inputField(type.key()), locale, "mutation.codeTaken",
									change.label(), change.key())
							: error("NOT_FOUND", change.inputField(type.key()), locale, "mutation.notFound",
									change.label(), change.key()));
					continue;
				}
				if (!cleared && current != null) {
					current = withoutHidden(tx, type, change.key(), current);
				}
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
					long version = ((Number) current.getOrDefault(GraphModel.VERSION, 0L)).longValue();
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
			if (errors.isEmpty() && toWrite.isEmpty() && key != null && invalid.isEmpty()) {
				// An identical create: nothing to write but the key, so that a retry gets this answer again.
				IdempotencyKeys.store(tx, key, changes.getFirst().label() + ":" + changes.getFirst().key());
				return new Outcome(false, List.of());
			}
			if (!errors.isEmpty() || toWrite.isEmpty()) {
				throw refused(invalid, errors);
			}
			var inputs = new ArrayList<Loading.Input>();
			for (int i = 0; i < toWrite.size(); i++) {
				Change change = toWrite.get(i);
				byte[] json = JSON.writeValueAsBytes(Map.of("label", change.label(), "records", List.of(records.get(i))));
				inputs.add(new Loading.Input(Integer.toString(i), new java.io.ByteArrayInputStream(json)));
			}
			var loading = new Loading(model, today.date(), cleared);
			var data = read(loading, inputs, tx, toWrite, errors, locale);
			if (data == null) {
				throw refused(invalid, errors);
			}
			var upkeep = ledger.beforeWrite(tx,
					toWrite.stream().map(change -> new Ledger.Subject(change.label(), change.key())).toList());
			// The versions were moved on (or started at 1) when the records were claimed: the writer leaves them.
			for (DataProblem problem : loading.leavingVersions().write(tx, data, Loading.Progress.NONE).problems()) {
				errors.add(located(problem, toWrite, locale));
			}
			if (!errors.isEmpty() || !invalid.isEmpty()) {
				throw refused(invalid, errors);
			}
			for (int i = 0; i < toWrite.size(); i++) {
				Change change = toWrite.get(i);
				NodeType type = model.nodeType(change.label()).orElseThrow();
				Map<String, Object> before = befores.get(i);
				Map<String, Object> after = current(tx, type, change.key());
				AuditTrail.record(tx, user, change.operation(), change.label() + ":" + change.key(), before, after, null,
						ClassificationRule.isProtected(change.label(), before) || ClassificationRule.isProtected(change.label(), after));
				if (heldNow(change.label(), before, after)) {
					// Delivered to transactional listeners (the nudge) only once this transaction commits.
					events.publishEvent(new MeetingHeld(change.key()));
				}
			}
			ledger.afterWrite(tx, upkeep);
			if (key != null) {
				IdempotencyKeys.store(tx, key, changes.getFirst().label() + ":" + changes.getFirst().key());
			}
			return new Outcome(true, List.of());
		}
	}

	/** Whether this change marked a PLANNED meeting HELD (a meeting recorded as HELD had no plan to miss). */
	private static boolean heldNow(String label, @Nullable Map<String, Object> before, @Nullable Map<String, Object> after) {
		return "Engagement".equals(label) && before != null && after != null && "PLANNED".equals(before.get("status"))
				&& "HELD".equals(after.get("status"));
	}

	private static @Nullable GraphData read(Loading loading, List<Loading.Input> inputs, SimpleQueryRunner tx,
			List<Change> changes, List<UserError> errors, Locale locale) {
		try {
			return loading.read(tx, inputs);
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

	/**
	 * Moves the version of a record to update on by one, in one statement: reading the stored version on the right
	 * of {@code SET} makes Neo4j take the record's write lock before it reads, so concurrent updates of one record
	 * queue here and each reads the version the previous one committed. The change then goes ahead only if the
	 * stored version was the one the client read; otherwise it is refused as a conflict and the transaction, this
	 * step included, rolls back. The version is written once per change, here.
	 *
	 * @return the stored version before this change, or null when there is no such record
	 */
	private static @Nullable Long advanceVersion(SimpleQueryRunner tx, NodeType type, String key) {
		var rows = tx.run("""
				MATCH (n:`%s` {`%s`: $key})
				SET n.version = coalesce(n.version, 0) + 1
				RETURN n.version - 1 AS stored
				""".formatted(type.label(), type.key()), Map.of("key", key)).list();
		return rows.isEmpty() ? null : rows.getFirst().get("stored").asLong();
	}

	/**
	 * Claims the key of a record to create, before reading anything about it: {@code MERGE} on a key with a
	 * uniqueness constraint locks the key's index entry even while no node has it, so of concurrent creates of one
	 * key exactly one creates the node (at version 1), and the others wait until it commits, then find it here. An
	 * unlocked "does it exist?" read followed by a write let all of them create, and the last content win.
	 *
	 * @return true when this transaction created the (bare) node, false when it exists
	 */
	private static boolean claim(SimpleQueryRunner tx, NodeType type, String key) {
		return tx.run("""
				MERGE (n:`%s` {`%s`: $key})
				ON CREATE SET n.version = 1
				""".formatted(type.label(), type.key()), Map.of("key", key)).consume().counters().nodesCreated() > 0;
	}

	private @Nullable Map<String, Object> current(SimpleQueryRunner tx, NodeType type, String key) {
		return Loading.record(tx, model, type, key);
	}

	/** The neighbours of a node that a reader without the clearance may not see, as {@code Label:key}. */
	private static final String HIDDEN_NEIGHBOURS = """
			MATCH (n:`%s` {`%s`: $key})--(m)
			WHERE NOT %s
			RETURN collect(DISTINCT labels(m)[0] + ':' + coalesce(m.code, m.iso2)) AS hidden
			""";

	/**
	 * The record as a user without the clearance knows it: without its references to Protected B records. Their
	 * relationships stay as they are (the writer keeps what such a user cannot see).
	 */
	@SuppressWarnings("unchecked")
	private Map<String, Object> withoutHidden(SimpleQueryRunner tx, NodeType type, String key, Map<String, Object> current) {
		var hidden = new HashSet<>(tx.run(HIDDEN_NEIGHBOURS.formatted(type.label(), type.key(), ClassificationRule.visibleTo("m")),
				Map.of("key", key, "cleared", false)).single().get("hidden").asList(v -> v.asString()));
		if (hidden.isEmpty()) {
			return current;
		}
		var visible = new LinkedHashMap<>(current);
		for (var field : current.entrySet()) {
			if (field.getValue() instanceof List<?> references) {
				var kept = references.stream()
					.filter(reference -> ((Map<String, Object>) reference).entrySet().stream().findFirst()
						.map(target -> !hidden.contains(target.getKey() + ":" + target.getValue())).orElse(true))
					.toList();
				if (kept.isEmpty()) {
					visible.remove(field.getKey());
				}
				else {
					visible.put(field.getKey(), kept);
				}
			}
		}
		return visible;
	}

	/** The record as it will be: the current one (if any) with the change's fields laid over it. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> overlay(@Nullable Map<String, Object> current, Change change) {
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
		if (!wanted.containsKey(GraphModel.CLASSIFICATION)) {
			names.remove(GraphModel.CLASSIFICATION); // not stated: the rule decides, as it did for the stored record
		}
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

	private static @Nullable Object normalize(@Nullable Object value) {
		return value instanceof Number number ? (Object) number.doubleValue() : value;
	}
}
