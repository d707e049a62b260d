package ca.engagementgraph.nudge;

import java.util.Locale;

import ca.engagementgraph.language.Language;
import ca.engagementgraph.security.Access;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** The live nudges ({@code radarNudges}), each in the view of the subscriber's clearance, taken when it subscribed. */
@Controller
class NudgeController {

	private final Nudges nudges;

	NudgeController(Nudges nudges) {
		this.nudges = nudges;
	}

	@SubscriptionMapping
	Flux<Nudge> radarNudges(@Argument @Nullable String department) {
		// Read on the subscribing request's thread, where the sign-in of the WebSocket handshake is in force; nudges
		// are then emitted from the check's or the recorder's thread.
		boolean cleared = Access.cleared();
		String wanted = department == null ? null : department.strip().toUpperCase(Locale.ROOT);
		return nudges.live()
			.mapNotNull(published -> published.forReader(cleared))
			.filter(nudge -> wanted == null || nudge.departments().contains(wanted));
	}

	@SchemaMapping(typeName = "Nudge")
	String message(Nudge nudge, DataFetchingEnvironment env) {
		Language language = Language.of(env);
		String countryName = language == Language.FR ? nudge.country().nameFr() : nudge.country().nameEn();
		var event = new NudgeEvent("", nudge.kind(), nudge.occurredOn(), nudge.country().iso2(), nudge.channel(),
				nudge.result() == null ? null : nudge.result().code(), nudge.engagement().code(), nudge.engagement().date(),
				nudge.daysWaited(), java.util.List.of(), java.util.List.of(), nudge.departments(), true, true);
		return NudgeText.of(event, countryName,
				nudge.missedResults().stream().map(ca.engagementgraph.project.Result::code).toList(), language);
	}
}
