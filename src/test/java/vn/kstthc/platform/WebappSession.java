package vn.kstthc.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What Camunda's webapps do in a browser, without one: a session cookie and the CSRF token, a
 * login to one webapp ({@code /camunda/api/admin/auth/user/default/login/{app}}), then calls with
 * that session.
 */
public final class WebappSession {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http =
      HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();

  private WebappSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** A session without login (as a browser on the login page). */
  public static WebappSession anonymous(RunningApplication app) {
    return new WebappSession(app.baseUrl());
  }

  /** Logs {@code user} in to {@code webapp} (tasklist, cockpit, admin); fails when refused. */
  public static WebappSession logIn(RunningApplication app, String webapp, String user, String password) {
    WebappSession session = anonymous(app);
    session.get("/camunda/app/" + webapp + "/"); // the session and its CSRF token
    String form =
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        session.send(
            session.request("/camunda/api/admin/auth/user/default/login/" + webapp)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new AssertionError("Login of " + user + " to " + webapp + ": HTTP " + login.statusCode() + " " + login.body());
    }
    session.get("/camunda/api/engine/engine/"); // the login's new session has a new CSRF token
    return session;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A JSON POST with the session's CSRF token, as Tasklist submits a form. */
  public HttpResponse<String> post(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("X-XSRF-TOKEN", csrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30))
        .header("Accept", "application/json, text/plain, */*");
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
