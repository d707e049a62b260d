package ca.engagementgraph.nudge;

import java.util.List;

import ca.engagementgraph.language.Language;

/**
 * Where the daily digest goes: one message per department (per language and clearance of its recipients). The log
 * notifier by default; the e-mail notifier when {@code spring.mail.host} is set; another bean of this type replaces
 * both.
 */
interface Notifier {

	void send(DigestMessage message);

	/**
	 * @param department the department whose meetings the nudges are about
	 * @param to         the recipients' e-mail addresses, all reading {@code language}
	 */
	record DigestMessage(String department, List<String> to, Language language, String subject, String body) {
	}
}
