package vn.kstthc.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * One database transaction per writing {@code /engine-rest} request. Camunda's REST resources often
 * run several engine commands for one call (starting by key first looks the definition up, then
 * starts it), each in its own transaction; the engine joins a Spring transaction that is already
 * open, so here they share one: fewer commits, one WAL flush per officer action, and a call that
 * fails leaves nothing half done.
 *
 * <p>The answer is held back until the commit: a client never sees success for work that was
 * rolled back, and reads its own writes right after. Left alone: reads ({@code GET}, {@code
 * HEAD}: nothing to gain, large lists), executing a job by hand ({@code /job/{id}/execute}: the
 * engine must record the failure in its own transaction) and the long-polling external task
 * fetch.
 */
public class RestApiTransactionFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RestApiTransactionFilter.class);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final PlatformTransactionManager transactionManager;

  public RestApiTransactionFilter(PlatformTransactionManager transactionManager) {
    this.transactionManager = transactionManager;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return READS.contains(request.getMethod())
        || path.matches(".*/job/[^/]+/execute$")
        || path.endsWith("/external-task/fetchAndLock");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
    TransactionStatus transaction = transactionManager.getTransaction(new DefaultTransactionDefinition());
    try {
      chain.doFilter(request, held);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      rollback(transaction);
      throw e;
    }
    if (transaction.isRollbackOnly() || held.getStatus() >= 500) {
      rollback(transaction);
      held.copyBodyToResponse();
      return;
    }
    try {
      transactionManager.commit(transaction);
    } catch (TransactionException e) {
      LOG.warn("Commit of {} {} failed", request.getMethod(), request.getRequestURI(), e);
      response.reset();
      response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      response.setContentType("application/json");
      response.getWriter().write("{\"type\":\"ProcessEngineException\",\"message\":\"Không lưu được thay đổi, vui lòng thử lại\"}");
      return;
    }
    held.copyBodyToResponse();
  }

  private void rollback(TransactionStatus transaction) {
    if (!transaction.isCompleted()) {
      transactionManager.rollback(transaction);
    }
  }
}
