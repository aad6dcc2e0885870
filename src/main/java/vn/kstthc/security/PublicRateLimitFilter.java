package vn.kstthc.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Public pages ({@code /public/**}) are served to anyone, a limited number of times per client
 * address ({@link TokenBuckets}); beyond, 429 with a Vietnamese message and {@code Retry-After}.
 * The address is the connection's ({@code getRemoteAddr}): behind a reverse proxy, set {@code
 * server.forward-headers-strategy: native} so that it is the client's, not the proxy's.
 */
class PublicRateLimitFilter extends OncePerRequestFilter {

  static final String TOO_MANY = "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn: vui lòng thử lại sau ít phút.";

  private final TokenBuckets buckets;

  PublicRateLimitFilter(TokenBuckets buckets) {
    this.buckets = buckets;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long wait = buckets.take(request.getRemoteAddr());
    if (wait == 0) {
      chain.doFilter(request, response);
      return;
    }
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(TimeUnit.NANOSECONDS.toSeconds(wait) + 1));
    JsonRefusals.write(response, HttpStatus.TOO_MANY_REQUESTS.value(), TOO_MANY);
  }
}
