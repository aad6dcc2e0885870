package vn.kstthc.organisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * An officer's name as lists and reports show it: Camunda's {@code firstName + " " + lastName}
 * (the family and middle names first, see {@link Organisation}), without a part the directory
 * does not have; the user id when the directory has no name for him.
 */
public final class OfficerNames {

  private OfficerNames() {}

  /** The name of a user of the directory; the id itself for a user no longer there, or no id. */
  public static String of(IdentityService identity, String userId) {
    if (userId == null || userId.isEmpty()) {
      return userId;
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = (part(user.getFirstName()) + " " + part(user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  private static String part(String name) {
    return name == null ? "" : name.strip();
  }
}
