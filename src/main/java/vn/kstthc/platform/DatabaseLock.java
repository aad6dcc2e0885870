package vn.kstthc.platform;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named locks in {@code kstthc_lock}, for work that several nodes on one database must not do at
 * the same time.
 *
 * <ul>
 *   <li>{@link #withLock}: work in one transaction under a row lock. The second node waits for the
 *       first and then finds its work done, instead of both creating the same users and failing on
 *       a duplicate key (start-up), or both opening the same report period (a report's start, whose
 *       lock is held until the start commits). Engine calls made inside join the transaction, so
 *       the work is also all-or-nothing. Called inside a transaction, the work is a savepoint of it.
 *   <li>{@link #ifFree}: periodic work under a lease, without a transaction around it. A node that
 *       finds the lease held skips its turn.
 * </ul>
 */
@Component
public class DatabaseLock {

  public static final String ORGANISATION = "organisation";
  public static final String DEADLINE_SCAN = "deadline-scan";
  /** Held by a report's start until it commits, so that a period is not opened twice at once. */
  public static final String REPORT_START = "report-start";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  /** This node, as {@code held_by} shows it (process id@host, and a suffix for two in one JVM). */
  private final String node =
      ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);

  DatabaseLock(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    // Inside a caller's transaction (an engine command: a job recording a decision) the work runs
    // under a savepoint: a refusal rolls back the work alone and reaches the caller as its
    // exception, which may handle it (a BPMN error to a human task). Joining instead would mark the
    // caller's transaction rollback-only, and its commit would fail whatever it did with the refusal.
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public <T> T withLock(String name, Supplier<T> work) {
    return transaction.execute(
        status -> {
          jdbc.queryForObject("select name from kstthc_lock where name = ? for update", String.class, name);
          return work.get();
        });
  }

  /**
   * Runs {@code work} here unless another node holds the lease {@code name}. The lease is taken
   * for at most {@code hold} (after that a node that died with it no longer counts) and, once the
   * work is done, kept until {@code spacing} after its start: every node may try each {@code
   * spacing}, the work runs about once per {@code spacing} on the whole cluster.
   *
   * @return whether the work ran here
   */
  public boolean ifFree(String name, Duration spacing, Duration hold, Runnable work) {
    Instant start = Instant.now();
    int taken =
        jdbc.update(
            "update kstthc_lock set held_by = ?, held_until = ? where name = ?"
                + " and (held_until is null or held_until <= ?)",
            node,
            Timestamp.from(start.plus(hold)),
            name,
            Timestamp.from(start));
    if (taken == 0) {
      return false;
    }
    try {
      work.run();
    } finally {
      Instant next = start.plus(spacing);
      Instant now = Instant.now();
      jdbc.update(
          "update kstthc_lock set held_until = ? where name = ? and held_by = ?",
          Timestamp.from(next.isAfter(now) ? next : now),
          name,
          node);
    }
    return true;
  }
}
