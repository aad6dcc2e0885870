package vn.kstthc.catalogue;

import java.util.Set;
import vn.kstthc.organisation.OrganisationProperties;

/**
 * Who may change the catalogue (import, decisions): the Văn phòng Sở and the administrators.
 * Every officer may read it. Enforced by the {@code EDITOR} rule of {@code vn.kstthc.security}; the
 * one place to change when roles replace groups.
 */
public final class CatalogueEditors {

  public static final Set<String> GROUPS = Set.of("van-phong-so", OrganisationProperties.ADMIN_GROUP);

  private CatalogueEditors() {}
}
