package vn.kstthc.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import vn.kstthc.KstthcApplication;

/**
 * The real application started in the test JVM on a random port, talked to over HTTP as a browser
 * or Camunda Modeler would. Closing it stops it; starting another on the same database is a
 * restart.
 */
public final class RunningApplication implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConfigurableApplicationContext context;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  private RunningApplication(ConfigurableApplicationContext context) {
    this.context = context;
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.baseUrl = "http://127.0.0.1:" + port;
  }

  /**
   * Starts the application with the given properties, passed as command-line arguments so that
   * they win over application.yaml as an operator's settings would.
   */
  public static RunningApplication start(Map<String, Object> properties, String... profiles) {
    return start(properties, List.of(), profiles);
  }

  /** The same, with listeners that see the start's events (web server opened, readiness...). */
  public static RunningApplication start(
      Map<String, Object> properties, List<ApplicationListener<?>> listeners, String... profiles) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("server.port", 0);
    all.put("management.server.port", 0);
    all.putAll(properties);
    String[] args =
        all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new RunningApplication(
        new SpringApplicationBuilder(KstthcApplication.class)
            .profiles(profiles)
            .listeners(listeners.toArray(ApplicationListener[]::new))
            .run(args));
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** A REST client acting as {@code user} (HTTP Basic), or anonymous when user is null. */
  public Rest rest(String user, String password) {
    return new Rest(user == null ? null : basic(user, password));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void close() {
    context.close();
  }

  /** Minimal JSON client for {@code /engine-rest}. */
  public final class Rest {
    private final String authorization;

    private Rest(String authorization) {
      this.authorization = authorization;
    }

    public Response get(String path) {
      return send(request(path).GET());
    }

    public Response post(String path, Object body) {
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
    }

    public Response put(String path, Object body) {
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
    }

    /** A JSON POST asking for HAL ({@code application/hal+json}), as Tasklist lists a filter. */
    public Response postHal(String path, Object body) {
      return send(
          request(path)
              .setHeader("Accept", "application/hal+json")
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data POST, as Camunda Modeler sends a deployment. */
    public Response postMultipart(String path, Map<String, String> fields, String fileName, String fileContent) {
      return postMultipart(path, fields, fileName, fileContent, Map.of());
    }

    /** A multipart/form-data POST with more headers (e.g. those a browser adds: Origin...). */
    public Response postMultipart(
        String path, Map<String, String> fields, String fileName, String fileContent, Map<String, String> headers) {
      String boundary = "----kstthc" + System.nanoTime();
      StringBuilder body = new StringBuilder();
      fields.forEach(
          (name, value) ->
              body.append("--").append(boundary).append("\r\n")
                  .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                  .append(value).append("\r\n"));
      body.append("--").append(boundary).append("\r\n")
          .append("Content-Disposition: form-data; name=\"data\"; filename=\"").append(fileName).append("\"\r\n")
          .append("Content-Type: application/octet-stream\r\n\r\n")
          .append(fileContent).append("\r\n")
          .append("--").append(boundary).append("--\r\n");
      HttpRequest.Builder request = request(path);
      headers.forEach(request::header);
      return send(
          request
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
      return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(baseUrl + path))
              .timeout(Duration.ofSeconds(30))
              .header("Accept", "application/json");
      if (authorization != null) {
        builder.header("Authorization", authorization);
      }
      return builder;
    }

    private Response send(HttpRequest.Builder builder) {
      try {
        HttpResponse<String> response =
            http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Status and body of an HTTP answer. */
  public record Response(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }

    public Response expect(int expected) {
      if (status != expected) {
        throw new AssertionError("Expected HTTP " + expected + " but got " + status + ": " + body);
      }
      return this;
    }
  }

  private static String write(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
