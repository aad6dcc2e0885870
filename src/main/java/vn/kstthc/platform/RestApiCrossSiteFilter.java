package vn.kstthc.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a writing {@code /engine-rest} or {@code /api} call (the latter in the chains of {@code
 * vn.kstthc.security}) that a browser makes on behalf of another site
 * (cross-site request forgery). Browsers remember HTTP Basic credentials and send them with any
 * request to the server, and a multipart form (a deployment, i.e. code run by the engine) or a
 * plain POST needs no CORS preflight: a page elsewhere could write with an officer's rights.
 *
 * <p>The rule, for methods other than GET, HEAD and OPTIONS without an {@value #CUSTOM_HEADER}
 * header: refused when the {@code Origin} header names another site than this server (its {@code
 * Host}, or {@code kstthc.notification.public-url}), or, without {@code Origin}, when {@code
 * Sec-Fetch-Site} is {@code cross-site} or {@code same-site}. Left working: scripts and curl (no
 * {@code Origin}), Camunda Modeler (an Electron app: its pages are {@code file://}, which no web
 * page can claim, and it sends {@code Origin: file://}), and any client that adds {@value
 * #CUSTOM_HEADER} (a page of another site cannot: that header needs a CORS preflight, which this
 * server never grants). {@code Origin: null} (sandboxed frames) is refused.
 */
public class RestApiCrossSiteFilter extends OncePerRequestFilter {

  static final String CUSTOM_HEADER = "X-Requested-By";

  private static final Logger LOG = LoggerFactory.getLogger(RestApiCrossSiteFilter.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final String REFUSAL =
      "{\"type\":\"Forbidden\",\"message\":\"Yêu cầu ghi từ một trang web khác bị từ chối (chống giả mạo yêu cầu "
          + "liên trang); công cụ và script hãy gửi thêm tiêu đề " + CUSTOM_HEADER + ". / Cross-site write refused; "
          + "tools and scripts may send an " + CUSTOM_HEADER + " header.\"}";

  private final String publicOrigin;

  /** @param publicUrl the address officers open the application at */
  public RestApiCrossSiteFilter(String publicUrl) {
    URI uri = URI.create(publicUrl);
    this.publicOrigin = uri.getScheme() + "://" + uri.getRawAuthority();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!refused(request)) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warn(
        "Cross-site {} {} refused (Origin: {}, Sec-Fetch-Site: {})",
        request.getMethod(), request.getRequestURI(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(REFUSAL);
  }

  boolean refused(HttpServletRequest request) {
    if (READS.contains(request.getMethod()) || request.getHeader(CUSTOM_HEADER) != null) {
      return false;
    }
    String origin = request.getHeader("Origin");
    if (origin != null) {
      return !(origin.startsWith("file://") || origin.equalsIgnoreCase(publicOrigin) || isHost(origin, request.getHeader("Host")));
    }
    String site = request.getHeader("Sec-Fetch-Site");
    return "cross-site".equals(site) || "same-site".equals(site);
  }

  private static boolean isHost(String origin, String host) {
    int scheme = origin.indexOf("://");
    return host != null && scheme > 0 && origin.substring(scheme + 3).equalsIgnoreCase(host);
  }
}
