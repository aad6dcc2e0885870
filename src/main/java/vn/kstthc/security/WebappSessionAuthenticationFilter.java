package vn.kstthc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kstthc.platform.CachingBasicAuthenticationProvider.Caller;

/**
 * A reading request (GET, HEAD) without credentials is accepted from a logged-in webapp session
 * (Tasklist's), for the pages Tasklist shows from /api (the cases an officer started): an officer
 * does not log in twice. Only reads: a write from a session would need Camunda's CSRF token, which
 * /api does not check; and a page of another site cannot read the answer of a GET (no CORS). The
 * session is only read, never created; a user deleted since their login is not accepted.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private final ProcessEngine engine;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  WebappSessionAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (read && request.getHeader(HttpHeaders.AUTHORIZATION) == null && contexts.getContext().getAuthentication() == null) {
      String user = sessionUser(request);
      if (user != null) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(Caller.of(engine, user)));
        contexts.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

  /** The user logged in to a webapp in this request's session, if they still exist; else null. */
  private String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentication login =
        AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.getName());
    if (login == null || engine.getIdentityService().createUserQuery().userId(login.getIdentityId()).count() != 1) {
      return null;
    }
    return login.getIdentityId();
  }
}
