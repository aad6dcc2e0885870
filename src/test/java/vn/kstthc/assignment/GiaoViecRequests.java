package vn.kstthc.assignment;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.kstthc.platform.RunningApplication.Rest;

/** Starts "Giao và theo dõi nhiệm vụ" through the REST API, as the start form does. */
public final class GiaoViecRequests {

  private GiaoViecRequests() {}

  /**
   * Starts an assignment for a unit and returns the process instance id.
   *
   * @param more further variables (e.g. {@code maSoHoSo}), as strings
   */
  public static String start(Rest office, String unit, String title, String content, String due, Map<String, String> more) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(GiaoViecProcess.TIEU_DE.name(), Map.of("value", title));
    variables.put(GiaoViecProcess.NOI_DUNG.name(), Map.of("value", content));
    variables.put(GiaoViecProcess.DON_VI_CHU_TRI.name(), Map.of("value", unit));
    variables.put(GiaoViecProcess.HAN_HOAN_THANH.name(), Map.of("value", due));
    more.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return office
        .post("/engine-rest/process-definition/key/" + GiaoViecProcess.KEY + "/start", Map.of("variables", variables))
        .expect(200)
        .json()
        .get("id")
        .asText();
  }

  public static String start(Rest office, String unit, String title, String content, String due) {
    return start(office, unit, title, content, due, Map.of());
  }
}
