package vn.kstthc.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The answers of a refused call, as JSON with a Vietnamese {@code message}: 401 with an HTTP Basic
 * challenge when the caller is not logged in (or the password is wrong), 403 with the message of
 * the {@link AccessRule} that refused a logged-in caller.
 */
final class JsonRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

  static final String UNAUTHENTICATED = "Chưa đăng nhập: hãy gửi tên đăng nhập và mật khẩu (HTTP Basic).";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kstthc\"");
    write(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHENTICATED);
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
      throws IOException {
    write(response, HttpServletResponse.SC_FORBIDDEN, AccessRule.refusedBy(request).refusal());
  }

  /** For paths nobody may call: 403 also when not logged in (logging in would not help). */
  static AuthenticationEntryPoint forbidden() {
    return (request, response, refused) ->
        write(response, HttpServletResponse.SC_FORBIDDEN, AccessRule.DENIED.refusal());
  }

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getWriter(), Map.of("message", message));
  }
}
