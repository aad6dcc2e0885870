package vn.kstthc.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.kstthc.catalogue.CatalogueEditors;
import vn.kstthc.organisation.GroupKind;
import vn.kstthc.platform.CachingBasicAuthenticationProvider.Caller;

/**
 * A user of the engine, authenticated by HTTP Basic or by their Tasklist session. Authorities:
 * {@code ROLE_INTEGRATION} for a member of a group of kind {@code integration} (a client system,
 * which may do nothing else), {@code ROLE_OFFICER} for everyone else, and {@code GROUP_<id>} for
 * each group.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

  static final String OFFICER = "ROLE_OFFICER";
  static final String INTEGRATION = "ROLE_INTEGRATION";
  static final String GROUP = "GROUP_";

  private final transient Caller caller;

  public CallerAuthentication(Caller caller) {
    super(authorities(caller));
    this.caller = caller;
    setAuthenticated(true);
  }

  public Caller caller() {
    return caller;
  }

  @Override
  public Object getPrincipal() {
    return caller.userId();
  }

  /** The password is not kept once checked. */
  @Override
  public Object getCredentials() {
    return null;
  }

  static boolean isOfficer(Authentication authentication) {
    return has(authentication, OFFICER);
  }

  static boolean isIntegrationClient(Authentication authentication) {
    return has(authentication, INTEGRATION);
  }

  static boolean isCatalogueEditor(Authentication authentication) {
    return isOfficer(authentication) && CatalogueEditors.GROUPS.stream().anyMatch(group -> has(authentication, GROUP + group));
  }

  private static boolean has(Authentication authentication, String authority) {
    return authentication.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals(authority));
  }

  private static List<GrantedAuthority> authorities(Caller caller) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    // an account in an integration group is a client system, whatever else it belongs to
    authorities.add(new SimpleGrantedAuthority(
        caller.groupTypes().contains(GroupKind.INTEGRATION.code()) ? INTEGRATION : OFFICER));
    caller.groups().forEach(group -> authorities.add(new SimpleGrantedAuthority(GROUP + group)));
    return authorities;
  }
}
