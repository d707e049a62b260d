package ca.engagementgraph.loading;

import ca.engagementgraph.loading.Loading.Input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import ca.engagementgraph.model.GraphModel;
import ca.engagementgraph.model.NodeType;
import ca.engagementgraph.model.PropertySpec;
import ca.engagementgraph.model.RelationshipSpec;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads graph data (JSON files as described in {@code seed/README.md}, or one CSV file per label) and checks every
 * value against the {@link GraphModel}: types, allowed values, ranges, required properties, duplicate keys, and
 * that every reference names a node of the file set or of the graph. All problems of all inputs are collected
 * before anything is returned, so one run tells the author everything to fix.
 *
 * <p>CSV: the file is named after its label ({@code Engagement.csv}, {@code engagements.csv}); the header row holds
 * property names and relationship types; a relationship cell lists references separated by {@code ;}, each a key or
 * {@code Label:key}, with relationship properties in braces: {@code CBSA{lead=true}; Unit:MCET}. Excel's UTF-8 byte
 * order mark, quoted commas and line breaks are handled by Commons CSV.
 */
class DataReader {

	private static final Pattern QUARTER = Pattern.compile(GraphModel.QUARTER_REGEX);
	private static final Pattern CSV_REFERENCE = Pattern.compile("\\s*(?:(\\w+):)?([^{;]+?)\\s*(?:\\{([^}]*)})?\\s*");

	private final GraphModel model;
	private final JsonMapper json = JsonMapper.builder().build();

	DataReader(GraphModel model) {
		this.model = model;
	}

	GraphData read(List<Input> inputs) {
		return read(inputs, KeyLookup.NONE);
	}

	/** Reads and checks; references not in the inputs are looked up in the graph through {@code existing}. */
	GraphData read(List<Input> inputs, KeyLookup existing) {
		var session = new ReadSession();
		for (Input input : inputs) {
			if (input.name().toLowerCase(Locale.ROOT).endsWith(".csv")) {
				session.readCsv(input);
			}
			else {
				session.readJson(input);
			}
		}
		session.checkReferences(existing);
		if (!session.problems.isEmpty()) {
			throw new InvalidDataException(session.problems);
		}
		return new GraphData(session.nodes, session.relationships, session.replaced);
	}

