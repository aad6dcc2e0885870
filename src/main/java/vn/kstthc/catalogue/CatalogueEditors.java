package vn.kstthc.catalogue;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.kstthc.organisation.OrganisationProperties;

/**
 * Who may change the catalogue (import, decisions): the Văn phòng Sở and the administrators.
 * Every officer may read it. The one place to change when roles replace groups.
 */
final class CatalogueEditors {

  static final Set<String> GROUPS = Set.of("van-phong-so", OrganisationProperties.ADMIN_GROUP);

  private CatalogueEditors() {}

  static boolean allowed(Authentication authentication) {
    List<String> groups = authentication == null ? null : authentication.getGroupIds();
    return groups != null && groups.stream().anyMatch(GROUPS::contains);
  }
}
