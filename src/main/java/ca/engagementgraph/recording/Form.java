package ca.engagementgraph.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one GraphQL input type maps onto a label's record: which input fields are properties (mostly under the same
 * name), which are relationships and to which labels. It turns the client's input map into a {@link Change}.
 */
final class Form {

	private record Reference(String input, String type, List<String> labels, boolean many,
			@Nullable String property, @Nullable String propertyInput) {
	}

	private final String label;
	private final String key;
	private final Map<String, String> properties = new LinkedHashMap<>();
	private final Map<String, Function<Object, Object>> conversions = new LinkedHashMap<>();
	private final List<Reference> references = new ArrayList<>();

	private Form(String label, String key) {
		this.label = label;
		this.key = key;
	}

	static Form of(String label, String key) {
		return new Form(label, key);
	}

	/** Input fields stored as properties of the same name. */
	Form properties(String... names) {
		for (String name : names) {
			properties.put(name, name);
		}
		return this;
	}

	/** An input field stored after a conversion (an enum name to its code, say). */
	Form converted(String name, Function<Object, Object> conversion) {
		properties.put(name, name);
		conversions.put(name, conversion);
		return this;
	}

	/** An input field naming one node (by key) of one of the labels. */
	Form one(String input, String type, String... labels) {
		references.add(new Reference(input, type, List.of(labels), false, null, null));
		return this;
	}

	/** An input field naming several nodes. */
	Form many(String input, String type, String... labels) {
		references.add(new Reference(input, type, List.of(labels), true, null, null));
		return this;
	}

	/**
	 * An input field listing objects {@code {<keyField>: key, <propertyInput>: value}} that become relationships
	 * carrying a property (attendance with its lead, plan roles).
	 */
	Form manyWithProperty(String input, String type, String property, String propertyInput, String... labels) {
		references.add(new Reference(input, type, List.of(labels), true, property, propertyInput));
		return this;
	}

	String label() {
		return label;
	}

	/**
	 * The change this input asks for. Fields absent from the input are left as they are (on update); a reference to
	 * a key is resolved to its label by {@code labels} when the field admits several.
	 */
	@SuppressWarnings("unchecked")
	Change change(Map<String, Object> input, String keyValue, @Nullable Long expectedVersion, String operation,
			String path,
			LabelResolver labels) {
		var fields = new LinkedHashMap<String, Object>();
		var names = new LinkedHashMap<String, String>();
		var partial = new LinkedHashMap<String, Set<String>>();
		fields.put(key, keyValue);
		names.put(key, key.equals("code") ? "code" : key);
		for (var property : properties.entrySet()) {
			if (input.containsKey(property.getKey())) {
				Object value = input.get(property.getKey());
				if (value != null && conversions.containsKey(property.getKey())) {
					value = conversions.get(property.getKey()).apply(value);
				}
				fields.put(property.getValue(), plain(value));
				names.put(property.getValue(), property.getKey());
			}
		}
		var byType = new LinkedHashMap<String, List<Reference>>();
		references.forEach(r -> byType.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r));
		for (var entry : byType.entrySet()) {
			var given = entry.getValue().stream().filter(r -> input.containsKey(r.input())).toList();
			if (given.isEmpty()) {
				continue;
			}
			var list = new ArrayList<Map<String, Object>>();
			for (Reference reference : given) {
				Object value = input.get(reference.input());
				List<Object> items = value == null ? List.of() : reference.many() ? (List<Object>) value : List.of(value);
				for (Object item : items) {
					String itemKey;
					Object propertyValue = null;
					if (item instanceof Map<?, ?> raw) {
						var map = (Map<String, Object>) raw;
						itemKey = map.entrySet().stream()
							.filter(e -> !e.getKey().equals(reference.propertyInput()))
							.map(e -> String.valueOf(e.getValue()))
							.findFirst().orElse("");
						propertyValue = map.get(reference.propertyInput());
					}
					else {
						itemKey = String.valueOf(item);
					}
					var target = new LinkedHashMap<String, Object>();
					target.put(labels.labelOf(itemKey, reference.labels()), labels.keyOf(itemKey, reference.labels()));
					if (reference.property() != null) {
						target.put(reference.property(), propertyValue == null ? Boolean.FALSE : plain(propertyValue));
					}
					list.add(target);
				}
				// Where two inputs share a relationship type (raisedResults and raisedProjects are both RAISED), errors
				// about it name the first declared: the only rule on RAISED (raised before achieved) is about results.
				names.putIfAbsent(entry.getKey(), reference.input());
			}
			fields.put(entry.getKey(), list);
			if (given.size() < entry.getValue().size()) {
				var replaced = new java.util.HashSet<String>();
				given.forEach(r -> replaced.addAll(r.labels()));
				partial.put(entry.getKey(), replaced);
			}
		}
		return new Change(label, keyValue, expectedVersion, fields, partial, names, path, operation);
	}

	private static Object plain(Object value) {
		return value instanceof LocalDate date ? date.toString() : value;
	}

	/** Which label a referenced key belongs to, among those a field admits, and its stored key. */
	interface LabelResolver {

		String labelOf(String key, List<String> candidates);

		default String keyOf(String key, List<String> candidates) {
			return candidates.equals(List.of("Country")) ? key.strip().toUpperCase(Locale.ROOT) : key;
		}
	}
}
