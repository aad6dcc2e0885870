package vn.kstthc.benchmark.fault;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The local SMTP server of the suite (GreenMail, in the runner's JVM, on 127.0.0.1), which can be
 * stopped and started again to play a mail outage. A mail counts as the same mail when its
 * recipient and body are the same (each notification's body names its task), so a resend is
 * counted as a double whatever its Message-ID.
 */
final class MailSink implements AutoCloseable {

  private final ServerSetup setup;
  private final List<String> keptKeys = new ArrayList<>();
  private GreenMail server;

  MailSink(int port) {
    this.setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    start();
  }

  void start() {
    server = new GreenMail(setup);
    server.start();
  }

  /** Stops the server (connections are refused); what it received is kept. */
  void stop() throws MessagingException {
    keptKeys.addAll(keys(server));
    server.stop();
  }

  /** Forgets everything received so far (a new scenario). */
  void reset() throws Exception {
    keptKeys.clear();
    server.purgeEmailFromAllMailboxes();
  }

  long received() throws MessagingException {
    return all().size();
  }

  /** Mails received more than once (same recipient and body). */
  long doubles() throws MessagingException {
    List<String> all = all();
    Set<String> distinct = new HashSet<>(all);
    return all.size() - distinct.size();
  }

  private List<String> all() throws MessagingException {
    List<String> all = new ArrayList<>(keptKeys);
    all.addAll(keys(server));
    return all;
  }

  private static List<String> keys(GreenMail server) throws MessagingException {
    List<String> keys = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      keys.add(String.valueOf(List.of(message.getRecipients(Message.RecipientType.TO))) + "\n" + GreenMailUtil.getBody(message));
    }
    return keys;
  }

  @Override
  public void close() {
    server.stop();
  }
}
