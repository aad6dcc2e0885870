package vn.kstthc.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One database transaction per {@code /engine-rest} request. Camunda's REST resources often run
 * several engine commands for one call (starting by key first looks the definition up, then
 * starts it), each in its own transaction; the engine joins a Spring transaction that is already
 * open, so here they share one: fewer commits, one WAL flush per officer action, and a call that
 * fails leaves nothing half done. An error that marks the transaction rollback-only rolls it back
 * after the REST layer has written its error answer.
 */
public class RestApiTransactionFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RestApiTransactionFilter.class);

  private final PlatformTransactionManager transactionManager;

  public RestApiTransactionFilter(PlatformTransactionManager transactionManager) {
    this.transactionManager = transactionManager;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    TransactionStatus transaction = transactionManager.getTransaction(new DefaultTransactionDefinition());
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException | Error e) {
      rollback(transaction);
      throw e;
    }
    if (transaction.isRollbackOnly()) {
      rollback(transaction);
      return;
    }
    try {
      transactionManager.commit(transaction);
    } catch (TransactionException e) {
      LOG.warn("Commit of {} {} failed: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
      if (!response.isCommitted()) {
        response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
      }
    }
  }

  private void rollback(TransactionStatus transaction) {
    if (!transaction.isCompleted()) {
      transactionManager.rollback(transaction);
    }
  }
}
