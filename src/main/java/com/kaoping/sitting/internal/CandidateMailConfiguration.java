package com.kaoping.sitting.internal;

import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server candidates' e-mails go through, from {@code KAOPING_SMTP_*}: only when a host
 * is given (without one Kaoping sends no mail and says so on the invitation page). Built here
 * rather than by Boot's {@code spring.mail.*} so that an empty user name means "no sign-in"
 * (JavaMail would try to sign in with an empty one) and so that a slow server cannot hold the
 * sending job: every step times out after 10 s and the mail is tried again later.
 */
@Configuration(proxyBeanMethods = false)
class CandidateMailConfiguration {

    @Bean
    @ConditionalOnExpression("!'${kaoping.mail.smtp-host:}'.isBlank()")
    JavaMailSender candidateMailSender(@Value("${kaoping.mail.smtp-host}") String host,
                                       @Value("${kaoping.mail.smtp-port:587}") int port,
                                       @Value("${kaoping.mail.smtp-username:}") String username,
                                       @Value("${kaoping.mail.smtp-password:}") String password,
                                       @Value("${kaoping.mail.smtp-starttls:true}") boolean startTls) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host.strip());
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        if (!username.isBlank()) {
            sender.setUsername(username.strip());
            sender.setPassword(password);
            properties.put("mail.smtp.auth", "true");
        }
        // STARTTLS whenever the server offers it (a sign-in is never sent in the clear to one that does)
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}
