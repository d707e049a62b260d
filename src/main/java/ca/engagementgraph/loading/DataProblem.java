package ca.engagementgraph.loading;

import ca.engagementgraph.language.Messages;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with input, located precisely enough to fix it: the source (a file name, or the mutation's
 * input), the record or line, the field, and why, as a message code with its arguments so that it can be told in
 * English or French.
 *
 * @param unit "record" for JSON records, "line" for CSV lines, "input" for a mutation
 */
public record DataProblem(String file, int position, String unit, @Nullable String field, String code,
		List<Object> args) {

	public DataProblem {
		args = List.copyOf(args);
	}

	public String reason(Locale locale) {
		return Messages.render(code, args, locale);
	}

	public String reason() {
		return reason(Locale.ROOT);
	}

	@Override
	public String toString() {
		return file + ", " + unit + " " + position + (field == null ? "" : ", field '" + field + "'") + ": " + reason();
	}
}
