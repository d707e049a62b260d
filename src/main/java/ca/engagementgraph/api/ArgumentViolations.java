package ca.engagementgraph.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;

/**
 * The Bean Validation constraints on a query's arguments (checked by Spring for GraphQL before the controller runs),
 * told as the same typed error as every other correctable request ({@link InvalidInputException}): the constraint is
 * one of this service's composed annotations ({@link PageSize}, the search text's and the explorer's), whose
 * {@code code} is the error code and whose {@code message} is the key of the sentence in
 * {@code messages*.properties}. The sentence gets the bound the value broke (the composed {@code @Max} or
 * {@code @Size}) and the value sent (a text's length), e.g. "'first' must be between 0 and 100, got 101".
 */
final class ArgumentViolations {

	private ArgumentViolations() {
	}

	/**
	 * The first violation (by argument, then sentence), as the error reported; one error per request as before.
	 * Null when that constraint names no code of its own: its message is no sentence of ours, and the failure is
	 * left to the generic error.
	 */
	static InvalidInputException asInvalidInput(ConstraintViolationException exception) {
		ConstraintViolation<?> violation = exception.getConstraintViolations().stream()
			.min(Comparator.comparing((ConstraintViolation<?> v) -> argument(v.getPropertyPath()))
				.thenComparing(ConstraintViolation::getMessageTemplate))
			.orElse(null);
		if (violation == null || !(violation.getConstraintDescriptor().getAttributes().get("code") instanceof String code)) {
			return null;
		}
		var descriptor = violation.getConstraintDescriptor();
		var args = new ArrayList<Object>();
		Object bound = upperBound(descriptor);
		if (bound != null) {
			args.add(bound);
		}
		Object value = violation.getInvalidValue();
		args.add(value instanceof CharSequence text ? text.length() : value);
		return new InvalidInputException(code, argument(violation.getPropertyPath()), violation.getMessageTemplate(),
				args.toArray());
	}

	/** The largest value the constraint accepts (a number's {@code @Max}, a text's {@code @Size}), or null. */
	private static Object upperBound(ConstraintDescriptor<?> descriptor) {
		var descriptors = new ArrayList<ConstraintDescriptor<?>>(List.of(descriptor));
		descriptors.addAll(descriptor.getComposingConstraints());
		for (ConstraintDescriptor<?> each : descriptors) {
			Map<String, Object> attributes = each.getAttributes();
			switch (each.getAnnotation().annotationType().getSimpleName()) {
				case "Max" -> {
					return attributes.get("value");
				}
				case "Size" -> {
					return attributes.get("max");
				}
				default -> {
				}
			}
		}
		return null;
	}

	/**
	 * The argument at fault as the client wrote it: the path without the controller method, e.g. {@code first} or
	 * {@code filter.fromQuarter}.
	 */
	static String argument(Path path) {
		var argument = new StringBuilder();
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
				continue;
			}
			if (!argument.isEmpty()) {
				argument.append('.');
			}
			argument.append(node.getName());
		}
		return argument.toString();
	}
}
