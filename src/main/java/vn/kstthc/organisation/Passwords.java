package vn.kstthc.organisation;

import java.security.SecureRandom;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/** Passwords nobody knows, valid under the engine's password policy; the policy's rules in words. */
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

  /**
   * The rules a password breaks, in Vietnamese. The engine names a rule only by a placeholder for
   * the webapps' translations (e.g. {@code PASSWORD_POLICY_USER_DATA}) and its parameters.
   */
  static String violations(PasswordPolicyResult result) {
    return result.getViolatedRules().stream().map(Passwords::describe).collect(Collectors.joining("; "));
  }

  private static String describe(PasswordPolicyRule rule) {
    Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case PasswordPolicyLengthRuleImpl.PLACEHOLDER -> "cần ít nhất " + parameters.get("minLength") + " ký tự";
      case PasswordPolicyLowerCaseRuleImpl.PLACEHOLDER -> "cần ít nhất " + parameters.get("minLowerCase") + " chữ thường";
      case PasswordPolicyUpperCaseRuleImpl.PLACEHOLDER -> "cần ít nhất " + parameters.get("minUpperCase") + " chữ hoa";
      case PasswordPolicyDigitRuleImpl.PLACEHOLDER -> "cần ít nhất " + parameters.get("minDigit") + " chữ số";
      case PasswordPolicySpecialCharacterRuleImpl.PLACEHOLDER ->
          "cần ít nhất " + parameters.get("minSpecial") + " ký tự đặc biệt";
      case PasswordPolicyUserDataRuleImpl.PLACEHOLDER ->
          "không được chứa tên đăng nhập, họ, tên hay địa chỉ e-mail của tài khoản";
      default -> "không đạt quy tắc " + rule.getPlaceholder() + " " + parameters;
    };
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
