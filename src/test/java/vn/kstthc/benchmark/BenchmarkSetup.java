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
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString((adminUser + ":" + adminPassword).getBytes(StandardCharsets.UTF_8));
    String boundary = "----benchmark" + System.nanoTime();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbenchmark\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"benchmark-mot-buoc.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + BPMN + "\r\n--" + boundary + "--\r\n";
    expect(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/deployment/create"))
        .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString()), 200);
    String grant = "{\"type\":1,\"permissions\":[\"READ\",\"CREATE_INSTANCE\"],\"groupId\":\"van-phong-so\","
        + "\"resourceType\":6,\"resourceId\":\"" + Workload.PROCESS_KEY + "\"}";
    expect(http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/authorization/create"))
        .header("Authorization", auth).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(grant)).build(), HttpResponse.BodyHandlers.ofString()), 200);
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException("Benchmark set-up failed: HTTP " + response.statusCode() + " " + response.body());
    }
  }
}
