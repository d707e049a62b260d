package ca.engagementgraph.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static ca.engagementgraph.model.ValueType.BOOLEAN;
import static ca.engagementgraph.model.ValueType.DATE;
import static ca.engagementgraph.model.ValueType.FLOAT;
import static ca.engagementgraph.model.ValueType.INTEGER;
import static ca.engagementgraph.model.ValueType.STRING;

/**
 * The graph model as data: every label with its key and typed properties, every relationship type with its
 * ends. Loaders validate files against it and build their Cypher from it, so a property that is not here
 * cannot reach the database. {@code graph-schema/MODEL.md} documents the same model for people.
 */
public final class GraphModel {

	/** The names of an enumerated property's values, as stored: an enum's names, or an IATI list's codes. */
	public static Set<String> valuesOf(Class<? extends Enum<?>> valueList) {
		var values = new java.util.LinkedHashSet<String>();
		for (Enum<?> value : valueList.getEnumConstants()) {
			values.add(value instanceof IatiCode iati ? Integer.toString(iati.code()) : value.name());
		}
		return java.util.Collections.unmodifiableSet(values);
	}

	/**
	 * Every business key (a {@code code}, a country's {@code iso2}): 1 to {@value #MAX_KEY_LENGTH} characters, capital
	 * letters A-Z, digits, '-' and '_', starting with a letter or a digit. Keys travel in URLs, file names, CSV cells and
	 * messages, so they hold nothing that needs escaping anywhere.
	 */
	public static final int MAX_KEY_LENGTH = 64;
	public static final String KEY_REGEX = "[A-Z0-9][A-Z0-9_-]{0," + (MAX_KEY_LENGTH - 1) + "}";
	public static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(KEY_REGEX);

	/** A TD statistic's quarter, e.g. 2023-Q4. */
	public static final String QUARTER_REGEX = "\\d{4}-Q[1-4]";

	/** How far a plan's escalation can go (0 = none). */
	public static final int MAX_ESCALATION_STAGE = 4;

	/** Whether {@code key} follows the pattern of business keys ({@link #KEY}). */
	public static boolean isKey(String key) {
		return key != null && KEY.matcher(key).matches();
	}

