package ca.engagementgraph.language;

import java.util.List;
import java.util.Locale;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/** Canada's two official languages; every user-facing label exists in both. */
public enum Language {

	EN, FR;

	/** The first of English or French the client prefers in its {@code Accept-Language} header; English otherwise. */
	public static Language preferredBy(HttpHeaders headers) {
		List<String> accepted = headers.getOrEmpty(HttpHeaders.ACCEPT_LANGUAGE);
		if (accepted.isEmpty()) {
			// Not parsed: the JDK refuses an empty list of ranges with an exception, whose stack trace a request
			// without the header (a script, a probe, the benchmark's client) paid for on every request.
			return EN;
		}
		List<Locale.LanguageRange> ranges;
		try {
			ranges = Locale.LanguageRange.parse(String.join(",", accepted));
		}
		catch (IllegalArgumentException ex) {
			return EN; // a malformed header is not worth failing a request over
		}
		for (Locale.LanguageRange range : ranges) {
			String tag = range.getRange();
			if (range.getWeight() > 0 && (tag.equals("fr") || tag.startsWith("fr-"))) {
				return FR;
			}
			if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
				return EN;
			}
		}
		return EN;
	}

	/** The language a field resolves in: its {@code lang} argument, else the request's, else English. */
	public static Language of(DataFetchingEnvironment env) {
		return of(env.getArgument("lang"), env);
	}

	/**
	 * The language a {@code lang} argument asks for ({@code requested}, of this field or of one below it in the
	 * selection), else the request's ({@link #ofRequest}).
	 */
	public static Language of(@Nullable Object requested, DataFetchingEnvironment env) {
		return requested != null ? Language.valueOf(requested.toString()) : ofRequest(env);
	}

	/** The language of the request (its Accept-Language), whatever a field's own {@code lang} argument says. */
	public static Language ofRequest(DataFetchingEnvironment env) {
		Language fromHeader = env.getGraphQlContext().get(Language.class);
		return fromHeader != null ? fromHeader : EN;
	}

	/** The locale {@code messages*.properties} are read in for this language. */
	public java.util.Locale locale() {
		return ca.engagementgraph.language.Messages.locale(this == FR);
	}

	/** Whether a locale (graphql-java's, from the request's Accept-Language) asks for French. */
	public static boolean isFrench(java.util.Locale locale) {
		return locale != null && "fr".equals(locale.getLanguage());
	}

	/** The property holding this language's variant of a bilingual text, e.g. {@code nameFr} for {@code name}. */
	public String variantOf(String baseName) {
		return baseName + (this == EN ? "En" : "Fr");
	}
}
