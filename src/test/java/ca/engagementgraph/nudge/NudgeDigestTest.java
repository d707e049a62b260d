package ca.engagementgraph.nudge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ca.engagementgraph.language.Language;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily digest: one message per department (and language and clearance of its recipients), in the recipient's
 * language, telling only what they may read; e-mailed through a real SMTP server (GreenMail, in this JVM) when
 * {@code spring.mail.host} is set, logged otherwise. No database: the messages are built from stored nudges.
 */
class NudgeDigestTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	private static final NudgeEvent OPEN_WAIT = new NudgeEvent("w1", NudgeKind.WAIT_CROSSED, TODAY, "QN", "OTTAWA",
			"QN-R07", "QN-HOM-2026-12-08", LocalDate.of(2026, 12, 8), 1072, List.of(), List.of(), List.of("CBSA", "GAC", "IRCC"),
			true, true);

	private static final NudgeEvent SECRET_WAIT = new NudgeEvent("w2", NudgeKind.WAIT_CROSSED, TODAY, "QN", "OTTAWA",
			"QN-R99", "QN-HOM-2026-12-08", LocalDate.of(2026, 12, 8), 200, List.of(), List.of(), List.of("CBSA"), true, false);

	private static final NudgeEvent MISSED = new NudgeEvent("a1", NudgeKind.AGENDA_MISSED, TODAY, "QN", null, null,
			"QN-HOM-2026-11-20", LocalDate.of(2026, 11, 20), null, List.of("QN-R03", "QN-R99"), List.of("QN-R03"),
			List.of("CBSA"), true, true);

	private static final Map<String, Map<Language, String>> NAMES = Map.of("QN",
			Map.of(Language.EN, "Valdoria", Language.FR, "Valdorie"));

	private static NudgeProperties recipients(Map<String, List<NudgeProperties.Recipient>> recipients) {
		return new NudgeProperties(180, 28, "radar@engagement-graph.example", recipients);
	}

	private static Digest digest(NudgeProperties properties, Notifier notifier) {
		return new Digest(null, properties, notifier, NudgeClock.system());
	}

	@Test
	void oneMessagePerDepartmentInTheRecipientsLanguageTellingOnlyWhatTheyMayRead() {
		var properties = recipients(Map.of(
				"CBSA", List.of(new NudgeProperties.Recipient("radar@cbsa.example", Language.FR, true),
						new NudgeProperties.Recipient("desk@cbsa.example", Language.FR, true),
						new NudgeProperties.Recipient("public@cbsa.example", Language.EN, false)),
				"GAC", List.of(new NudgeProperties.Recipient("radar@gac.example", Language.EN, false)),
				"PS", List.of(new NudgeProperties.Recipient("radar@ps.example", Language.EN, true))));
		var messages = digest(properties, message -> {
		}).messages(List.of(OPEN_WAIT, SECRET_WAIT, MISSED), NAMES, TODAY);

		// PS attends none of these meetings: no message. CBSA: its cleared French readers in one message, its uncleared
		// English reader in another; GAC: one.
		assertThat(messages).extracting(Notifier.DigestMessage::department, Notifier.DigestMessage::to,
				Notifier.DigestMessage::language)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("CBSA", List.of("radar@cbsa.example", "desk@cbsa.example"), Language.FR),
					org.assertj.core.groups.Tuple.tuple("CBSA", List.of("public@cbsa.example"), Language.EN),
					org.assertj.core.groups.Tuple.tuple("GAC", List.of("radar@gac.example"), Language.EN));

		var clearedFrench = messages.get(0);
		assertThat(clearedFrench.subject()).isEqualTo("Radar des occasions\u00a0: 3 rappel(s) pour CBSA, 2026-11-21");
		assertThat(clearedFrench.body()).isEqualTo("""
				Rappels pour les rencontres auxquelles CBSA participe (3)\u00a0:

				- Le résultat QN-R07 attend depuis 1\u00a0072 jours sans avoir été soulevé sur le canal Ottawa (mission au Canada) de Valdorie\u00a0: soulevez-le à la rencontre QN-HOM-2026-12-08 du 2026-12-08.
				- Le résultat QN-R99 attend depuis 200 jours sans avoir été soulevé sur le canal Ottawa (mission au Canada) de Valdorie\u00a0: soulevez-le à la rencontre QN-HOM-2026-12-08 du 2026-12-08.
				- La rencontre QN-HOM-2026-11-20 du 2026-11-20 (Valdorie) a eu lieu sans soulever 2 résultat(s) inscrit(s) à son ordre du jour\u00a0: QN-R03, QN-R99.
				""");

		// Without the clearance: neither the Protected B result's wait nor its place among the missed results.
		var unclearedEnglish = messages.get(1);
		assertThat(unclearedEnglish.subject()).isEqualTo("Opportunity radar: 2 nudge(s) for CBSA, 2026-11-21");
		assertThat(unclearedEnglish.body()).doesNotContain("QN-R99").contains(
				"- Result QN-R07 has waited 1,072 days without being raised on the Ottawa (mission in Canada) channel of Valdoria: raise it at meeting QN-HOM-2026-12-08 on 2026-12-08.",
				"- Meeting QN-HOM-2026-11-20 on 2026-11-20 (Valdoria) was held without raising 1 result(s) on its agenda: QN-R03.");
	}

	@Test
	void theDigestIsEmailedThroughTheConfiguredSmtpServer() throws Exception {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
			.withUserConfiguration(NudgeConfiguration.class)
			.withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + ServerSetupTest.SMTP.getPort(),
					"spring.mail.default-encoding=UTF-8", "engagement-graph.nudge.mail-from=radar@engagement-graph.example",
					"engagement-graph.nudge.recipients.CBSA[0].email=radar@cbsa.example",
					"engagement-graph.nudge.recipients.CBSA[0].language=FR",
					"engagement-graph.nudge.recipients.CBSA[0].cleared=true")
			.run(context -> {
				assertThat(context).getBean(Notifier.class).isInstanceOf(MailNotifier.class);
				var notifier = context.getBean(Notifier.class);
				var digest = digest(context.getBean(NudgeProperties.class), notifier);
				digest.messages(List.of(OPEN_WAIT, MISSED), NAMES, TODAY).forEach(notifier::send);
			});
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(GreenMailUtil.getAddressList(mail.getAllRecipients())).isEqualTo("radar@cbsa.example");
		assertThat(GreenMailUtil.getAddressList(mail.getFrom())).isEqualTo("radar@engagement-graph.example");
		assertThat(mail.getSubject()).isEqualTo("Radar des occasions\u00a0: 2 rappel(s) pour CBSA, 2026-11-21");
		assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
	}

	@Test
	void withoutSmtpTheDigestGoesToTheLog() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
			.withUserConfiguration(NudgeConfiguration.class)
			.run(context -> assertThat(context).getBean(Notifier.class).isInstanceOf(LogNotifier.class));
	}
}