	/** The label a CSV file holds, from its name: Engagement.csv, engagements.csv, key-messages.csv... */
	static Optional<String> labelOfFile(String name, GraphModel model) {
		String stem = name.replaceAll(".*[/\\\\]", "").replaceAll("\\.[^.]*$", "").toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z]", "");
		String singular = stem.endsWith("ies") ? stem.substring(0, stem.length() - 3) + "y"
				: stem.endsWith("s") ? stem.substring(0, stem.length() - 1) : stem;
		return model.nodeTypes().stream()
			.map(NodeType::label)
			.filter(label -> label.toLowerCase(Locale.ROOT).equals(stem) || label.toLowerCase(Locale.ROOT).equals(singular))
			.findFirst();
	}

	/** A record's fields, whatever the format: JSON values or CSV cells (strings). */
	private record RawRecord(String file, int position, String unit, Map<String, Object> fields) {

		GraphData.Origin origin() {
			return new GraphData.Origin(file, position, unit);
		}
	}

	/** One reference as written: maybe a label, a key, and raw relationship properties. */
	private record RawReference(@Nullable String label, String key, Map<String, Object> properties) {
	}

	/** A reference read but not yet resolved: which labels it may name, and the relationship it makes. */
	private record PendingReference(RawRecord record, RelationshipSpec spec, String ownerLabel, String ownerKey,
			List<String> candidates, String key, Map<String, Object> properties) {
	}

	private final class ReadSession {

		private final List<DataProblem> problems = new ArrayList<>();
		private final List<GraphData.NodeRow> nodes = new ArrayList<>();
		private final List<GraphData.RelationshipRow> relationships = new ArrayList<>();
		private final List<GraphData.ReplacedSet> replaced = new ArrayList<>();
		private final Map<String, Set<String>> keysByLabel = new HashMap<>();
		private final List<PendingReference> references = new ArrayList<>();
		private final Map<String, String> iso2ByIso3 = new HashMap<>();

		void readJson(Input input) {
			JsonNode root;
			try (InputStream in = input.content()) {
				root = json.readTree(in);
			}
			catch (JacksonException ex) {
				problem(input.name(), 0, "record", null, "data.notJson", ex.getOriginalMessage());
				return;
			}
			catch (IOException ex) {
				problem(input.name(), 0, "record", null, "data.unreadable", ex.getMessage());
				return;
			}
			if (!root.isObject() || !root.path("label").isString() || !root.path("records").isArray()) {
				problem(input.name(), 0, "record", null, "data.badShape");
				return;
			}
			String label = root.get("label").asString();
			var type = model.nodeType(label);
			if (type.isEmpty()) {
				problem(input.name(), 0, "record", "label", "data.unknownLabel", label);
				return;
			}
			int position = 0;
			for (JsonNode record : root.get("records")) {
				position++;
				if (!record.isObject()) {
					problem(input.name(), position, "record", null, "data.notObject");
					continue;
				}
				var fields = new LinkedHashMap<String, Object>();
				record.properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
				readRecord(type.get(), new RawRecord(input.name(), position, "record", fields));
			}
		}

		void readCsv(Input input) {
			var label = labelOfFile(input.name(), model);
			if (label.isEmpty()) {
				problem(input.name(), 1, "line", null, "data.unknownFile");
				return;
			}
			NodeType type = model.nodeType(label.get()).orElseThrow();
			var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
				.setTrim(true).get();
			try (Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(input.content()).get(),
					StandardCharsets.UTF_8); var parser = format.parse(reader)) {
				for (CSVRecord row : parser) {
					var fields = new LinkedHashMap<String, Object>();
					row.toMap().forEach((column, cell) -> {
						if (column != null && !column.isBlank() && cell != null && !cell.isEmpty()) {
							fields.put(column, cell);
						}
					});
					readRecord(type, new RawRecord(input.name(), (int) parser.getCurrentLineNumber(), "line", fields));
				}
			}
			catch (IOException | RuntimeException ex) {
				problem(input.name(), 0, "line", null, "data.unreadable", String.valueOf(ex.getMessage()));
			}
		}

		private void readRecord(NodeType type, RawRecord record) {
			var properties = new LinkedHashMap<String, Object>();
			for (var field : record.fields().entrySet()) {
				String name = field.getKey();
				PropertySpec spec = type.properties().get(name);
				if (name.equals(type.key()) && text(field.getValue()) instanceof String key && !GraphModel.isKey(key)) {
					problem(record, name, "data.badKey", GraphModel.shown(key)); // the key's own rule says it all
					continue;
				}
				if (spec != null) {
					convert(spec, field.getValue(), record, name).ifPresent(value -> properties.put(name, value));
				}
				else if (model.relationshipRecordedOn(type.label(), name).isEmpty()) {
					problem(record, name, "data.unknownField", name, type.label());
				}
			}
			for (PropertySpec spec : type.properties().values()) {
				if (spec.required() && !record.fields().containsKey(spec.name())) {
					problem(record, spec.name(), "data.required");
				}
			}
			checkAcrossFields(type, properties, record);
			Object key = properties.get(type.key());
			if (!(key instanceof String keyValue) || keyValue.isBlank()) {
				return;
			}
			if (!GraphModel.isKey(keyValue)) {
				problem(record, type.key(), "data.badKey", GraphModel.shown(keyValue));
				return;
			}
			if (!keysByLabel.computeIfAbsent(type.label(), l -> new HashSet<>()).add(keyValue)) {
				problem(record, type.key(), "data.duplicateKey", type.label(), keyValue);
				return;
			}
			if (type.label().equals("Country") && properties.get("iso3") instanceof String iso3) {
				iso2ByIso3.put(iso3, keyValue);
			}
			Long version = (Long) properties.remove(GraphModel.VERSION);
			nodes.add(new GraphData.NodeRow(type.label(), keyValue, properties, version, record.origin()));
			for (var field : record.fields().entrySet()) {
				model.relationshipRecordedOn(type.label(), field.getKey()).ifPresent(spec -> {
					replaced.add(new GraphData.ReplacedSet(spec, type.label(), keyValue));
					for (RawReference reference : references(field.getValue(), record, spec)) {
						readReference(record, type.label(), keyValue, spec, reference);
					}
				});
			}
		}

		/** Rules that involve two properties of one record. */
		private void checkAcrossFields(NodeType type, Map<String, Object> properties, RawRecord record) {
			for (String[] pair : new String[][] { { "start", "end" }, { "from", "to" } }) {
				if (properties.get(pair[0]) instanceof LocalDate start && properties.get(pair[1]) instanceof LocalDate end
						&& end.isBefore(start)) {
					problem(record, pair[1], "data.endBeforeStart", end, start);
				}
			}
			if (properties.get(GraphModel.CLASSIFICATION) instanceof String stated) {
				String refusal = ca.engagementgraph.model.ClassificationRule.refusalOf(type.label(), stated);
				if (refusal != null) {
					problem(record, GraphModel.CLASSIFICATION, refusal, type.label(), stated);
				}
			}
			if (type.label().equals("TdStat") && properties.get("quarter") instanceof String quarter) {
				if (!QUARTER.matcher(quarter).matches()) {
					problem(record, "quarter", "data.badQuarter", quarter);
				}
				else if (properties.get("country") instanceof String country
						&& !(country + "-" + quarter).equals(properties.get("code"))) {
					problem(record, "code", "data.codeMismatch", country + "-" + quarter);
				}
			}
		}

		private List<RawReference> references(Object value, RawRecord record, RelationshipSpec spec) {
			var result = new ArrayList<RawReference>();
			if (value instanceof String cell) {
				for (String item : cell.split(";")) {
					if (item.isBlank()) {
						continue;
					}
					var matcher = CSV_REFERENCE.matcher(item);
					if (!matcher.matches()) {
						problem(record, spec.type(), "data.badReference", spec.referencedLabels());
						continue;
					}
					var properties = new LinkedHashMap<String, Object>();
					if (matcher.group(3) != null) {
						for (String pair : matcher.group(3).split(",")) {
							String[] parts = pair.split("=", 2);
							properties.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
						}
					}
					result.add(new RawReference(matcher.group(1), matcher.group(2).strip(), properties));
				}
				return result;
			}
			JsonNode node = (JsonNode) value;
			for (JsonNode item : node.isArray() ? node.valueStream().toList() : List.of(node)) {
				if (item.isString()) {
					result.add(new RawReference(null, item.asString(), Map.of()));
				}
				else if (item.isObject()) {
					String label = null;
					String key = null;
					var properties = new LinkedHashMap<String, Object>();
					for (var entry : item.properties()) {
						if (spec.referencedLabels().contains(entry.getKey()) && entry.getValue().isString() && label == null) {
							label = entry.getKey();
							key = entry.getValue().asString();
						}
						else if (spec.properties().containsKey(entry.getKey())) {
							properties.put(entry.getKey(), entry.getValue());
						}
						else {
							problem(record, spec.type(), "data.unknownReferenceField", entry.getKey(),
									spec.referencedLabels(), spec.type());
						}
					}
					if (key == null) {
						problem(record, spec.type(), "data.badReference", spec.referencedLabels());
					}
					else {
						result.add(new RawReference(label, key, properties));
					}
				}
				else {
					problem(record, spec.type(), "data.badReference", spec.referencedLabels());
				}
			}
			return result;
		}

		private void readReference(RawRecord record, String label, String key, RelationshipSpec spec,
				RawReference reference) {
			List<String> targets = spec.referencedLabels();
			if (reference.label() != null && !targets.contains(reference.label())) {
				problem(record, spec.type(), "data.badReference", targets);
				return;
			}
			if (!GraphModel.isKey(reference.key())) {
				problem(record, spec.type(), "data.badKey", GraphModel.shown(reference.key()));
				return;
			}
			var properties = new LinkedHashMap<String, Object>();
			for (var raw : reference.properties().entrySet()) {
				PropertySpec property = spec.properties().get(raw.getKey());
				if (property == null) {
					problem(record, spec.type(), "data.unknownReferenceField", raw.getKey(), targets, spec.type());
					continue;
				}
				convert(property, raw.getValue(), record, spec.type()).ifPresent(v -> properties.put(raw.getKey(), v));
			}
			for (PropertySpec property : spec.properties().values()) {
				if (property.required() && !reference.properties().containsKey(property.name())) {
					problem(record, spec.type(), "data.relationshipPropertyMissing", property.name());
				}
			}
			var candidates = reference.label() != null ? List.of(reference.label()) : targets;
			references.add(new PendingReference(record, spec, label, key, candidates, reference.key(), properties));
		}

		/**
		 * Resolves every reference to one node, in the inputs or the graph: a plain key where several labels are
		 * possible names the one label that has it, and a country may be written with its alpha-3 code.
		 */
		void checkReferences(KeyLookup existing) {
			var unresolved = new LinkedHashMap<String, Set<String>>();
			for (PendingReference reference : references) {
				for (String label : reference.candidates()) {
					if (!inFiles(label, reference.key())) {
						unresolved.computeIfAbsent(label, l -> new LinkedHashSet<>()).add(reference.key());
					}
				}
			}
			var inGraph = new HashMap<String, Set<String>>();
			unresolved.forEach((label, keys) -> inGraph.put(label, existing.existing(label, keys)));
			var iso3 = new HashMap<>(iso2ByIso3);
			var unknownCountries = unresolved.getOrDefault("Country", Set.of()).stream()
				.filter(code -> !inGraph.getOrDefault("Country", Set.of()).contains(code) && !iso3.containsKey(code))
				.toList();
			if (!unknownCountries.isEmpty()) {
				iso3.putAll(existing.countriesByIso3(unknownCountries));
			}
			for (PendingReference reference : references) {
				var matches = new ArrayList<String[]>();
				for (String label : reference.candidates()) {
					String key = reference.key();
					if (label.equals("Country") && !inFiles(label, key) && !inGraph.getOrDefault(label, Set.of()).contains(key)
							&& iso3.containsKey(key)) {
						key = iso3.get(key);
					}
					if (inFiles(label, key) || inGraph.getOrDefault(label, Set.of()).contains(key)) {
						matches.add(new String[] { label, key });
					}
				}
				if (matches.isEmpty()) {
					problem(reference.record(), reference.spec().type(), "data.unknownKey",
							String.join("/", reference.candidates()), reference.key());
				}
				else if (matches.size() > 1) {
					problem(reference.record(), reference.spec().type(), "data.ambiguousReference", reference.key(),
							matches.stream().map(m -> m[0]).toList());
				}
				else {
					String targetLabel = matches.getFirst()[0];
					String targetKey = matches.getFirst()[1];
					relationships.add(reference.spec().recordedOnTarget()
							? new GraphData.RelationshipRow(reference.spec(), targetLabel, targetKey, reference.ownerLabel(),
									reference.ownerKey(), reference.properties())
							: new GraphData.RelationshipRow(reference.spec(), reference.ownerLabel(), reference.ownerKey(),
									targetLabel, targetKey, reference.properties()));
				}
			}
		}

		private boolean inFiles(String label, String key) {
			return keysByLabel.getOrDefault(label, Set.of()).contains(key);
		}

		private Optional<Object> convert(PropertySpec spec, Object raw, RawRecord record, String field) {
			boolean fromCsv = raw instanceof String;
			JsonNode node = fromCsv ? null : (JsonNode) raw;
			if (node != null && node.isNull()) {
				return Optional.empty();
			}
			String text = fromCsv ? (String) raw : node.isString() ? node.asString() : node.toString();
			String shown = fromCsv ? "\"" + text + "\"" : node.toString();
			Object value = switch (spec.type()) {
				case STRING -> {
					if ((!fromCsv && !node.isString()) || text.isBlank()) {
						yield problemValue(record, field, "data.notText");
					}
					int control = controlCharacter(text);
					if (control >= 0) {
						yield problemValue(record, field, "data.controlCharacter",
								String.format(Locale.ROOT, "U+%04X", (int) text.charAt(control)), control + 1);
					}
					if (spec.isEnumerated() && !spec.allowed().contains(text)) {
						yield problemValue(record, field, "data.notAllowed", text, spec.allowed().stream().sorted().toList());
					}
					yield text;
				}
				case INTEGER -> {
					Long number = fromCsv ? parseLong(text)
							: node.isIntegralNumber() && node.canConvertToLong() ? node.asLong() : null;
					if (number != null && spec.isEnumerated() && !spec.allowed().contains(number.toString())) {
						yield problemValue(record, field, "data.notAllowed", number, spec.allowed().stream()
							.sorted(java.util.Comparator.comparingLong(Long::parseLong)).toList());
					}
					yield number == null ? problemValue(record, field, "data.notWholeNumber", shown)
							: inRange(spec, number, record, field);
				}
				case FLOAT -> {
					Double number = fromCsv ? parseDouble(text) : node.isNumber() ? node.asDouble() : null;
					yield number == null || !Double.isFinite(number) ? problemValue(record, field, "data.notNumber", shown)
							: inRange(spec, number, record, field);
				}
				case BOOLEAN -> {
					String lower = text.toLowerCase(Locale.ROOT);
					boolean valid = fromCsv ? lower.equals("true") || lower.equals("false") : node.isBoolean();
					yield valid ? Boolean.valueOf(fromCsv ? lower.equals("true") : node.asBoolean())
							: problemValue(record, field, "data.notBoolean", shown);
				}
				case DATE -> {
					try {
						LocalDate date = LocalDate.parse(text);
						if (date.isBefore(GraphModel.EARLIEST_DATE) || date.isAfter(GraphModel.LATEST_DATE)) {
							yield problemValue(record, field, "data.dateOutOfRange", date, GraphModel.EARLIEST_DATE,
									GraphModel.LATEST_DATE);
						}
						yield date;
					}
					catch (DateTimeParseException ex) {
						yield problemValue(record, field, "data.notDate", shown);
					}
				}
			};
			return Optional.ofNullable(value);
		}

		private @Nullable Object inRange(PropertySpec spec, Number number, RawRecord record, String field) {
			if (spec.min() != null && number.doubleValue() < spec.min()) {
				return problemValue(record, field, number.doubleValue() < 0 ? "data.negative" : "data.notAllowed", number,
						"[" + spec.min().longValue() + ".." + (spec.max() == null ? "" : spec.max().longValue()) + "]");
			}
			if (spec.max() != null && number.doubleValue() > spec.max()) {
				return problemValue(record, field, "data.tooLarge", number, spec.max().longValue());
			}
			return number;
		}

		private @Nullable Object problemValue(RawRecord record, String field, String code, Object... args) {
			problem(record, field, code, args);
			return null;
		}

		private void problem(RawRecord record, String field, String code, Object... args) {
			problems.add(new DataProblem(record.file(), record.position(), record.unit(), field, code, List.of(args)));
		}

		private void problem(String file, int position, String unit, @Nullable String field, String code,
				Object... args) {
			problems.add(new DataProblem(file, position, unit, field, code, List.of(args)));
		}
	}

	/** A field's value as text, when it is text (a CSV cell, a JSON string). */
	private static @Nullable String text(@Nullable Object raw) {
		return raw instanceof String cell ? cell : raw instanceof JsonNode node && node.isString() ? node.asString() : null;
	}

	/**
	 * The position of the first control character of a text (tabs and line breaks are text), or -1: such characters
	 * (a NUL byte, an escape) have no place in a name or a summary, and would follow it into exports.
	 */
	static int controlCharacter(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				return i;
			}
		}
		return -1;
	}

	private static @Nullable Long parseLong(String text) {
		try {
			return Long.parseLong(text.replace("_", "").replace(",", "").strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable Double parseDouble(String text) {
		try {
			return Double.parseDouble(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
