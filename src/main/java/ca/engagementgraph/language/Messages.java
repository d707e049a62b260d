package ca.engagementgraph.language;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * People-facing messages in English and French, from {@code messages.properties} / {@code messages_fr.properties}
 * (the same files Spring's MessageSource reads), so the command line and the API say the same thing.
 */
public final class Messages {

	public static final Locale FRENCH = Locale.CANADA_FRENCH;

	private Messages() {
	}

	public static String render(String code, List<?> args, Locale locale) {
		var bundle = ResourceBundle.getBundle("messages", locale, ResourceBundle.Control.getNoFallbackControl(
				ResourceBundle.Control.FORMAT_PROPERTIES));
		return new MessageFormat(bundle.getString(code), locale).format(args.toArray());
	}

	public static Locale locale(boolean french) {
		return french ? FRENCH : Locale.ROOT;
	}
}
