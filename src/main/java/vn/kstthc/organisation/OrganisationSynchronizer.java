package vn.kstthc.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.kstthc.organisation.AuthorizationPlan.Grant;
import vn.kstthc.organisation.ManagedIdentities.Kind;

/**
 * Makes Camunda's users, groups, memberships and group authorizations match an {@link
 * Organisation}; each user may read and update (not delete) their own account ({@link
 * OwnAccountAuthorization}). Idempotent: applying the same organisation twice changes nothing the
 * second time.
 * Only identities the organisation file created are updated or removed; history keeps the ids of
 * removed officers (tasks they completed still show who did them).
 */
@Service
public class OrganisationSynchronizer {

  private static final Logger LOG = LoggerFactory.getLogger(OrganisationSynchronizer.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final TaskService taskService;
  private final ManagedIdentities managed;

  OrganisationSynchronizer(
      IdentityService identityService,
      AuthorizationService authorizationService,
      TaskService taskService,
      ManagedIdentities managed) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.managed = managed;
  }

  /** What one run changed; all zero when the engine already matched the organisation. */
  public record Changes(
      int groupsSaved, int usersCreated, int usersUpdated, int membershipsChanged,
      int authorizationsChanged, int removed) {
    public boolean none() {
      return groupsSaved + usersCreated + usersUpdated + membershipsChanged + authorizationsChanged
              + removed
          == 0;
    }
  }

  /**
   * Applies the organisation.
   *
   * @param initialPassword password of a user created by this run (not applied to existing users)
   */
  public Changes apply(Organisation organisation, Function<Organisation.Member, String> initialPassword) {
    int[] counts = new int[6];
    managed.add(Kind.GROUP, organisation.groups().stream().map(Organisation.Group::id).toList());
    managed.add(Kind.USER, organisation.users().stream().map(Organisation.Member::id).toList());

    for (Organisation.Group group : organisation.groups()) {
      if (saveGroup(group)) {
        counts[0]++;
      }
    }
    for (Organisation.Member member : organisation.users()) {
      User user = identityService.createUserQuery().userId(member.id()).singleResult();
      if (user == null) {
        user = identityService.newUser(member.id());
        copy(member, user);
        user.setPassword(initialPassword.apply(member));
        identityService.saveUser(user);
        counts[1]++;
      } else if (!same(member, user)) {
        copy(member, user);
        identityService.saveUser(user);
        counts[2]++;
      }
    }

    Set<String> managedGroups = managed.ids(Kind.GROUP);
    for (Organisation.Member member : organisation.users()) {
      counts[3] += syncMemberships(member.id(), Set.copyOf(member.groups()), managedGroups);
      counts[4] += OwnAccountAuthorization.sync(authorizationService, member.id());
    }
    for (Organisation.Group group : organisation.groups()) {
      counts[4] += syncAuthorizations(group.id(), AuthorizationPlan.grantsFor(group));
    }
    counts[5] += removeWhatLeft(organisation);

    Changes changes = new Changes(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    LOG.info(
        "Organisation applied: {} groups, {} users; changes: {}",
        organisation.groups().size(),
        organisation.users().size(),
        changes.none() ? "none" : changes);
    return changes;
  }

  private boolean saveGroup(Organisation.Group wanted) {
    Group group = identityService.createGroupQuery().groupId(wanted.id()).singleResult();
    if (group != null
        && wanted.name().equals(group.getName())
        && wanted.kind().code().equals(group.getType())) {
      return false;
    }
    if (group == null) {
      group = identityService.newGroup(wanted.id());
    }
    group.setName(wanted.name());
    group.setType(wanted.kind().code());
    identityService.saveGroup(group);
    return true;
  }

  /** Memberships of a user in managed groups become exactly {@code wanted}; others stay. */
  int syncMemberships(String userId, Set<String> wanted, Set<String> managedGroups) {
    Set<String> current =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .collect(Collectors.toSet());
    int changed = 0;
    for (String groupId : wanted) {
      if (!current.contains(groupId)) {
        identityService.createMembership(userId, groupId);
        changed++;
      }
    }
    for (String groupId : current) {
      if (managedGroups.contains(groupId) && !wanted.contains(groupId)) {
        identityService.deleteMembership(userId, groupId);
        releaseTasks(userId, tasksHeldBy(userId, groupId));
        changed++;
      }
    }
    return changed;
  }

  /**
   * The open tasks an officer holds or once held, of one unit ({@code groupId}) or of any: assigned
   * to them now, or carrying a permission the engine gave them when they claimed it or it was
   * assigned to them. The engine never takes such a permission back (unclaim, reassignment), so
   * without this a task the officer claimed and unclaimed stays theirs to read, claim and complete.
   */
  private List<Task> tasksHeldBy(String userId, String groupId) {
    String[] granted =
        authorizationService.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK).list().stream()
            .map(Authorization::getResourceId)
            .distinct()
            .toArray(String[]::new);
    List<TaskQuery> queries = new ArrayList<>(List.of(taskService.createTaskQuery().taskAssignee(userId)));
    if (granted.length > 0) {
      queries.add(taskService.createTaskQuery().taskIdIn(granted));
    }
    Map<String, Task> tasks = new LinkedHashMap<>();
    for (TaskQuery query : queries) {
      if (groupId != null) {
        query.taskCandidateGroup(groupId).includeAssignedTasks();
      }
      query.list().forEach(task -> tasks.putIfAbsent(task.getId(), task));
    }
    return List.copyOf(tasks.values());
  }

