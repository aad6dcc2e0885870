package vn.kstthc.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call a path of the application. Every endpoint has one, listed in {@code
 * docs/endpoint-rules.md} (checked by {@code EndpointRulesTest}); {@link SecurityConfiguration}
 * applies them. A refused caller gets 403 with the rule's Vietnamese message (401 when not logged in).
 */
public enum AccessRule {
  /** Anyone, without logging in (public pages, rate-limited; health). */
  ANONYMOUS(null, authentication -> true),
  /** Left to Camunda's own authentication: the webapps (with their static files), {@code /engine-rest}. */
  CAMUNDA(null, authentication -> true),
  /** Any user of the engine (officer, supervisor, process owner, administrator) but an integration client. */
  OFFICER("Tài khoản tích hợp chỉ được gửi phản ánh, kiến nghị qua POST /api/pakn.", CallerAuthentication::isOfficer),
  /** An officer of the Văn phòng Sở or an administrator: changes to the TTHC catalogue. */
  EDITOR("Chỉ Văn phòng Sở và quản trị viên được thay đổi danh mục TTHC.", CallerAuthentication::isCatalogueEditor),
  /** An integration client (a user in a group of kind {@code integration}). */
  INTEGRATION(
      "Chỉ tài khoản tích hợp (nhóm loại integration) được gửi phản ánh, kiến nghị qua API này.",
      CallerAuthentication::isIntegrationClient),
  /** Nobody: every path the application does not mean to serve. */
  DENIED("Ứng dụng không phục vụ đường dẫn này.", authentication -> false);

  /** The request attribute naming the rule that refused the request (read for the 403 message). */
  static final String REFUSED_BY = AccessRule.class.getName() + ".refusedBy";

  private final String refusal;
  private final Predicate<Authentication> allows;

  AccessRule(String refusal, Predicate<Authentication> allows) {
    this.refusal = refusal;
    this.allows = allows;
  }

  /** What a refused caller reads. */
  public String refusal() {
    return refusal;
  }

  public boolean allows(Authentication authentication) {
    return authentication != null && allows.test(authentication);
  }

  /** This rule for Spring Security's {@code access(...)}: remembers on the request that it refused. */
  AuthorizationManager<RequestAuthorizationContext> manager() {
    return new AuthorizationManager<>() {
      @Override
      @SuppressWarnings("deprecation") // check is still the method to implement in Spring Security 6.5
      public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        boolean granted = allows(authentication.get());
        if (!granted) {
          context.getRequest().setAttribute(REFUSED_BY, AccessRule.this);
        }
        return new AuthorizationDecision(granted);
      }
    };
  }

  static AccessRule refusedBy(HttpServletRequest request) {
    return request.getAttribute(REFUSED_BY) instanceof AccessRule rule ? rule : DENIED;
  }
}
