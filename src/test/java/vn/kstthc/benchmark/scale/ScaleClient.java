package vn.kstthc.benchmark.scale;

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
import java.util.Map;

/** One user's REST calls, as Tasklist and the report pages make them (HTTP Basic). */
final class ScaleClient {

  static final ObjectMapper JSON = new ObjectMapper();
  /** Tasklist's list request: the sorting our Tasklist module puts in the URL (due date, soonest first). */
  static final String TASKLIST_SORTING = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
  static final int PAGE = 15;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;
  private final String user;
  private final String authorization;

  ScaleClient(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  String user() {
    return user;
  }

  /** The Task filters this user may read, by name (as Tasklist lists them). */
  Map<String, String> filters() throws IOException, InterruptedException {
    Map<String, String> filters = new LinkedHashMap<>();
    for (JsonNode filter : get("/engine-rest/filter?resourceType=Task")) {
      filters.put(filter.get("name").asText(), filter.get("id").asText());
    }
    return filters;
  }

  /** A filter's first page as Tasklist asks it (HAL: tasks with their variables, users, definitions). */
  JsonNode filterPage(String filterId) throws IOException, InterruptedException {
    return send(request("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE)
        .header("Accept", "application/hal+json").POST(body(TASKLIST_SORTING)).build(), 200);
  }

  long filterCount(String filterId) throws IOException, InterruptedException {
    return send(request("/engine-rest/filter/" + filterId + "/count").POST(body("{}")).build(), 200).get("count").asLong();
  }

  JsonNode get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build(), 200);
  }

  JsonNode post(String path, String json, int status) throws IOException, InterruptedException {
    return send(request(path).POST(body(json)).build(), status);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(2))
        .header("Authorization", authorization).header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher body(String json) {
    return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
  }

  private JsonNode send(HttpRequest request, int status) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != status) {
      throw new IllegalStateException(user + " " + request.method() + " " + request.uri() + ": HTTP " + response.statusCode()
          + " " + response.body().substring(0, Math.min(500, response.body().length())));
    }
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
