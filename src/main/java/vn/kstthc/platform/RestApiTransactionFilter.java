package vn.kstthc.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One database transaction per writing call of the REST API, on both its copies: {@code
 * /engine-rest} (scripts, Modeler) and the webapps' {@code /camunda/api/engine} (Tasklist's
 * completions, Cockpit's and Admin's changes). Camunda's REST resources often run several engine
 * commands for one call (starting by key first looks the definition up, the form contract reads
 * the task's form), each in its own transaction; the engine joins a Spring transaction that is
 * already open, so here they share one connection and one commit, and a call that fails leaves
 * nothing half done.
 *
 * <p>The request body is read into memory first (at most {@code maxBodyBytes}, else 413), so a
 * slow client or a large upload holds no connection of the pool. The answer is held back until the
 * commit, and it is honest: a 5xx, or a 4xx from a command that failed (the transaction is
 * rollback-only), is sent as it is and everything the call wrote is rolled back; any other 4xx is
 * committed, as the engine decided (a wrong current password in Admin still counts towards the
 * account's lock); a success whose transaction was marked rollback-only, or any answer whose commit
 * fails, becomes a 500 in Vietnamese, never the buffered answer.
 *
 * <p>Left alone: reads ({@code GET}, {@code HEAD}, and Camunda's queries sent as {@code POST},
 * {@link #QUERIES}: their results can be large and are streamed, with no transaction held),
 * executing a job by hand ({@code /job/{id}/execute}: the engine must record the failure in its
 * own transaction) and the long-polling external task fetch.
 */
public class RestApiTransactionFilter extends OncePerRequestFilter {

  /**
   * Camunda 7.24's queries sent as {@code POST} (below the REST root, after an optional {@code
   * /engine/{name}}): a list and its {@code /count}, a saved filter's results. Not {@code
   * /task/create} and the like, which write.
   */
  static final Pattern QUERIES = Pattern.compile(
      "(?:/engine/[^/]+)?/(?:"
          + "(?:task|process-instance|execution|variable-instance|job|job-definition|external-task|group"
          + "|case-instance|case-execution|history/(?:activity-instance|variable-instance|process-instance"
          + "|job-log|task|external-task-log|case-instance))(?:/count)?"
          + "|history/detail|schema/log|filter/[^/]+/(?:list|count|singleResult))");

  private static final Pattern NOT_WRAPPED =
      Pattern.compile("(?:/engine/[^/]+)?/(?:job/[^/]+/execute|external-task/fetchAndLock)");
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Logger LOG = LoggerFactory.getLogger(RestApiTransactionFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MB = 1024 * 1024;

  private final PlatformTransactionManager transactionManager;
  private final List<String> mounts;
  private final int maxBodyBytes;

  /**
   * @param mounts the paths the REST API is served under, e.g. {@code /engine-rest} and {@code
   *     /camunda/api/engine}
   * @param maxBodyBytes the biggest request body accepted (Spring's {@code
   *     spring.servlet.multipart.max-request-size})
   */
  public RestApiTransactionFilter(PlatformTransactionManager transactionManager, List<String> mounts, int maxBodyBytes) {
    this.transactionManager = transactionManager;
    this.mounts = List.copyOf(mounts);
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = resourcePath(request);
    return READS.contains(request.getMethod())
        || path == null
        || NOT_WRAPPED.matcher(path).matches()
        || "POST".equals(request.getMethod()) && QUERIES.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getContentLengthLong() > maxBodyBytes
        ? null
        : request.getInputStream().readNBytes(maxBodyBytes + 1);
    if (body == null || body.length > maxBodyBytes) {
      answer(response, 413, "InvalidRequestException", "Dữ liệu gửi lên quá lớn (tối đa " + size(maxBodyBytes) + ").");
      return;
    }
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    TransactionStatus transaction = transactionManager.getTransaction(new DefaultTransactionDefinition());
    try {
      chain.doFilter(new BufferedBodyRequest(request, body), held);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      rollback(transaction);
      throw e;
    }
    int status = held.getStatus();
    if (status >= 500 || status >= 400 && transaction.isRollbackOnly()) {
      // Failed, or refused by a failing command: the answer says so and nothing of the call is kept.
      rollback(transaction);
      held.copyBodyToResponse();
      return;
    }
    try {
      if (transaction.isRollbackOnly()) {
        rollback(transaction);
        LOG.warn("{} {} answered {} but its transaction was rolled back",
            request.getMethod(), request.getRequestURI(), held.getStatus());
        notSaved(response);
        return;
      }
      transactionManager.commit(transaction);
    } catch (TransactionException e) {
      LOG.warn("Commit of {} {} failed", request.getMethod(), request.getRequestURI(), e);
      notSaved(response);
      return;
    }
    held.copyBodyToResponse();
  }

  private void rollback(TransactionStatus transaction) {
    if (!transaction.isCompleted()) {
      transactionManager.rollback(transaction);
    }
  }

  private static void notSaved(HttpServletResponse response) throws IOException {
    response.reset();
    answer(response, 500, "ProcessEngineException",
        "Không lưu được thay đổi: thao tác đã được hủy toàn bộ, vui lòng thử lại.");
  }

  /** An answer in Camunda's error shape (type, message), which Tasklist and Cockpit show. */
  private static void answer(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("type", type);
    error.put("message", message);
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    response.getOutputStream().write(JSON.writeValueAsBytes(error));
  }

  private static String size(long bytes) {
    return bytes % MB == 0 ? bytes / MB + " MB" : bytes / 1024 + " KB";
  }

  /** The path below the REST API's root, or null when the request is not for it. */
  private String resourcePath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String mount : mounts) {
      if (path.startsWith(mount + "/")) {
        return path.substring(mount.length());
      }
    }
    return null;
  }
}
