package vn.kstthc.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * REVOKE authorizations have no effect here ({@code authorization-check-revokes: never}, see
 * application.yaml), yet Camunda Admin lets an administrator create them: one would believe a
 * right withdrawn that is not. Every start lists those found in the log, in Vietnamese and English.
 */
@Component
class RevokeAuthorizations implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RevokeAuthorizations.class);

  private final AuthorizationService authorizationService;

  RevokeAuthorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    warnIfAny();
  }

  /** Logs a warning listing every REVOKE authorization; returns them. */
  List<Authorization> warnIfAny() {
    List<Authorization> revokes =
        authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).list();
    if (!revokes.isEmpty()) {
      LOG.warn(
          "Có {} quyền loại REVOKE (thu hồi) trong cơ sở dữ liệu. Hệ thống KHÔNG áp dụng quyền thu hồi "
              + "(authorization-check-revokes: never): hãy xóa chúng trong Admin và thu hẹp các quyền GRANT. / "
              + "{} REVOKE authorizations found; they have NO effect here: delete them in Admin and narrow "
              + "the GRANT authorizations instead.\n{}",
          revokes.size(),
          revokes.size(),
          revokes.stream().map(RevokeAuthorizations::describe).collect(Collectors.joining("\n")));
    }
    return revokes;
  }

  private static String describe(Authorization revoke) {
    String resource =
        Arrays.stream(Resources.values())
            .filter(r -> r.resourceType() == revoke.getResourceType())
            .map(Resources::resourceName)
            .findFirst()
            .orElse(String.valueOf(revoke.getResourceType()));
    String who = revoke.getUserId() != null ? "user " + revoke.getUserId() : "group " + revoke.getGroupId();
    return "  " + revoke.getId() + ": " + who + ", " + resource + " " + revoke.getResourceId();
  }
}
