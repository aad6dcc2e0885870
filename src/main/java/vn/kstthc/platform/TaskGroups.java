package vn.kstthc.platform;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** The units a task waits at: its candidate groups. */
public final class TaskGroups {

  private TaskGroups() {}

  /** Candidate group ids of a task, sorted (the first is "the" unit when there are several). */
  public static List<String> candidateGroups(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .sorted()
        .toList();
  }
}
