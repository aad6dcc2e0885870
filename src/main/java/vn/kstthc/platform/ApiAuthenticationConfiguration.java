package vn.kstthc.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code /api/*} (the application's own REST API) is authenticated as {@code /engine-rest} is:
 * HTTP Basic against the engine's users, through Camunda's filter and the same remembering
 * provider, so a call runs as the officer ({@code IdentityService.getCurrentAuthentication()}).
 * Anything under /api without valid credentials gets 401, with a JSON body in Vietnamese.
 *
 * <p>A reading request (GET) without credentials is also accepted from a logged-in webapp session
 * (Tasklist's), for the pages Tasklist shows from /api (the cases an officer started): an officer
 * does not log in twice. Only reads: a write from a session would need Camunda's CSRF token, which
 * /api does not check; and a page of another site cannot read the answer of a GET (no CORS).
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthenticationConfiguration {

  static final String UNAUTHENTICATED =
      "{\"message\":\"Chưa đăng nhập: hãy gửi tên đăng nhập và mật khẩu (HTTP Basic).\"}";

  @Bean
  FilterRegistrationBean<Filter> apiAuthenticationFilter(CachingBasicAuthenticationProvider provider) {
    AuthenticationProvider withJsonChallenge = new AuthenticationProvider() {
      @Override
      public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        if (request.getHeader("Authorization") == null && "GET".equals(request.getMethod())) {
          String sessionUser = webappSessionUser(request, engine);
          if (sessionUser != null) {
            return AuthenticationResult.successful(sessionUser);
          }
        }
        return provider.extractAuthenticatedUser(request, engine);
      }

      @Override
      public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        provider.augmentResponseByAuthenticationChallenge(response, engine);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
          response.getWriter().write(UNAUTHENTICATED);
        } catch (IOException e) {
          // the status and the challenge header are already set
        }
      }
    };
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            new ProcessEngineAuthenticationFilter() {
              @Override
              public void init(FilterConfig filterConfig) {
                authenticationProvider = withJsonChallenge;
                // the whole path is checked: /api is served by Spring MVC's "/" servlet, and
                // Camunda's exception for "/engine" (its engine list) must not apply here
                servletPathPrefix = "";
              }
            });
    registration.setName("kstthc-api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** The user logged in to a webapp in this request's session, if they still exist; else null. */
  static String webappSessionUser(HttpServletRequest request, ProcessEngine engine) {
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
