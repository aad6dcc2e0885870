package vn.kstthc.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import vn.kstthc.notification.NotificationProperties;

/** A failed answer mail leaves no trace of the sender's address in what the engine keeps. */
class PetitionMailerTest {

  static final String ADDRESS = "nguyen.van.a@thu.example.vn";

  @Test
  @SuppressWarnings("unchecked")
  void theFailureTheEngineKeepsNamesNoAddress() {
    JavaMailSender sender = mock(JavaMailSender.class);
    when(sender.createMimeMessage()).thenReturn(new MimeMessage(Session.getInstance(new Properties())));
    doThrow(new MailSendException("Failed messages: jakarta.mail.SendFailedException: Invalid Addresses;\n"
            + "  nested exception is: 550 5.1.1 <" + ADDRESS + ">: Recipient address rejected"))
        .when(sender).send(any(MimeMessage.class));
    ObjectProvider<JavaMailSender> provider = mock(ObjectProvider.class);
    when(provider.getIfAvailable()).thenReturn(sender);
    PetitionMailer mailer = new PetitionMailer(provider,
        new NotificationProperties("https://kstthc.example", "KSTTHC <no-reply@kstthc.example>", List.of(Duration.ofMinutes(1)), 0, null));

    Throwable failure = catchThrowable(() -> mailer.send(petition(), new PetitionSender("Nguyễn Văn A", null, null, ADDRESS)));

    assertThat(failure).isInstanceOf(IllegalStateException.class).hasNoCause()
        .hasMessageStartingWith("Không gửi được thư trả lời PA-2026-0001: MailSendException")
        .hasMessageContaining("550 5.1.1 <<địa chỉ>>")
        .hasMessageNotContaining("@");
  }

  static Petition petition() {
    return new Petition("p1", "PA-2026-0001", "i1", PetitionChannel.values()[0], null, "Tiêu đề", "Nội dung", null,
        null, null, null, null, null, null, "Trả lời", null, null, LocalDate.of(2026, 11, 30), null, null, null,
        null, null, null, null);
  }
}
