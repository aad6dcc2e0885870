package vn.kstthc.organisation;

import java.security.SecureRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Passwords nobody knows, valid under the engine's password policy. */
final class Passwords {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String[] CLASSES = {
    "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnopqrstuvwxyz", "23456789", "!#%+-=?@_"
  };

  private Passwords() {}

  /**
   * 24 characters from the four classes the policy asks for, and none of the user's own data
   * (the policy refuses a password containing the login or a name). Officers of a province file
   * get one and receive their real password from the administrator (Admin, "Đổi mật khẩu").
   */
  static String random(IdentityService identityService, String userId, String firstName, String lastName, String email) {
    User user = identityService.newUser(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    String password;
    do {
      password = characters();
    } while (!identityService.checkPasswordAgainstPolicy(password, user).isValid());
    return password;
  }

  private static String characters() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      String chars = CLASSES[i % CLASSES.length];
      password.append(chars.charAt(RANDOM.nextInt(chars.length())));
    }
    for (int i = password.length() - 1; i > 0; i--) {
      int j = RANDOM.nextInt(i + 1);
      char c = password.charAt(i);
      password.setCharAt(i, password.charAt(j));
      password.setCharAt(j, c);
    }
    return password.toString();
  }
}
