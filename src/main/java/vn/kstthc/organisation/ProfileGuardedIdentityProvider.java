package vn.kstthc.organisation;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store, with one rule more: changing a user's name or e-mail needs UPDATE on
 * all users (administrators). An officer holds UPDATE on their own account only so that they can
 * change their password (the engine checks the same permission for both, see {@link
 * OwnAccountAuthorization}); their name and e-mail, where notifications go, come from the
 * organisation file. Runs without an authenticated user (the organisation sync) are not checked.
 */
public class ProfileGuardedIdentityProvider extends DbIdentityServiceProvider {

  static final String REFUSED =
      "Họ tên và địa chỉ e-mail của cán bộ lấy từ tệp tổ chức, chỉ quản trị viên sửa được; "
          + "mỗi người chỉ tự đổi được mật khẩu của mình.";

  @Override
  public IdentityOperationResult saveUser(User user) {
    if (((UserEntity) user).getRevision() != 0
        && !getAuthorizationManager().isAuthorized(Permissions.UPDATE, Resources.USER, ANY)) {
      UserEntity stored = getDbEntityManager().selectById(UserEntity.class, user.getId());
      if (stored != null && !sameProfile(stored, user)) {
        throw new AuthorizationException(REFUSED);
      }
    }
    return super.saveUser(user);
  }

  private static boolean sameProfile(User stored, User changed) {
    return Objects.equals(stored.getFirstName(), changed.getFirstName())
        && Objects.equals(stored.getLastName(), changed.getLastName())
        && Objects.equals(stored.getEmail(), changed.getEmail());
  }
}
