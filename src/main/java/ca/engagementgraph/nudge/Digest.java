package ca.engagementgraph.nudge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ca.engagementgraph.database.WriteTransactions;
import ca.engagementgraph.language.Language;
import ca.engagementgraph.language.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily digest: the nudges not yet told, gathered per department (those attending the meeting concerned), one
 * message per department and per language and clearance of its configured recipients, through the {@link Notifier}.
 * A nudge is marked told once every department's message was handed over, in the same transaction that read them, so
 * a failed run leaves them for the next one.
 */
@Component
class Digest {

	private static final Logger log = LoggerFactory.getLogger(Digest.class);

	private static final String COUNTRY_NAMES = """
			MATCH (c:Country) WHERE c.iso2 IN $codes
			RETURN c.iso2 AS code, c.nameEn AS en, c.nameFr AS fr
			""";

	private final WriteTransactions writes;
	private final NudgeProperties properties;
	private final Notifier notifier;
	private final NudgeClock clock;

	Digest(WriteTransactions writes, NudgeProperties properties, Notifier notifier, NudgeClock clock) {
		this.writes = writes;
		this.properties = properties;
		this.notifier = notifier;
		this.clock = clock;
	}

	@Scheduled(cron = "${engagement-graph.nudge.digest-cron:0 30 7 * * *}", zone = NudgeClock.ZONE)
	void sendOnSchedule() {
		try {
			send(LocalDate.now(clock.clock()));
		}
		catch (RuntimeException ex) { // the nudges stay untold: the next digest carries them
			log.warn("The nudge digest could not be sent this time: {}", ex.getMessage());
		}
	}

	/** Sends the digest of the nudges untold up to {@code today}; returns the messages handed to the notifier. */
	List<Notifier.DigestMessage> send(LocalDate today) {
		return writes.request(tx -> {
			var events = NudgeStore.undigested(tx, today);
			if (events.isEmpty()) {
				return List.<Notifier.DigestMessage>of();
			}
			var names = new LinkedHashMap<String, Map<Language, String>>();
			tx.run(COUNTRY_NAMES, Map.of("codes", events.stream().map(NudgeEvent::country).distinct().toList()))
				.list()
				.forEach(row -> names.put(row.get("code").asString(), Map.of(Language.EN, row.get("en").asString(),
						Language.FR, row.get("fr").asString())));
			var messages = messages(events, names, today);
			messages.forEach(notifier::send);
			NudgeStore.markDigested(tx, events, today);
			return messages;
		});
	}

	/** One message per department, language and clearance of its recipients, with the nudges those may read. */
	List<Notifier.DigestMessage> messages(List<NudgeEvent> events, Map<String, Map<Language, String>> countryNames,
			LocalDate today) {
		var messages = new ArrayList<Notifier.DigestMessage>();
		for (var department : properties.recipients().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			String code = department.getKey();
			var groups = department.getValue().stream()
				.collect(Collectors.groupingBy(recipient -> new Audience(recipient.language(), recipient.cleared()),
						LinkedHashMap::new, Collectors.mapping(NudgeProperties.Recipient::email, Collectors.toList())));
			for (var group : groups.entrySet()) {
				Audience audience = group.getKey();
				var lines = events.stream()
					.filter(event -> event.departments().contains(code) && event.visibleTo(audience.cleared()))
					.map(event -> "- " + NudgeText.of(event,
							countryNames.getOrDefault(event.country(), Map.of()).getOrDefault(audience.language(), event.country()),
							event.missedFor(audience.cleared()), audience.language()))
					.toList();
				if (lines.isEmpty()) {
					continue;
				}
				var locale = audience.language().locale();
				String subject = Messages.render("nudge.digest.subject", List.of(code, today.toString(), lines.size()), locale);
				String body = Messages.render("nudge.digest.intro", List.of(code, lines.size()), locale) + "\n\n"
						+ String.join("\n", lines) + "\n";
				messages.add(new Notifier.DigestMessage(code, group.getValue(), audience.language(), subject, body));
			}
		}
		return messages;
	}

	private record Audience(Language language, boolean cleared) {
	}
}
