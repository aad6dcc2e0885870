package vn.kstthc.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers Camunda's webapps do not send: {@code Referrer-Policy: same-origin} on every answer (a
 * link out of Tasklist does not carry the task's address), and {@code Cache-Control: no-store} on
 * HTML pages, so that a shared computer's browser keeps no copy of a page (Camunda sends
 * {@code no-cache}, which allows storing). A page is recognised by its content type, set before
 * its body.
 */
public class PageHeadersFilter extends OncePerRequestFilter {

  static final String REFERRER_POLICY = "same-origin";
  static final String NO_STORE = "no-store";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Referrer-Policy", REFERRER_POLICY);
    chain.doFilter(request, new HtmlNotStored(response));
  }

  /** Sets no-store when the answer turns out to be HTML, and keeps it over other filters' values. */
  private static final class HtmlNotStored extends HttpServletResponseWrapper {
    private boolean html;

    HtmlNotStored(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setContentType(String type) {
      super.setContentType(type);
      if (type != null && type.startsWith("text/html")) {
        html = true;
        super.setHeader("Cache-Control", NO_STORE);
      }
    }

    @Override
    public void setHeader(String name, String value) {
      if (!(html && "Cache-Control".equalsIgnoreCase(name))) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!(html && "Cache-Control".equalsIgnoreCase(name))) {
        super.addHeader(name, value);
      }
    }
  }
}