  /**
   * An officer who left a unit (or the organisation) gives back the unit's open tasks they held:
   * those assigned to them are unassigned (the unit's again), and every permission the engine gave
   * the officer on each of them (task and its history) is removed, so they can no longer read,
   * claim or complete them.
   */
  private void releaseTasks(String userId, List<Task> tasks) {
    for (Task task : tasks) {
      if (!userId.equals(task.getAssignee())) {
        LOG.info("Task '{}' ({}): permissions of '{}', who held it once and left its unit, removed",
            task.getName(), task.getId(), userId);
      } else if (task.isSuspended()) {
        // a suspended task cannot change; its permissions still go, so the officer loses access
        LOG.warn("Task '{}' ({}) of a suspended instance stays assigned to '{}', who left its unit",
            task.getName(), task.getId(), userId);
      } else {
        taskService.setAssignee(task.getId(), null);
        LOG.info("Task '{}' ({}) given back by '{}', who left its unit", task.getName(), task.getId(), userId);
      }
      for (Authorization authorization :
          authorizationService.createAuthorizationQuery().userIdIn(userId).resourceId(task.getId()).list()) {
        authorizationService.deleteAuthorization(authorization.getId());
      }
    }
  }

  int syncAuthorizations(String groupId, List<Grant> wanted) {
    return GroupAuthorizations.sync(authorizationService, groupId, wanted);
  }

  private int removeWhatLeft(Organisation organisation) {
    int removed = 0;
    Set<String> userIds =
        organisation.users().stream().map(Organisation.Member::id).collect(Collectors.toSet());
    for (String id : managed.ids(Kind.USER)) {
      if (!userIds.contains(id)) {
        releaseTasks(id, tasksHeldBy(id, null));
        identityService.deleteUser(id);
        managed.remove(Kind.USER, id);
        LOG.info("User '{}' is no longer in the organisation file: removed", id);
        removed++;
      }
    }
    Set<String> groupIds =
        organisation.groups().stream().map(Organisation.Group::id).collect(Collectors.toSet());
    for (String id : managed.ids(Kind.GROUP)) {
      if (!groupIds.contains(id)) {
        for (Authorization authorization :
            authorizationService.createAuthorizationQuery().groupIdIn(id).list()) {
          authorizationService.deleteAuthorization(authorization.getId());
        }
        identityService.deleteGroup(id);
        managed.remove(Kind.GROUP, id);
        LOG.info("Group '{}' is no longer in the organisation file: removed", id);
        removed++;
      }
    }
    return removed;
  }

  private static void copy(Organisation.Member member, User user) {
    user.setFirstName(member.firstName());
    user.setLastName(member.lastName());
    user.setEmail(member.email());
  }

  private static boolean same(Organisation.Member member, User user) {
    return member.firstName().equals(user.getFirstName())
        && member.lastName().equals(user.getLastName())
        && java.util.Objects.equals(member.email(), user.getEmail());
  }
}
