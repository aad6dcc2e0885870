package vn.kstthc.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** E-mail through SMTP (Spring Mail): enabled when {@code spring.mail.host} is set. */
@Component
public class MailChannel implements NotificationChannel {

  private final ObjectProvider<JavaMailSender> sender;
  private final NotificationProperties properties;

  MailChannel(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  @Override
  public String name() {
    return "mail";
  }

  /** Configured when Spring Boot made a mail sender and its host is not blank. */
  @Override
  public boolean isEnabled() {
    JavaMailSender mail = sender.getIfAvailable();
    return mail != null && (!(mail instanceof JavaMailSenderImpl impl) || StringUtils.hasText(impl.getHost()));
  }

  @Override
  public String addressOf(Recipient recipient) {
    return recipient.email() == null || recipient.email().isBlank() ? null : recipient.email();
  }

  @Override
  public void send(Recipient recipient, String address, String subject, String body) throws Exception {
    JavaMailSender mail = sender.getObject();
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(properties.mailFrom());
    helper.setTo(address);
    helper.setSubject(subject);
    helper.setText(body, false);
    mail.send(message);
  }
}
