package ca.engagementgraph.language;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * People-facing messages in English and French, from {@code messages.properties} / {@code messages_fr.properties}
 * (the same files Spring's MessageSource reads), so the command line and the API say the same thing.
 */
public final class Messages {

	public static final Locale FRENCH = Locale.CANADA_FRENCH;

	private Messages() {
	}

	/**
	 * Each message's format, parsed once per language: a radar page explains several hundred rank reasons, and the
	 * bundle lookup and the parse were most of each sentence's cost. A format is not safe to share between threads, so
	 * each use formats with a copy of it.
	 */
	private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();

	public static String render(String code, List<?> args, Locale locale) {
		MessageFormat format = FORMATS.computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, any -> new MessageFormat(ResourceBundle.getBundle("messages", locale,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(code), locale));
		return ((MessageFormat) format.clone()).format(args.toArray());
	}

	public static Locale locale(boolean french) {
		return french ? FRENCH : Locale.ROOT;
	}
}
