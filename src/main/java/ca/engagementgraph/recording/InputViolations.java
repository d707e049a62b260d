package ca.engagementgraph.recording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import ca.engagementgraph.loading.Messages;
import ca.engagementgraph.model.GraphModel;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * The Bean Validation constraints of a mutation's input record, told as {@link UserError}s like every other refusal:
 * the constraint's message is the code of the loader's message for the same fault ({@code data.negative},
 * {@code data.tooLarge}, {@code data.badKey}, {@code data.badQuarter}), which names the error code
 * ({@code NEGATIVE}, ...) and gives the sentence in the client's language; the field is the input path, e.g.
 * {@code input.fundingCad} or {@code input.followUpActions[0].due}.
 */
@Component
class InputViolations {

	private final Validator validator;

	InputViolations(Validator validator) {
		this.validator = validator;
	}

	List<UserError> of(Object input, Locale locale) {
		var errors = new ArrayList<UserError>();
		validator.validate(input).stream()
			.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
			.forEach(violation -> errors.add(error(violation, locale)));
		return errors;
	}

	private static UserError error(ConstraintViolation<Object> violation, Locale locale) {
		String message = violation.getMessageTemplate();
		String code = message.substring(message.indexOf('.') + 1).replaceAll("([a-z])([A-Z])", "$1_$2")
			.toUpperCase(Locale.ROOT);
		Object value = violation.getInvalidValue();
		Object limit = violation.getConstraintDescriptor().getAttributes().get("value");
		List<Object> args = switch (message) {
			case "data.badKey" -> List.of(value instanceof String text ? GraphModel.shown(text) : String.valueOf(value));
			case "data.tooLarge" -> List.of(value, limit);
			default -> List.of(String.valueOf(value));
		};
		return new UserError(code, field(violation.getPropertyPath()), Messages.render(message, args, locale), null);
	}

	/**
	 * The input field at fault: {@code input.} and the property path, with list positions of objects
	 * ({@code followUpActions[0].due}) but not of plain values (a bad key in {@code raisedResults} is at
	 * {@code input.raisedResults}, as the loader says).
	 */
	static String field(Path path) {
		var field = new StringBuilder("input");
		for (Path.Node node : path) {
			if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
				continue;
			}
			if (node.isInIterable() && node.getIndex() != null) {
				field.append('[').append(node.getIndex()).append(']');
			}
			field.append('.').append(node.getName());
		}
		return field.toString();
	}
}
