package vn.kstthc.organisation;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * A managed user's authorization on their own account: READ and UPDATE, where the engine grants ALL
 * when it creates a user (its default "owner" authorization, which would let an officer delete their
 * account). UPDATE is what a password change needs; {@link ProfileGuardedIdentityProvider} keeps it
 * from changing the name or e-mail.
 */
final class OwnAccountAuthorization {

  static final int PERMISSIONS = Permissions.READ.getValue() | Permissions.UPDATE.getValue();

  private OwnAccountAuthorization() {}

  /** Makes the user's grant on their own account exactly READ and UPDATE; 1 when it changed. */
  static int sync(AuthorizationService authorizationService, String userId) {
    // at most one: the engine keeps one grant per user, resource type and id
    AuthorizationEntity own =
        (AuthorizationEntity)
            authorizationService.createAuthorizationQuery()
                .userIdIn(userId)
                .resourceType(Resources.USER)
                .resourceId(userId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
    if (own == null) {
      own = (AuthorizationEntity) authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      own.setUserId(userId);
      own.setResource(Resources.USER);
      own.setResourceId(userId);
    } else if (own.getPermissions() == PERMISSIONS) {
      return 0;
    }
    own.setPermissions(PERMISSIONS);
    authorizationService.saveAuthorization(own);
    return 1;
  }
}
