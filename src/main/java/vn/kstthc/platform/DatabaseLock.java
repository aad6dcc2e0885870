package vn.kstthc.platform;

import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in one transaction while holding a row lock of {@code kstthc_lock}: when several nodes
 * start on one database, the second waits for the first and then finds its work done, instead of
 * both creating the same users and failing on a duplicate key. Engine calls made inside join the
 * transaction, so the work is also all-or-nothing.
 */
@Component
public class DatabaseLock {

  public static final String ORGANISATION = "organisation";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  DatabaseLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  public <T> T withLock(String name, Supplier<T> work) {
    return transaction.execute(
        status -> {
          jdbc.queryForObject("select name from kstthc_lock where name = ? for update", String.class, name);
          return work.get();
        });
  }
}
