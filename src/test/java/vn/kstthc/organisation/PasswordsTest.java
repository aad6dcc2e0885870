package vn.kstthc.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyResultImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  /** As IdentityService.checkPasswordAgainstPolicy does it, with the engine's default policy. */
  private static PasswordPolicyResult check(String password, String userId) {
    List<PasswordPolicyRule> violated = new ArrayList<>();
    List<PasswordPolicyRule> fulfilled = new ArrayList<>();
    UserEntity user = new UserEntity(userId);
    for (PasswordPolicyRule rule : new DefaultPasswordPolicyImpl().getRules()) {
      (rule.execute(password, user) ? fulfilled : violated).add(rule);
    }
    return new PasswordPolicyResultImpl(violated, fulfilled);
  }

  @Test
  void aPasswordContainingTheLoginIsExplainedInVietnameseWithoutPlaceholders() {
    String message = Passwords.violations(check("Admin-admin-2026!", "admin"));
    assertThat(message)
        .isEqualTo("không được chứa tên đăng nhập, họ, tên hay địa chỉ e-mail của tài khoản")
        .doesNotContain("PASSWORD_POLICY", "null");
  }

  @Test
  void everyBrokenRuleIsNamedWithItsFigure() {
    assertThat(Passwords.violations(check("abc", "admin")))
        .isEqualTo("cần ít nhất 10 ký tự; cần ít nhất 1 chữ hoa; cần ít nhất 1 chữ số; cần ít nhất 1 ký tự đặc biệt");
  }
}
