package vn.kstthc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kstthc.platform.CachingBasicAuthenticationProvider.Caller;

/**
 * A permitted call runs as its caller in the engine too ({@code
 * IdentityService.getCurrentAuthentication()}: user, groups, tenants), as Camunda's REST filter
 * does for {@code /engine-rest}: the engine's authorizations then apply to what a controller
 * reads, and services see who calls. Placed after the authorization check.
 */
class EngineIdentityFilter extends OncePerRequestFilter {

  private final IdentityService identityService;

  EngineIdentityFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
    if (!(authentication instanceof CallerAuthentication caller)) {
      chain.doFilter(request, response);
      return;
    }
    Caller who = caller.caller();
    identityService.setAuthentication(who.userId(), who.groups(), who.tenants());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
