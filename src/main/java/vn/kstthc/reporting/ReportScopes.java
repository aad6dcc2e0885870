package vn.kstthc.reporting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.kstthc.organisation.GroupKind;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.OrganisationService;

/**
 * The {@link ReportScope} of the caller ({@code IdentityService.getCurrentAuthentication()}, set by
 * the /api authentication): supervisors read every unit, anyone else the units they belong to.
 * Supervisors are the members of a group holding one of {@link ReportingProperties#supervisorRoles()}
 * in the organisation file (the Văn phòng as đầu mối KSTTHC, the leadership), or of a group of kind
 * supervisors or administrators. Decided from the organisation in force at each call, so an
 * officer who moves unit reads the new unit's rows at once.
 */
@Component
public class ReportScopes {

  private final IdentityService identityService;
  private final OrganisationService organisations;
  private final ReportingProperties properties;

  ReportScopes(IdentityService identityService, OrganisationService organisations, ReportingProperties properties) {
    this.identityService = identityService;
    this.organisations = organisations;
    this.properties = properties;
  }

  /** The caller's scope; nobody authenticated reads nothing. */
  public ReportScope current() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || caller.getGroupIds() == null) {
      return ReportScope.ofUnits(Set.of());
    }
    return of(caller.getGroupIds(), organisations.organisation(), properties.supervisorRoles());
  }

  static ReportScope of(List<String> groupIds, Organisation organisation, List<String> supervisorRoles) {
    Set<String> supervising = new HashSet<>();
    supervisorRoles.forEach(role -> supervising.addAll(organisation.roleGroups(role)));
    Set<String> units = new HashSet<>();
    for (String groupId : groupIds) {
      GroupKind kind = organisation.group(groupId).map(Organisation.Group::kind).orElse(null);
      if (supervising.contains(groupId) || kind == GroupKind.SUPERVISORS || kind == GroupKind.ADMINISTRATORS) {
        return ReportScope.everyUnit();
      }
      if (kind == GroupKind.OFFICERS) {
        units.add(groupId);
      }
    }
    return ReportScope.ofUnits(units);
  }
}
