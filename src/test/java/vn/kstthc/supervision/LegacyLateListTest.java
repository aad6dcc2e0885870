package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kstthc.supervision.DanhSachTreHanProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.lateness.LateCaseRef;
import vn.kstthc.lateness.LateExplanations;
import vn.kstthc.platform.PlatformProcessTest;

/**
 * A late list started by the previous release (danh-sach-tre-han version 1, from git 86610de, in
 * src/test/resources/legacy/) and still running at the upgrade: its whole list is in the variables
 * {@code treHan} and {@code tongHopDonVi}, its units explain in user tasks of the list itself, and
 * the new code must record their explanations and publish its rows.
 */
@PlatformProcessTest
class LegacyLateListTest {

  static final String QLKH = "phong-quan-ly-khoa-hoc";
  static final String TDC = "phong-tc-dl-cl";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired LateExplanations explanations;
  @Autowired LateListDownloads downloads;
  @Autowired JdbcTemplate jdbc;

  final String run = UUID.randomUUID().toString().substring(0, 8);
  Deployment v1;

  @BeforeEach
  void deployVersion1() {
    String dir = "legacy/danh-sach-tre-han-v1/";
    v1 = repository.createDeployment().name("danh-sach-tre-han v1 " + run)
        .addClasspathResource(dir + "danh-sach-tre-han.bpmn")
        .addClasspathResource(dir + "khoi-tao.form")
        .addClasspathResource(dir + "giai-trinh.form")
        .addClasspathResource(dir + "cong-bo.form")
        .deploy();
  }

