package vn.kstthc.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public page of the published monthly late lists (seed 004 PL§3 r4: the Văn phòng Sở
 * publishes the units and officers who handled dossiers late), for anyone without logging in:
 * {@code GET /public/danh-sach-tre-han} (a page) and {@code GET /public/danh-sach-tre-han.json},
 * the {@value #MONTHS} latest months published. Only what the list kept for publication when it was
 * published ({@link DanhSachTreHanProcess#CONG_KHAI}): officers' names and units, never a user id,
 * a case number or an explanation's text. Off unless {@code
 * kstthc.supervision.public-page.enabled: true} (then the paths answer 404).
 */
@RestController
@ConditionalOnProperty(name = "kstthc.supervision.public-page.enabled", havingValue = "true")
class PublicLateListController {

  static final int MONTHS = 12;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryService history;

  PublicLateListController(HistoryService history) {
    this.history = history;
  }

  @GetMapping(path = "/public/danh-sach-tre-han.json", produces = MediaType.APPLICATION_JSON_VALUE)
  List<JsonNode> lists() {
    // the latest published list of each month (a month listed again replaces its earlier list)
    List<JsonNode> lists = new ArrayList<>();
    Set<String> months = new LinkedHashSet<>();
    List<HistoricProcessInstance> published = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(DanhSachTreHanProcess.KEY).completed()
        .orderByProcessInstanceEndTime().desc().listPage(0, 3 * MONTHS);
    for (HistoricProcessInstance instance : published) {
      HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).variableName(DanhSachTreHanProcess.CONG_KHAI).singleResult();
      if (variable == null || variable.getValue() == null) {
        continue; // published before the page existed
      }
      JsonNode list = read(variable.getValue().toString());
      if (months.size() < MONTHS && months.add(list.path("thang").asText())) {
        lists.add(list);
      }
    }
    return lists;
  }

  @GetMapping(path = "/public/danh-sach-tre-han", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page() {
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Danh sách giải quyết hồ sơ trễ hạn</title><style>body{font-family:sans-serif;max-width:75em;"
        + "margin:2em auto;padding:0 1em}table{border-collapse:collapse;margin-bottom:1.5em}"
        + "th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left}.duoi95{color:#b00}</style></head><body>"
        + "<h1>Danh sách cơ quan, đơn vị, cán bộ, công chức giải quyết hồ sơ trễ hạn</h1>");
    List<JsonNode> lists = lists();
    if (lists.isEmpty()) {
      html.append("<p>Chưa có danh sách trễ hạn nào được công bố.</p>");
    }
    for (JsonNode list : lists) {
      html.append("<section><h2>").append(escape(list.path("tieuDe").asText())).append("</h2><p>Công bố ngày ")
          .append(escape(list.path("ngayCongBo").asText())).append("</p>");
      if (list.path("truongHop").isEmpty()) {
        html.append("<p>Không có trường hợp trễ hạn.</p>");
      } else {
        html.append("<table><tr><th>Đơn vị</th><th>Cán bộ, công chức</th><th>Loại</th><th>Quy trình, thủ tục</th>"
            + "<th>Bước</th><th>Hạn xử lý</th><th>Hoàn thành</th><th>Số ngày làm việc trễ</th><th>Nguyên nhân</th></tr>");
        for (JsonNode row : list.path("truongHop")) {
          html.append("<tr>");
          for (String column : LateListSteps.PUBLIC_COLUMNS) {
            html.append("<td>").append(escape(row.path(column).asText())).append("</td>");
          }
          html.append("</tr>");
        }
        html.append("</table>");
      }
      html.append("<h3>Tỷ lệ đúng hạn theo đơn vị</h3><table><tr><th>Đơn vị</th><th>Số việc có hạn</th>"
          + "<th>Số việc trễ hạn</th><th>Tỷ lệ đúng hạn (%)</th><th>Ghi chú</th></tr>");
      for (JsonNode unit : list.path("donVi")) {
        html.append(unit.path("duoi95").asText().isEmpty() ? "<tr>" : "<tr class=\"duoi95\">");
        for (String column : LateListSteps.PUBLIC_UNIT_COLUMNS) {
          html.append("<td>").append(escape(unit.path(column).asText())).append("</td>");
        }
        html.append("</tr>");
      }
      html.append("</table></section>");
    }
    html.append("</body></html>");
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html.toString());
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("Danh sách công bố không đọc được: " + e.getMessage(), e);
    }
  }

  private static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
