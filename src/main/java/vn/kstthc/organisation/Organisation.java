package vn.kstthc.organisation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation as described in the organisation file: its groups (units and roles) and users.
 * Immutable; read by {@link OrganisationReader}, applied to the engine by {@link
 * OrganisationSynchronizer}, and asked by other features (who heads a unit, who may start what).
 */
public record Organisation(List<Group> groups, List<Member> users, Map<String, List<String>> roles) {

  public Organisation {
    groups = List.copyOf(groups);
    users = List.copyOf(users);
    Map<String, List<String>> copy = new LinkedHashMap<>();
    roles.forEach((role, groupIds) -> copy.put(role, List.copyOf(groupIds)));
    roles = Collections.unmodifiableMap(copy);
  }

  public Organisation(List<Group> groups, List<Member> users) {
    this(groups, users, Map.of());
  }

  /**
   * The groups that hold a functional role ({@code tiep-nhan-pakn}, {@code cong-thong-tin}...): a
   * BPMN names the role, the organisation file says which units hold it in this province.
   */
  public List<String> roleGroups(String role) {
    return roles.getOrDefault(role, List.of());
  }

  /**
   * A group of the engine: a unit (one per Văn phòng, phòng chuyên môn, commune...) or a role.
   *
   * @param id public contract of the BPMN ({@code van-phong-so}, {@code phong-quan-ly-khoa-hoc})
   * @param name Vietnamese name shown in Tasklist and Admin
   * @param kind decides the group's authorizations
   * @param head user id of the unit's head (trưởng đơn vị), told about escalations; may be null
   * @param starts keys of the processes members may start from Tasklist
   * @param escalateTo groups told (with the head) when a task of this group is overdue; empty:
   *     the platform's {@code kstthc.deadlines.escalation-group} (the Văn phòng Sở). A province
   *     sets it for groups outside the Sở, e.g. a commune escalates to its own office.
   */
  public record Group(
      String id, String name, GroupKind kind, String head, List<String> starts, List<String> escalateTo) {
    public Group {
      starts = List.copyOf(starts);
      escalateTo = List.copyOf(escalateTo);
    }

    public Group(String id, String name, GroupKind kind, String head, List<String> starts) {
      this(id, name, kind, head, starts, List.of());
    }
  }

  /**
   * An officer.
   *
   * @param id login (ASCII)
   * @param name full Vietnamese name, family name first ("Nguyễn Văn An")
   * @param title position, e.g. "Chuyên viên Văn phòng Sở"
   * @param groups ids of the groups the officer belongs to
   */
  public record Member(String id, String name, String email, String title, List<String> groups) {
    public Member {
      groups = List.copyOf(groups);
    }

    /**
     * Camunda shows {@code firstName + " " + lastName}: the family and middle names go first, the
     * given name last, so that "Nguyễn Văn An" reads in the Vietnamese order.
     */
    public String firstName() {
      int space = name.lastIndexOf(' ');
      return space < 0 ? name : name.substring(0, space);
    }

    public String lastName() {
      int space = name.lastIndexOf(' ');
      return space < 0 ? "" : name.substring(space + 1);
    }
  }

  public Map<String, Group> groupsById() {
    return groups.stream().collect(Collectors.toMap(Group::id, Function.identity()));
  }

  public Optional<Group> group(String id) {
    return groups.stream().filter(group -> group.id().equals(id)).findFirst();
  }

  public Optional<Member> user(String id) {
    return users.stream().filter(user -> user.id().equals(id)).findFirst();
  }

  /** Members of a group, in file order. */
  public List<Member> membersOf(String groupId) {
    return users.stream().filter(user -> user.groups().contains(groupId)).toList();
  }
}
