package vn.kstthc.tasklist;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.kstthc.procedure.CaseVariables;

/**
 * The cases an officer started (the engine's start user: whoever submitted the start form), newest
 * first, with where each stands: the open steps, who holds each or which unit may take it, and its
 * due date. So the officer who assigns work (giao-viec) follows it without Cockpit.
 *
 * <p>Isolation by construction: the only cases read are those whose start user is the caller. They
 * are read without the caller's authorizations, since an officer may not read the history of a
 * case or the tasks of another unit; what is returned is limited to the fields below.
 */
@Service
public class StartedCases {

  /** At most this many cases, the newest. */
  static final int LIMIT = 100;

  private final HistoryService historyService;
  private final TaskService taskService;
  private final IdentityService identityService;

  StartedCases(HistoryService historyService, TaskService taskService, IdentityService identityService) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** One open step of a case: the task, its holder (or null) and the units that may take it. */
  public record Step(String congViec, String nguoiXuLy, List<String> donVi, Date han) {}

  /** One case: number, title, procedure, start, state in Vietnamese, open steps, end. */
  public record StartedCase(
      String maSoHoSo, String tieuDe, String thuTuc, Date khoiTao, String trangThai, List<Step> dangXuLy, Date ketThuc) {}

  public List<StartedCase> of(String userId) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return read(userId);
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  private List<StartedCase> read(String userId) {
    List<HistoricProcessInstance> cases =
        historyService.createHistoricProcessInstanceQuery().startedBy(userId)
            .orderByProcessInstanceStartTime().desc().listPage(0, LIMIT);
    if (cases.isEmpty()) {
      return List.of();
    }
    String[] ids = cases.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> variables =
        historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
            .variableNameIn(CaseVariables.MA_SO_HO_SO.name(), CaseVariables.TIEU_DE.name()).list().stream()
            .filter(variable -> variable.getValue() != null)
            .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
                Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a)));
    Map<String, List<Step>> steps =
        taskService.createTaskQuery().processInstanceIdIn(ids).orderByDueDate().asc().list().stream()
            .collect(Collectors.groupingBy(Task::getProcessInstanceId, Collectors.mapping(this::step, Collectors.toList())));
    return cases.stream().map(instance -> {
      Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
      Object number = values.getOrDefault(CaseVariables.MA_SO_HO_SO.name(), instance.getBusinessKey());
      return new StartedCase(
          number == null ? null : number.toString(),
          (String) values.get(CaseVariables.TIEU_DE.name()),
          instance.getProcessDefinitionName(),
          instance.getStartTime(),
          state(instance.getState()),
          steps.getOrDefault(instance.getId(), List.of()),
          instance.getEndTime());
    }).toList();
  }

  private Step step(Task task) {
    List<String> groupIds = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();
    List<String> units = groupIds.isEmpty() ? List.of()
        : names(identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list(), Group::getId, Group::getName, groupIds);
    String holder = task.getAssignee() == null ? null : userName(task.getAssignee());
    return new Step(task.getName(), holder, units, task.getDueDate());
  }

  private String userName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (nullToEmpty(user.getFirstName()) + " " + nullToEmpty(user.getLastName())).strip();
  }

  /** Names in the order of {@code ids}; an id without an entry stays as it is. */
  private static <T> List<String> names(List<T> found, Function<T, String> id, Function<T, String> name, List<String> ids) {
    Map<String, String> byId = found.stream().collect(Collectors.toMap(id, name, (a, b) -> a));
    return ids.stream().map(groupId -> byId.getOrDefault(groupId, groupId)).toList();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  static String state(String engineState) {
    return switch (engineState) {
      case HistoricProcessInstance.STATE_ACTIVE -> "Đang xử lý";
      case HistoricProcessInstance.STATE_SUSPENDED -> "Tạm dừng";
      case HistoricProcessInstance.STATE_COMPLETED -> "Đã hoàn thành";
      default -> "Đã dừng";
    };
  }
}
