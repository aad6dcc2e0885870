package vn.kstthc.internalprocess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

/**
 * An approved internal process as an executable BPMN (Camunda 7): one user task per step, in
 * order, offered to the step's groups (its lead first: the unit charged with lateness), due in the
 * step's working hours ({@code PT4H}: office time), Vietnamese names, the performers, roles and
 * result in each task's documentation, and a diagram (the model API lays it out), so that it opens
 * in Camunda Modeler. A province starts from it to model the dossier's real handling.
 *
 * <p>A step led by an outside body (the provincial service centre, another Sở...) has no group of
 * its own here: it is offered to the TTHC's owning unit, which follows it up.
 */
public final class InternalProcessBpmn {

  private InternalProcessBpmn() {}

  /** The process id of a TTHC's exported process: {@code quy-trinh-noi-bo-1-003652}. */
  public static String processId(String tthcCode) {
    return "quy-trinh-noi-bo-" + tthcCode.replaceAll("[^A-Za-z0-9]", "-");
  }

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
      flow = flow.userTask("UserTask_Buoc" + step.getKey())
          .name(shorten("Bước " + step.getKey() + ": " + lead.work()))
          .documentation(documentation(rows))
          .camundaCandidateGroups(String.join(",", groups(rows, lead, owningUnit)))
          .camundaDueDate(duration(lead.hours()));
    }
    return flow.endEvent("EndEvent_HoanThanh").name("Hoàn thành giải quyết hồ sơ").done();
  }

  private static List<String> groups(List<Step> rows, Step lead, String owningUnit) {
    List<String> groups = new ArrayList<>();
    groups.add(OutsideBody.ofCode(lead.performer()) == null ? lead.performer() : owningUnit);
    rows.stream().map(Step::performer)
        .filter(p -> OutsideBody.ofCode(p) == null && !groups.contains(p))
        .forEach(groups::add);
    return groups;
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
