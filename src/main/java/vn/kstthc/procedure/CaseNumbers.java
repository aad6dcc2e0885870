package vn.kstthc.procedure;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers from a sequence per procedure and year: {@code GV-2026-0001}, {@code GV-2026-0002},
 * ... Drawn in the transaction that starts the case, so a start that rolls back gives its number
 * back; concurrent starts of one procedure wait for each other's commit on the sequence's row
 * (a start is short), so numbers are unique and without gaps.
 */
@Service
public class CaseNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  public CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public String next(String prefix, int year) {
    long value = increment(prefix, year);
    return String.format("%s-%d-%04d", prefix, year, value);
  }

  private long increment(String prefix, int year) {
    int updated = jdbc.update(
        "update kstthc_case_sequence set last_value = last_value + 1 where prefix = ? and year_ = ?", prefix, year);
    if (updated == 0) {
      createYear(prefix, year);
      updated = jdbc.update(
          "update kstthc_case_sequence set last_value = last_value + 1 where prefix = ? and year_ = ?", prefix, year);
    }
    if (updated != 1) {
      throw new IllegalStateException("Không cấp được mã hồ sơ cho " + prefix + "-" + year);
    }
    return jdbc.queryForObject(
        "select last_value from kstthc_case_sequence where prefix = ? and year_ = ?", Long.class, prefix, year);
  }

  /**
   * The year's row, behind a savepoint: a failed insert (another start created it at the same
   * moment) must not abort the starting transaction, which PostgreSQL would. (Not a transaction of
   * its own: under load every pooled connection may be held by a start waiting for one.)
   */
  private void createYear(String prefix, int year) {
    try {
      savepoint.executeWithoutResult(status -> jdbc.update(
          "insert into kstthc_case_sequence (prefix, year_, last_value) "
              + "select ?, ?, 0 "
              + "where not exists (select 1 from kstthc_case_sequence where prefix = ? and year_ = ?)",
          prefix, year, prefix, year));
    } catch (DuplicateKeyException | ConcurrencyFailureException e) {
      // Created by the other start (PostgreSQL: duplicate key; H2: the row is locked by it): the
      // update that follows waits for that start's commit.
    }
  }
}
