package vn.kstthc.internalprocess;

import static vn.kstthc.internalprocess.PheDuyetQuyTrinhNoiBoProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.kstthc.procedure.FollowUpCases;

/**
 * The steps of {@code phe-duyet-quy-trinh-noi-bo} that need Java, called from the BPMN as {@code
 * ${quyTrinhNoiBo.method(...)}}: the drafting units' lists of units, each unit's rows kept in one
 * list for the later steps, the communes' opinions, and the approval recorded by {@link
 * InternalProcessService}.
 */
@Component("quyTrinhNoiBo")
public class ApprovalSteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final InternalProcessService service;

  public ApprovalSteps(InternalProcessService service) {
    this.service = service;
  }

  /** The group ids of the start form's tag list (a JSON array), for the multi-instance. */
  public List<String> units(Object tagList) {
    List<String> units = new ArrayList<>();
    tree(tagList).forEach(unit -> units.add(unit.asText()));
    if (units.isEmpty()) {
      throw new ProcessEngineException("Chưa chọn đơn vị soạn thảo quy trình nội bộ.");
    }
    return units;
  }

  /**
   * When a unit's drafting task is created: its rows of the combined list (none before its first
   * draft), local to the unit's execution so that parallel units don't write each other's list.
   * A listener and not an input mapping: a multi-instance task maps its inputs before it knows
   * its element ({@code donVi}).
   */
  public void openDraft(DelegateTask task, String unit) {
    ArrayNode rows = JSON.createArrayNode();
    for (JsonNode row : tree(task.getExecution().getVariable(BUOC_XU_LY_TONG_HOP))) {
      if (unit.equals(row.path(DON_VI_SOAN_THAO_COT).asText())) {
        rows.add(((ObjectNode) row.deepCopy()).without(DON_VI_SOAN_THAO_COT));
      }
    }
    task.getExecution().setVariableLocal(BUOC_XU_LY, Spin.JSON(rows.toString()));
  }

  /**
   * When a unit submits its draft: refuses rows that break {@link InternalProcessRules} (the
   * officer reads the messages), and puts them in the combined list in place of the unit's
   * previous rows.
   */
  public void submitDraft(DelegateTask task, String unit) {
    Object submitted = task.getExecution().getVariableLocal(BUOC_XU_LY);
    List<String> problems = service.problems(StepRows.parse(submitted), unit);
    if (!problems.isEmpty()) {
      throw new ProcessEngineException(String.join(" ", problems));
    }
    ArrayNode combined = JSON.createArrayNode();
    for (JsonNode row : tree(task.getExecution().getVariable(BUOC_XU_LY_TONG_HOP))) {
      if (!unit.equals(row.path(DON_VI_SOAN_THAO_COT).asText())) {
        combined.add(row);
      }
    }
    for (JsonNode row : tree(submitted)) {
      combined.add(((ObjectNode) row.deepCopy()).put(DON_VI_SOAN_THAO_COT, unit));
    }
    task.getExecution().getProcessInstance().setVariable(BUOC_XU_LY_TONG_HOP, Spin.JSON(combined.toString()));
  }

  /**
   * A commune's opinion, or {@link PheDuyetQuyTrinhNoiBoProcess#KHONG_CO_Y_KIEN} when {@code opinion}
   * is blank, after the commune's name as officers know it (its group id if it has none).
   */
  public void recordOpinion(DelegateExecution execution, String commune, String opinion) {
    String text = opinion == null || opinion.isBlank() ? KHONG_CO_Y_KIEN : opinion.strip();
    String previous = Y_KIEN_CAC_XA.from(execution.getProcessInstance());
    Group group = execution.getProcessEngineServices().getIdentityService().createGroupQuery().groupId(commune)
        .singleResult();
    String line = (group == null || group.getName() == null ? commune : group.getName()) + ": " + text;
    Y_KIEN_CAC_XA.set(execution.getProcessInstance(), previous == null ? line : previous + "\n" + line);
  }

  /**
   * The chair approved: the combined rows become each TTHC's new internal process version, and
   * the follow-up {@code cap-nhat-quy-trinh-dien-tu} starts in the same transaction, with its own
   * deadline (the approval's instance ends here and is judged by its own).
   */
  public void recordApproval(DelegateExecution execution) {
    VariableScope instance = execution.getProcessInstance();
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor = user != null ? user.getUserId() : "quy-trinh:" + KEY;
    List<Step> rows = StepRows.parse(instance.getVariable(BUOC_XU_LY_TONG_HOP));
    try {
      service.approve(rows, SO_QUYET_DINH_PHE_DUYET.from(instance),
          LocalDate.parse(NGAY_PHE_DUYET.from(instance).substring(0, 10)), SO_QUYET_DINH_CONG_BO.from(instance),
          execution.getProcessInstanceId(), actor);
    } catch (InternalProcessException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
    Map<String, Object> followUp = new LinkedHashMap<>();
    followUp.put(TIEU_DE.name(), "Cập nhật quy trình điện tử: " + TIEU_DE.from(instance));
    followUp.put(MA_TTHC.name(), String.join(", ", rows.stream().map(Step::tthcCode).distinct().toList()));
    followUp.put(SO_QUYET_DINH_PHE_DUYET.name(), SO_QUYET_DINH_PHE_DUYET.from(instance));
    followUp.put(NGAY_PHE_DUYET.name(), NGAY_PHE_DUYET.from(instance));
    followUp.put(BUOC_XU_LY_TONG_HOP, instance.getVariable(BUOC_XU_LY_TONG_HOP));
    FollowUpCases.start(execution, CapNhatQuyTrinhDienTuProcess.KEY, followUp);
  }

  private static JsonNode tree(Object value) {
    if (value == null) {
      return JSON.createArrayNode();
    }
    try {
      return JSON.readTree(value instanceof List<?> ? JSON.writeValueAsString(value) : value.toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ProcessEngineException("Dữ liệu danh sách không đúng định dạng JSON.", e);
    }
  }
}
