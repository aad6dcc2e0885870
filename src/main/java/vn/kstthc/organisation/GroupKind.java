package vn.kstthc.organisation;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a group is for; its authorizations follow from it (see {@link AuthorizationPlan}). Written
 * in the organisation file as {@code kind: officers} and stored as the Camunda group's type.
 */
public enum GroupKind {
  /** A unit whose members work on tasks in Tasklist (Văn phòng, phòng chuyên môn, lãnh đạo...). */
  OFFICERS,
  /** Supervisors (giám sát): read every instance and its history in Cockpit, act on none. */
  SUPERVISORS,
  /** Process owners (chủ quy trình): deploy models, e.g. from Camunda Modeler. */
  PROCESS_OWNERS,
  /** Administrators: everything, including Admin (users, groups, authorizations). */
  ADMINISTRATORS,
  /**
   * Integration clients (a province's portal, its hotline application): no webapp and no right in
   * the engine; they may only submit petitions through {@code POST /api/pakn}.
   */
  INTEGRATION;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static GroupKind fromCode(String code) {
    return Arrays.stream(values())
        .filter(kind -> kind.code().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown kind '" + code + "' (expected one of: officers, supervisors, "
                        + "process-owners, administrators, integration)"));
  }
}
