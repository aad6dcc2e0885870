package vn.kstthc.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Fills the unit fields of a deployed Camunda Form with the organisation's units as the form is
 * fetched ({@code GET .../task/{id}/deployed-form}, {@code .../deployed-start-form}) by Tasklist or
 * Modeler's form preview: see {@link UnitChoices}. Tasklist gives a start form no variables, so
 * a list held in a variable ({@code valuesKey}) could not fill a start form; the schema can.
 */
public class UnitChoicesFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEPLOYED_FORM = Pattern.compile(
      "(?:/engine/[^/]+)?/(task/[^/]+/deployed-form|process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/deployed-start-form)");

  private final UnitChoices units;
  private final List<String> mounts;

  public UnitChoicesFilter(UnitChoices units, List<String> mounts) {
    this.units = units;
    this.mounts = List.copyOf(mounts);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String mount : mounts) {
      if (path.startsWith(mount + "/") && DEPLOYED_FORM.matcher(path.substring(mount.length())).matches()) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, held);
    byte[] body = held.getContentAsByteArray();
    if (held.getStatus() == 200 && body.length > 0) {
      try {
        JsonNode form = JSON.readTree(body);
        if (form != null && units.fill(form.path("components"))) {
          held.resetBuffer();
          held.getOutputStream().write(JSON.writeValueAsBytes(form));
        }
      } catch (IOException e) {
        // Not a Camunda Form (an embedded HTML form, say): sent as it is.
      }
    }
    held.copyBodyToResponse();
  }
}
