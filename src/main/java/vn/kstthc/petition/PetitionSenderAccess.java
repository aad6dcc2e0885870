package vn.kstthc.petition;

import static vn.kstthc.petition.XuLyPaknProcess.*;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Service;

/**
 * The sender of a petition, for the officer handling it: someone who holds (assignee) or may take
 * (candidate, in person or by a group) an open task of the case among {@link #HANDLING_TASKS}. The
 * units and communes asked for an opinion see the content, not who sent it.
 *
 * <p>Why not a variable: anything set on the instance or a task, even read-only in a form, is
 * written to the engine's history; the sender is read here from kstthc_petition_sender when a form
 * is open, and never enters the engine.
 */
@Service
public class PetitionSenderAccess {

  static final List<String> HANDLING_TASKS = List.of(
      TASK_CLASSIFY, TASK_FORWARD, TASK_INSPECTION, TASK_DRAFT_ANSWER, TASK_APPROVE_ANSWER, TASK_RECORD_POST,
      TASK_NATIONAL_SYSTEM);

  private final PetitionRepository petitions;
  private final TaskService tasks;
  private final IdentityService identity;

  PetitionSenderAccess(PetitionRepository petitions, TaskService tasks, IdentityService identity) {
    this.petitions = petitions;
    this.tasks = tasks;
    this.identity = identity;
  }

  /** The case's sender when the calling officer handles it now; empty otherwise, or for no such case. */
  public Optional<PetitionSender> senderFor(String caseNumber) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return Optional.empty();
    }
    return petitions.findByCaseNumber(caseNumber)
        .filter(petition -> handles(petition.processInstanceId(), caller))
        .flatMap(petition -> petitions.sender(petition.id()));
  }

  private boolean handles(String processInstanceId, Authentication caller) {
    if (processInstanceId == null) {
      return false;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    // the query names the caller's own user and groups: it runs without the engine's
    // authorization checks, which would only narrow it to the same tasks
    identity.clearAuthentication();
    try {
      var query = tasks.createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKeyIn(HANDLING_TASKS.toArray(String[]::new))
          .or().taskAssignee(caller.getUserId()).taskCandidateUser(caller.getUserId());
      if (!groups.isEmpty()) {
        query = query.taskCandidateGroupIn(groups);
      }
      return query.endOr().count() > 0;
    } finally {
      identity.setAuthentication(caller);
    }
  }
}
