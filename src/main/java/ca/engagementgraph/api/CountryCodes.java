package ca.engagementgraph.api;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Country arguments accept ISO alpha-2 or alpha-3 in any case; queries compare them in upper case. */
public final class CountryCodes {

	private CountryCodes() {
	}

	public static @Nullable String normalize(@Nullable String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}
}
