package ca.engagementgraph.api.read;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Query parameters where null means "no filter" (Map.of refuses nulls). */
public final class Parameters {

	private Parameters() {
	}

	public static Map<String, Object> of(@Nullable Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Parameters come in name/value pairs");
		}
		var parameters = new HashMap<String, Object>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}
}
