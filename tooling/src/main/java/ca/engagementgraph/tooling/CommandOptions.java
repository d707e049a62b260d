package ca.engagementgraph.tooling;

import java.util.List;

/** The options of the service's commands ({@code soak}, {@code generate}, {@code bench}): {@code --name value}. */
public final class CommandOptions {

	private CommandOptions() {
	}

	/**
	 * The value given after {@code name}, removed from {@code arguments} with its name (so what remains can be
	 * passed on), or {@code fallback} when the option is absent or has no value.
	 */
	public static String take(List<String> arguments, String name, String fallback) {
		int index = arguments.indexOf(name);
		if (index < 0 || index + 1 >= arguments.size()) {
			return fallback;
		}
		String value = arguments.get(index + 1);
		arguments.remove(index + 1);
		arguments.remove(index);
		return value;
	}
}
