package vn.kstthc.petition;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.kstthc.notification.NotificationProperties;

/**
 * Mails the answer to the sender. Called from a job (the service task is {@code asyncBefore} with a
 * retry cycle), so a mail server that is down or not configured is retried, then an incident.
 */
@Component
class PetitionMailer {

  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationProperties properties;

  PetitionMailer(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  void send(Petition petition, PetitionSender sender) {
    if (sender.email() == null || sender.email().isBlank()) {
      throw new IllegalStateException("Người gửi phản ánh " + petition.caseNumber() + " không có địa chỉ thư điện tử");
    }
    JavaMailSender sending = mail.getIfAvailable();
    if (sending == null) {
      throw new IllegalStateException("Chưa cấu hình máy chủ thư (spring.mail.host)");
    }
    try {
      MimeMessage message = sending.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.mailFrom());
      helper.setTo(sender.email());
      helper.setSubject("Trả lời phản ánh, kiến nghị " + petition.caseNumber() + ": " + petition.title());
      helper.setText(
          "Kính gửi " + sender.name() + ",\n\n"
              + "Về phản ánh, kiến nghị \"" + petition.title() + "\" (số " + petition.caseNumber() + "), cơ quan"
              + " xin trả lời như sau:\n\n" + petition.answer() + "\n",
          false);
      sending.send(message);
    } catch (MessagingException | MailException e) {
      // The job's exception becomes its stack trace and, once the retries are spent, an incident kept
      // in the engine's history: the mail server's words usually repeat the sender's address, which
      // never goes there (README, personal data). The reason is kept with every address masked.
      throw new IllegalStateException("Không gửi được thư trả lời " + petition.caseNumber() + ": " + masked(e));
    }
  }

  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");

  /** The failure and its causes, one line, every e-mail address replaced. */
  static String masked(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null && text.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
      text.append(text.isEmpty() ? "" : " / ").append(t.getClass().getSimpleName())
          .append(t.getMessage() == null ? "" : ": " + t.getMessage().replaceAll("\\s+", " "));
    }
    return ADDRESS.matcher(text).replaceAll("<địa chỉ>");
  }
}
