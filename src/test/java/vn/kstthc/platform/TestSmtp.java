package vn.kstthc.platform;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A GreenMail SMTP set-up on a port free when the test class loads, kept for the whole class (a test
 * that stops and restarts the server finds it on the same port). GreenMail's own test set-up uses
 * the fixed port 3025, which two builds on one machine would both take.
 */
public final class TestSmtp {

  private TestSmtp() {}

  public static ServerSetup onFreePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
