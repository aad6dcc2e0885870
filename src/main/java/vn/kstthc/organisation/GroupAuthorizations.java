package vn.kstthc.organisation;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import vn.kstthc.organisation.AuthorizationPlan.Grant;

/** Makes a group's managed GRANT authorizations exactly the wanted ones (idempotent diff). */
final class GroupAuthorizations {

  private GroupAuthorizations() {}

  /** The group's managed GRANT authorizations become exactly {@code wanted}. */
  static int sync(AuthorizationService authorizationService, String groupId, List<Grant> wanted) {
    Map<String, Grant> wantedByKey = new HashMap<>();
    for (Grant grant : wanted) {
      wantedByKey.put(key(grant.resource().resourceType(), grant.resourceId()), grant);
    }
    int changed = 0;
    Set<String> present = new HashSet<>();
    for (Authorization existing : managed(authorizationService, groupId)) {
      String key = key(existing.getResourceType(), existing.getResourceId());
      Grant grant = wantedByKey.get(key);
      if (grant == null || present.contains(key)) {
        authorizationService.deleteAuthorization(existing.getId());
        changed++;
        continue;
      }
      present.add(key);
      AuthorizationEntity entity = (AuthorizationEntity) existing;
      if (entity.getPermissions() != grant.mask()) {
        entity.setPermissions(grant.mask());
        authorizationService.saveAuthorization(entity);
        changed++;
      }
    }
    for (Grant grant : wanted) {
      if (!present.contains(key(grant.resource().resourceType(), grant.resourceId()))) {
        Authorization authorization =
            authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(grant.resource());
        authorization.setResourceId(grant.resourceId());
        grant.permissions().forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
        changed++;
      }
    }
    return changed;
  }

  /**
   * The group's GRANT authorizations this plan owns ({@link AuthorizationPlan#isManaged}), read as
   * such: a unit also holds the engine's grants on every task it was a candidate for, kept with the
   * history (two per task), and reading those too made a start with a province's history (a
   * million dossiers) run out of memory.
   */
  static Collection<Authorization> managed(AuthorizationService authorizationService, String groupId) {
    Map<String, Authorization> byId = new LinkedHashMap<>();
    for (AuthorizationQuery query : List.of(
        authorizationService.createAuthorizationQuery().resourceId(Authorization.ANY),
        authorizationService.createAuthorizationQuery().resourceType(Resources.APPLICATION),
        authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_DEFINITION))) {
      query.groupIdIn(groupId).authorizationType(Authorization.AUTH_TYPE_GRANT).list()
          .forEach(authorization -> byId.putIfAbsent(authorization.getId(), authorization));
    }
    return byId.values();
  }

  private static String key(int resourceType, String resourceId) {
    return resourceType + "/" + resourceId;
  }
}
