package ca.engagementgraph.nudge;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** The digest by e-mail, through the SMTP server of {@code spring.mail.*} (plain text, UTF-8). */
class MailNotifier implements Notifier {

	private final JavaMailSender mail;
	private final String from;

	MailNotifier(JavaMailSender mail, String from) {
		this.mail = mail;
		this.from = from;
	}

	@Override
	public void send(DigestMessage message) {
		var mailMessage = new SimpleMailMessage();
		mailMessage.setFrom(from);
		mailMessage.setTo(message.to().toArray(String[]::new));
		mailMessage.setSubject(message.subject());
		mailMessage.setText(message.body());
		mail.send(mailMessage);
	}
}
