package ca.engagementgraph.nudge;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The nudge's clock, and its notifier: e-mail when Spring Boot configured a mail sender (spring.mail.host), else the log. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NudgeProperties.class)
class NudgeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	NudgeClock nudgeClock() {
		return NudgeClock.system();
	}

	@Bean
	@ConditionalOnMissingBean
	Notifier nudgeNotifier(ObjectProvider<JavaMailSender> mail, NudgeProperties properties) {
		JavaMailSender sender = mail.getIfAvailable();
		return sender == null ? new LogNotifier() : new MailNotifier(sender, properties.mailFrom());
	}
}
