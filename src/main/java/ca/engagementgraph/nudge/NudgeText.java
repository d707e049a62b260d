package ca.engagementgraph.nudge;

import java.util.List;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.language.Messages;

/** A nudge in a sentence, in English or French (messages*.properties, keys {@code nudge.*}). */
final class NudgeText {

	private NudgeText() {
	}

	/**
	 * @param countryName the country's name in {@code language}
	 * @param missed      AGENDA_MISSED: the results this reader may be told of
	 */
	static String of(NudgeEvent event, String countryName, List<String> missed, Language language) {
		var locale = language.locale();
		return switch (event.kind()) {
			case WAIT_CROSSED -> Messages.render("nudge.waitCrossed", List.of(event.result(), event.daysWaited(),
					Messages.render("nudge.channel." + event.channel(), List.of(), locale), countryName, event.meeting(),
					event.meetingOn().toString()), locale);
			case AGENDA_MISSED -> Messages.render("nudge.agendaMissed", List.of(event.meeting(),
					event.meetingOn().toString(), countryName, missed.size(), String.join(", ", missed)), locale);
		};
	}
}
