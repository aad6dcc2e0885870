package vn.kstthc.internalprocess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * An approved internal process as an executable BPMN (Camunda 7): one user task per step, in
 * order, due in the step's working hours ({@code PT4H}: office time), Vietnamese names, the
 * performers, roles and result in each task's documentation, the generic form {@value #FORM} on
 * every task, and a diagram (the model API lays it out), so that it opens in Camunda Modeler. A
 * province starts from it to model the dossier's real handling.
 *
 * <p>It follows the rules of the shipped models (README, "Changing a process"): it never names a
 * province's own unit ({@code phong-...}, {@code ubnd-xa-...}). A step is offered to its lead when
 * the lead is a contract group ({@code van-phong-so}, {@code lanh-dao-so}...), and to the TTHC's
 * owning unit through the catalogue ({@link OwningUnits}) when the lead is that unit; a step led by
 * an outside body or another unit becomes the owning unit's task to follow it up and confirm it
 * ("Theo dõi, xác nhận"). Cooperating contract groups are offered the task too.
 */
public final class InternalProcessBpmn {

  /** The Camunda Form of every task ({@code forms/quy-trinh-noi-bo/buoc.form}), deployed with the model. */
  public static final String FORM = "quy-trinh-noi-bo-buoc";
  /** Where the form is, on the class path and in a deployment. */
  public static final String FORM_RESOURCE = "forms/quy-trinh-noi-bo/buoc.form";

  /** Groups that differ between provinces (README, "Functional roles, not units, in the BPMN"). */
  private static final Pattern PROVINCE_UNIT = Pattern.compile("(phong|ubnd-xa)-[a-z0-9-]+");

  private InternalProcessBpmn() {}

  /** The process id of a TTHC's exported process: {@code quy-trinh-noi-bo-1-003652}. */
  public static String processId(String tthcCode) {
    return "quy-trinh-noi-bo-" + tthcCode.replaceAll("[^A-Za-z0-9]", "-");
  }

  /**
   * @param owningUnit the TTHC's owning unit in the catalogue: its steps are named through {@link
   *     OwningUnits}, never by its id
   */
  public static BpmnModelInstance export(InternalProcess process, String tthcName, String owningUnit) {
    Map<Integer, List<Step>> steps = new LinkedHashMap<>();
    process.steps().forEach(row -> steps.computeIfAbsent(row.no(), no -> new ArrayList<>()).add(row));
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(processId(process.tthcCode()))
        .name(shorten("Quy trình nội bộ: " + tthcName))
        .camundaHistoryTimeToLive(1825)
        .camundaVersionTag(String.valueOf(process.version()))
        .documentation("Quy trình nội bộ giải quyết thủ tục " + process.tthcCode() + ", phiên bản " + process.version()
            + ", phê duyệt tại Quyết định số " + process.approvalNumber() + " ngày " + process.approvedOn() + ".")
        .startEvent("StartEvent_TiepNhan").name("Hồ sơ được tiếp nhận");
    for (Map.Entry<Integer, List<Step>> step : steps.entrySet()) {
      List<Step> rows = step.getValue();
      Step lead = rows.stream().filter(r -> r.role() == PerformerRole.CHU_TRI).findFirst().orElse(rows.get(0));
      boolean followUp = group(process.tthcCode(), lead.performer(), owningUnit) == null;
      flow = flow.userTask("UserTask_Buoc" + step.getKey())
          .name(shorten("Bước " + step.getKey() + ": " + (followUp ? "Theo dõi, xác nhận: " : "") + lead.work()))
          .documentation(documentation(rows))
          .camundaCandidateGroups(String.join(",", groups(process.tthcCode(), rows, lead, owningUnit)))
          .camundaDueDate(duration(lead.hours()))
          .camundaFormRef(FORM)
          .camundaFormRefBinding("deployment");
    }
    return flow.endEvent("EndEvent_HoanThanh").name("Hoàn thành giải quyết hồ sơ").done();
  }

  /**
   * The lead's group first (its lateness is charged to it; the owning unit for a step it follows
   * up), then the other performers' groups.
   */
  private static List<String> groups(String tthcCode, List<Step> rows, Step lead, String owningUnit) {
    List<String> groups = new ArrayList<>();
    String leadGroup = group(tthcCode, lead.performer(), owningUnit);
    groups.add(leadGroup == null ? OwningUnits.expression(tthcCode) : leadGroup);
    for (Step row : rows) {
      String group = group(tthcCode, row.performer(), owningUnit);
      if (group != null && !groups.contains(group)) {
        groups.add(group);
      }
    }
    return groups;
  }

  /** A contract group as itself, the owning unit through the catalogue, anything else null. */
  private static String group(String tthcCode, String performer, String owningUnit) {
    return isContractGroup(performer) ? performer
        : performer.equals(owningUnit) ? OwningUnits.expression(tthcCode) : null;
  }

  /** A group of the organisation that every province has under this id. */
  private static boolean isContractGroup(String performer) {
    return OutsideBody.ofCode(performer) == null && !PROVINCE_UNIT.matcher(performer).matches();
  }

  private static String documentation(List<Step> rows) {
    return rows.stream()
        .map(r -> {
          OutsideBody body = OutsideBody.ofCode(r.performer());
          return (body == null ? r.performer() : body.label()) + " (" + r.role().label() + ", "
              + InternalProcessRules.hours(r.hours()) + " giờ làm việc)" + (r.result() == null ? "" : ": " + r.result());
        })
        .collect(Collectors.joining("; ", rows.get(0).work() + ". Thực hiện: ", "."));
  }

  /** 4 → PT4H, 2.5 → PT2H30M: working hours in office time. */
  static String duration(BigDecimal hours) {
    long minutes = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.CEILING).longValueExact();
    return "PT" + (minutes / 60 > 0 ? minutes / 60 + "H" : "") + (minutes % 60 > 0 ? minutes % 60 + "M" : "");
  }

  private static String shorten(String name) {
    return name.length() <= 200 ? name : name.substring(0, 199) + "…";
  }
}