  /** The old version would be the latest of its key for every other test: gone with its instances. */
  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    repository.deleteDeployment(v1.getId(), true);
  }

  /** The variables version 1's assemble left (its columns as it wrote them), the case waiting for the units. */
  ProcessInstance runningVersion1() {
    ArrayNode rows = JSON.createArrayNode();
    rows.addObject().put("id", run + "-q").put("nguon", "QUY_TRINH").put("loai", "Bước xử lý")
        .put("quyTrinh", "Giao việc").put("hoSo", "GV-" + run).put("buoc", "Báo cáo kết quả")
        .put(DON_VI, QLKH).put("tenDonVi", "Phòng Quản lý khoa học").put("canBo", "qlkh.giang")
        .put("hanXuLy", "13/10/2025 17:30").put("hoanThanh", "15/10/2025 09:00").put("soNgayTre", 2);
    rows.addObject().put("id", "H40-" + run).put("nguon", "MOT_CUA").put("loai", "Hồ sơ TTHC (một cửa)")
        .put("quyTrinh", "1.003652 Cấp giấy chứng nhận").put("hoSo", "H40-" + run).put("buoc", "Toàn bộ hồ sơ")
        .put(DON_VI, QLKH).put("tenDonVi", "Phòng Quản lý khoa học").put("canBo", "")
        .put("hanXuLy", "10/10/2025").put("hoanThanh", "13/10/2025").put("soNgayTre", 3);
    rows.addObject().put("id", run + "-t").put("loai", "Hồ sơ")
        .put("quyTrinh", "Giao việc").put("hoSo", "GV2-" + run).put("buoc", "Toàn bộ hồ sơ")
        .put(DON_VI, TDC).put("tenDonVi", "Phòng Tiêu chuẩn Đo lường Chất lượng").put("canBo", "tdc.minh")
        .put("hanXuLy", "17/10/2025 17:30").put("hoanThanh", "20/10/2025 10:00").put("soNgayTre", 1);
    ArrayNode rates = JSON.createArrayNode();
    rates.addObject().put(DON_VI, QLKH).put("tenDonVi", "Phòng Quản lý khoa học").put("soViec", 22)
        .put("soTreHan", 2).put("tyLeDungHan", 90.9).put("duoi95", "Dưới 95%");
    rates.addObject().put(DON_VI, TDC).put("tenDonVi", "Phòng Tiêu chuẩn Đo lường Chất lượng").put("soViec", 20)
        .put("soTreHan", 1).put("tyLeDungHan", 95.0).put("duoi95", "");
    ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(v1.getId()).singleResult();
    return runtime.createProcessInstanceById(definition.getId())
        .setVariable(THANG.name(), "2025-10")
        .setVariable(TIEU_DE.name(), "Danh sách trễ hạn tháng 10/2025")
        .setVariable(CO_TRE_HAN.name(), true)
        .setVariable(TRE_HAN, Spin.JSON(rows.toString()))
        .setVariable(TONG_HOP, Spin.JSON(rates.toString()))
        .setVariable(NGUYEN_NHAN_OPTIONS, Spin.JSON("[]"))
        .setVariable(HAN_GIAI_TRINH, DanhSachTreHanProcessTest.at("2099-11-05T17:30"))
        .setVariable(HAN_CONG_BO, DanhSachTreHanProcessTest.at("2099-11-06T17:30"))
        .startBeforeActivity(TASK_EXPLAIN + "#multiInstanceBody")
        .execute();
  }

  @Test
  void aVersion1ListRunningAtTheUpgradeRecordsTheUnitsExplanationsAndPublishesItsRows() throws Exception {
    ProcessInstance instance = runningVersion1();
    Task qlkh = tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(QLKH).singleResult();
    JsonNode shown = JSON.readTree(tasks.getVariable(qlkh.getId(), TRUONG_HOP).toString());
    assertThat(shown).extracting(row -> row.path("hoSo").asText()).containsExactly("GV-" + run, "H40-" + run);

    tasks.claim(qlkh.getId(), "qlkh.giang");
    ArrayNode answer = JSON.createArrayNode();
    answer.addObject().put("nguyenNhan", "cho-phoi-hop").put("giaiTrinh", "Chờ ý kiến phối hợp " + run);
    answer.addObject().put("nguyenNhan", "qua-tai").put("giaiTrinh", "Hồ sơ dồn cuối tháng " + run);
    tasks.complete(qlkh.getId(), Map.of(TRUONG_HOP, Spin.JSON(answer.toString())));
    assertThat(explanations.current(LateCaseRef.outcome(run + "-q")).orElseThrow().text())
        .isEqualTo("Chờ ý kiến phối hợp " + run);
    assertThat(explanations.current(LateCaseRef.oneStop(QLKH, "H40-" + run)).orElseThrow().explainedBy())
        .isEqualTo("qlkh.giang");

    // TĐC never answers; the Văn phòng publishes
    Task tdc = tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup(TDC).singleResult();
    tasks.complete(tdc.getId(), Map.of(TRUONG_HOP, Spin.JSON("[{\"nguyenNhan\":\"cham-xu-ly\",\"giaiTrinh\":\"Chậm\"}]")));
    Task publish = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(publish.getTaskDefinitionKey()).isEqualTo(TASK_PUBLISH);
    tasks.complete(publish.getId(), Map.of("daKiemTra", true));
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).activityId(TASK_EXPORT).singleResult().getId());

    FileValue file = (FileValue) history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(TEP_DANH_SACH).singleResult().getTypedValue();
    List<List<String>> sheet = DanhSachTreHanProcessTest.rows(file.getValue().readAllBytes());
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("Phòng Quản lý khoa học", "GV-" + run,
        "Báo cáo kết quả", "Chờ ý kiến phối hợp " + run));
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("H40-" + run, "13/10/2025", "Hồ sơ dồn cuối tháng " + run));
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("GV2-" + run, "20/10/2025 10:00", "Chậm"));
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("Phòng Quản lý khoa học", "22.0", "2.0", "Dưới 95%"));
    JsonNode published = JSON.readTree(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(CONG_KHAI).singleResult().getValue().toString());
    assertThat(published.path("truongHop")).hasSize(3);

    // a list version 1 published before the upgrade is in no table: its kept file is still served
    jdbc.update("delete from kstthc_late_list_case where list_id = ?", instance.getId());
    jdbc.update("delete from kstthc_late_list_rate where list_id = ?", instance.getId());
    jdbc.update("delete from kstthc_late_list where id = ?", instance.getId());
    assertThat(downloads.of(YearMonth.of(2025, 10), false).content()).isEqualTo(file.getValue().readAllBytes());
  }
}
