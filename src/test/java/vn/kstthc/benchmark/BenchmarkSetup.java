package vn.kstthc.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Puts the benchmark process into a running application, as a process owner and an administrator
 * would: deploys it through the REST API and lets the Văn phòng start it.
 */
public final class BenchmarkSetup {

  /** Demo officers of {@code van-phong-so}, the group the benchmark task waits at. */
  static final String GROUP = "van-phong-so";

  public static final List<String[]> OFFICERS =
      List.of(new String[] {"vps.an", "Kstthc@2026!"}, new String[] {"vps.binh", "Kstthc@2026!"}, new String[] {"cqt.tam", "Kstthc@2026!"});

  static final String BPMN =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Benchmark" targetNamespace="https://kstthc.vn/benchmark">
        <bpmn:process id="benchmark-mot-buoc" name="Đo hiệu năng: một bước" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="StartEvent_1"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
          <bpmn:userTask id="UserTask_XuLy" name="Xử lý" camunda:candidateGroups="van-phong-so" camunda:dueDate="P2D">
            <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:endEvent id="EndEvent_1"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="UserTask_XuLy" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="UserTask_XuLy" targetRef="EndEvent_1" />
        </bpmn:process>
      </bpmn:definitions>
      """
          .strip();

  private BenchmarkSetup() {}

  public static void install(String baseUrl, String adminUser, String adminPassword) throws IOException, InterruptedException {
    Admin admin = new Admin(baseUrl, adminUser, adminPassword);
    String boundary = "----benchmark" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbenchmark\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"benchmark-mot-buoc.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + BPMN + "\r\n--" + boundary + "--\r\n";
    admin.send("POST", "/deployment/create", "multipart/form-data; boundary=" + boundary, body);
    admin.post("/authorization/create", "{\"type\":1,\"permissions\":[\"READ\",\"CREATE_INSTANCE\"],\"groupId\":\"" + GROUP
        + "\",\"resourceType\":6,\"resourceId\":\"" + Workload.PROCESS_KEY + "\"}");
  }

  /**
   * The anchor (Camunda as shipped) has none of our organisation: the same officers, their group
   * and what our organisation grants them for this workload (creating process instances; the
   * candidate group's task permissions are Camunda's defaults in both), then {@link #install}.
   */
  public static void installAnchor(String baseUrl, String adminUser, String adminPassword) throws IOException, InterruptedException {
    Admin admin = new Admin(baseUrl, adminUser, adminPassword);
    admin.post("/group/create", "{\"id\":\"" + GROUP + "\",\"name\":\"Văn phòng Sở\",\"type\":\"WORKFLOW\"}");
    for (String[] officer : OFFICERS) {
      admin.post("/user/create", "{\"profile\":{\"id\":\"" + officer[0] + "\",\"firstName\":\"" + officer[0]
          + "\",\"lastName\":\"Benchmark\",\"email\":\"" + officer[0] + "@kstthc.example\"},\"credentials\":{\"password\":\""
          + officer[1] + "\"}}");
      admin.send("PUT", "/group/" + GROUP + "/members/" + officer[0], "application/json", "");
    }
    admin.post("/authorization/create", "{\"type\":1,\"permissions\":[\"CREATE\"],\"groupId\":\"" + GROUP
        + "\",\"resourceType\":8,\"resourceId\":\"*\"}");
    install(baseUrl, adminUser, adminPassword);
  }

  /** REST calls as the administrator; any answer but 2xx stops the set-up. */
  private record Admin(String baseUrl, String auth, HttpClient http) {
    Admin(String baseUrl, String user, String password) {
      this(baseUrl, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
          HttpClient.newHttpClient());
    }

    void post(String path, String json) throws IOException, InterruptedException {
      send("POST", path, "application/json", json);
    }

    void send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest" + path))
          .header("Authorization", auth).header("Content-Type", contentType)
          .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException("Benchmark set-up failed: " + method + " " + path + ": HTTP " + response.statusCode() + " "
            + response.body());
      }
    }
  }
}