	/** A value as it may be shown in a message: control characters escaped, at most 40 characters and its length. */
	public static String shown(String value) {
		var shown = new StringBuilder();
		value.codePoints().limit(40).forEach(c -> {
			if (Character.isISOControl(c) || c == '`') {
				shown.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return "'" + shown + (value.length() > 40 ? "…' (" + value.length() + ")" : "'");
	}

	/** Every node carries a version, bumped by each change that alters it: the basis of conflict detection. */
	public static final String VERSION = "version";

	/** Every node carries a classification (model/ClassificationRule is the rule that sets it). */
	public static final String CLASSIFICATION = "classification";

	/** Labels that are always Protected B, with everything they hold. */
	public static final Set<String> ALWAYS_PROTECTED = Set.of("Designation", "Decision", "EngagementPlan", "TdStat");

	/** Content a cleared recorder may mark Protected B; the other labels are public reference data and projects. */
	public static final Set<String> MARKABLE = Set.of("Engagement", "Action", "KeyMessage", "Result", "Source");

	/** The removals working group (ADM RWG) of the reference data: its meetings are Protected B. */
	public static final String REMOVALS_WORKING_GROUP = "RWG";

	/** Dates before or after these are typing mistakes in this domain. */
	public static final java.time.LocalDate EARLIEST_DATE = java.time.LocalDate.of(1945, 1, 1);
	public static final java.time.LocalDate LATEST_DATE = java.time.LocalDate.of(2100, 12, 31);

	public static final long MAX_DOLLARS = 10_000_000_000L;
	public static final long MAX_DOCUMENTS = 10_000_000L;
	public static final long MAX_DAYS = 3_650L;

	private static final GraphModel MODEL = define();

	private final Map<String, NodeType> nodeTypes;
	private final List<RelationshipSpec> relationships;

	private GraphModel(Map<String, NodeType> nodeTypes, List<RelationshipSpec> relationships) {
		this.nodeTypes = Map.copyOf(nodeTypes);
		this.relationships = List.copyOf(relationships);
	}

	public static GraphModel get() {
		return MODEL;
	}

	public Collection<NodeType> nodeTypes() {
		return nodeTypes.values();
	}

	public Optional<NodeType> nodeType(String label) {
		return Optional.ofNullable(nodeTypes.get(label));
	}

	public List<RelationshipSpec> relationships() {
		return relationships;
	}

	/** The relationship a record of {@code label} writes under the field {@code type}, if any. */
	public Optional<RelationshipSpec> relationshipRecordedOn(String label, String type) {
		return relationships.stream()
			.filter(r -> r.recordLabel().equals(label) && r.type().equals(type))
			.findFirst();
	}

	private static GraphModel define() {
		var b = new Builder();
		b.node("Country", "iso2").text("iso2", "iso3", "nameEn", "nameFr").oneOf("region", Region.class);
		b.node("Designation", "code").text("code").oneOf("status", DesignationStatus.class).date("from").optional("to", DATE);
		b.node("Mission", "code").text("code", "nameEn", "nameFr", "city").oneOf("kind", MissionKind.class);
		b.node("Authority", "code").text("code", "nameEn", "nameFr").oneOf("kind", AuthorityKind.class);
		b.node("Department", "code").text("code", "nameEn", "nameFr");
		b.node("Unit", "code").text("code", "nameEn", "nameFr");
		b.node("Organization", "code").text("code", "nameEn", "nameFr").code("type", OrganisationType.class);
		b.node("Program", "code").text("code", "nameEn", "nameFr").date("start").optional("end", DATE)
			.optionalAmount("budgetCad", MAX_DOLLARS);
		b.node("Envelope", "code").text("code", "nameEn", "nameFr").date("start").date("end").integer("budgetCad", 0, MAX_DOLLARS);
		b.node("PriorityArea", "code").text("code", "nameEn", "nameFr");
		b.node("Project", "code").text("code", "titleEn", "titleFr").code("status", ProjectStatus.class).date("start").date("end")
			.integer("fundingCad", 0, MAX_DOLLARS);
		b.node("Result", "code").text("code", "summaryEn", "summaryFr", "indicatorEn", "indicatorFr")
			.date("achievedOn").oneOf("type", ResultType.class)
			.optional("baseline", FLOAT).optional("value", FLOAT).optional("unitEn", STRING).optional("unitFr", STRING);
		b.node("Outcome", "code").text("code", "textEn", "textFr").oneOf("level", OutcomeLevel.class);
		b.node("Engagement", "code").text("code", "summaryEn", "summaryFr").date("date")
			.oneOf("status", EngagementStatus.class).oneOf("kind", EngagementKind.class).oneOf("setting", EngagementSetting.class)
			.oneOf("level", EngagementLevel.class);
		b.node("KeyMessage", "code").text("code", "textEn", "textFr").date("approvedOn");
		b.node("Decision", "code").text("code", "textEn", "textFr").date("date").oneOf("kind", DecisionKind.class);
		b.node("EngagementPlan", "code").text("code").date("approvedOn").integer("escalationStage", 0, MAX_ESCALATION_STAGE);
		b.node("TdStat", "code").text("code", "country", "quarter").integer("requested", 0, MAX_DOCUMENTS)
			.integer("issued", 0, MAX_DOCUMENTS).optionalNumber("medianDaysToIssue", 0, MAX_DAYS);
		b.node("Action", "code").text("code", "textEn", "textFr").date("due").oneOf("status", ActionStatus.class);
		b.node("Source", "code").text("code", "titleEn", "titleFr").date("date").oneOf("kind", SourceKind.class)
			.optional("uri", STRING);

		b.rel("Designation", "OF", "Country");
		b.rel("Designation", "DECIDED_AT", "Engagement");
		b.rel("Mission", "REPRESENTS", "Country");
		b.rel("Mission", "LOCATED_IN", "Country");
		b.rel("Authority", "OF", "Country");
		b.rel("Unit", "PART_OF", "Department");
		b.rel("Envelope", "PART_OF", "Program");
		b.rel("Project", "FUNDED_BY", "Envelope");
		b.rel("Project", "IMPLEMENTED_BY", "Organization");
		b.rel("Project", "IN", "Country");
		b.rel("Project", "BENEFITS", "Authority");
		b.rel("Project", "ADDRESSES", "PriorityArea");
		b.rel("Project", "MANAGED_BY", "Unit");
		b.rel("Result", "OF", "Project");
		b.rel("Result", "CONTRIBUTES_TO", "Outcome");
		b.rel("Outcome", "LEADS_TO", "Outcome");
		b.rel("Engagement", "WITH", "Mission", "Authority", "Organization");
		b.rel("Engagement", "CONCERNS", "Country");
		b.relWith("Engagement", "ATTENDED_BY", List.of("Department", "Unit"),
				new PropertySpec("lead", BOOLEAN, false, Set.of()), false);
		b.rel("Engagement", "RAISED", "Result", "Project");
		b.rel("Engagement", "USED", "KeyMessage");
		b.rel("Engagement", "FOLLOWS", "Engagement");
		// A planned meeting's agenda, accepted from the opportunity radar: recorded by people, so exported and backed up.
		b.relWith("Engagement", "ON_AGENDA", List.of("Result"), false, new PropertySpec("acceptedOn", DATE, false, Set.of()),
				new PropertySpec("acceptedBy", STRING, false, Set.of()));
		b.rel("Engagement", "PART_OF", "Organization");
		b.rel("KeyMessage", "ABOUT", "Result", "Project");
		b.rel("KeyMessage", "DRAFTED_BY", "Department");
		b.rel("Decision", "TAKEN_AT", "Engagement");
		b.rel("Decision", "CONCERNS", "Country");
		b.rel("EngagementPlan", "FOR", "Country");
		b.relWith("Department", "HOLDS_ROLE", List.of("EngagementPlan"),
				PropertySpec.oneOf("role", PlanRoleKind.class), true);
		b.rel("TdStat", "FOR", "Country");
		b.rel("Action", "FROM", "Engagement");
		b.rel("Action", "ASSIGNED_TO", "Department");
		for (String label : List.copyOf(b.nodes.keySet())) {
			b.rel(label, "SOURCED_FROM", "Source");
		}
		return new GraphModel(b.nodes, b.relationships);
	}

	private static final class Builder {

		private final Map<String, NodeType> nodes = new LinkedHashMap<>();
		private final List<RelationshipSpec> relationships = new ArrayList<>();

		NodeBuilder node(String label, String key) {
			var properties = new LinkedHashMap<String, PropertySpec>();
			nodes.put(label, new NodeType(label, key, properties));
			properties.put(VERSION, new PropertySpec(VERSION, INTEGER, false, Set.of(), 0.0, null));
			properties.put(CLASSIFICATION, PropertySpec.oneOf(CLASSIFICATION, Classification.class).optional());
			return new NodeBuilder(properties);
		}

		void rel(String from, String type, String... to) {
			relationships.add(new RelationshipSpec(from, type, List.of(to), Map.of(), false));
		}

		void relWith(String from, String type, List<String> to, PropertySpec property, boolean recordedOnTarget) {
			relationships.add(new RelationshipSpec(from, type, to, Map.of(property.name(), property), recordedOnTarget));
		}

		void relWith(String from, String type, List<String> to, boolean recordedOnTarget, PropertySpec... properties) {
			var byName = new LinkedHashMap<String, PropertySpec>();
			for (PropertySpec property : properties) {
				byName.put(property.name(), property);
			}
			relationships.add(new RelationshipSpec(from, type, to, java.util.Collections.unmodifiableMap(byName),
					recordedOnTarget));
		}
	}

	private record NodeBuilder(Map<String, PropertySpec> properties) {

		NodeBuilder text(String... names) {
			for (String name : names) {
				add(name, STRING, true, Set.of());
			}
			return this;
		}

		NodeBuilder integer(String name, long min, long max) {
			properties.put(name, new PropertySpec(name, INTEGER, true, Set.of(), (double) min, (double) max));
			return this;
		}

		NodeBuilder optionalAmount(String name, long max) {
			properties.put(name, new PropertySpec(name, INTEGER, false, Set.of(), 0.0, (double) max));
			return this;
		}

		NodeBuilder optionalNumber(String name, long min, long max) {
			properties.put(name, new PropertySpec(name, FLOAT, false, Set.of(), (double) min, (double) max));
			return this;
		}

		NodeBuilder date(String name) {
			return add(name, DATE, true, Set.of());
		}

		NodeBuilder oneOf(String name, Class<? extends Enum<?>> valueList) {
			properties.put(name, PropertySpec.oneOf(name, valueList));
			return this;
		}

		/** An IATI code list, stored as its INTEGER codes. */
		<E extends Enum<E> & IatiCode> NodeBuilder code(String name, Class<E> valueList) {
			properties.put(name, PropertySpec.oneOf(name, valueList));
			return this;
		}

		NodeBuilder optional(String name, ValueType type) {
			return add(name, type, false, Set.of());
		}

		private NodeBuilder add(String name, ValueType type, boolean required, Set<String> allowed) {
			properties.put(name, new PropertySpec(name, type, required, allowed));
			return this;
		}
	}
}
