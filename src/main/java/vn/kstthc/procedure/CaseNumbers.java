package vn.kstthc.procedure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers from a sequence per procedure and year: {@code GV-2026-0001}, {@code GV-2026-0002},
 * ... Unique, in the order drawn; a start that fails after drawing leaves its number unused (the
 * README promises unique numbers, not numbers without gaps).
 *
 * <p>Each number is drawn and committed in a short transaction of its own, on connections of its
 * own: the sequence's row is locked for one update, not for the whole start. (Drawn in the start's
 * transaction, as before, every start of a procedure waited for the previous one's commit: the
 * machine intake of petitions fell from 23 to 14 a second between 4 and 16 clients.) Not the
 * application's pool: under load all its connections may be held by starts, each waiting for a
 * second one.
 */
@Service
public class CaseNumbers implements DisposableBean {

  private final HikariDataSource connections;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public CaseNumbers(DataSource application, DataSourceProperties database) {
    HikariConfig config = new HikariConfig();
    if (application instanceof HikariDataSource pool) {
      // all of the application pool's settings (spring.datasource.hikari.*: schema, init SQL, the
      // driver's properties such as sslmode), not only the URL and the account
      pool.copyStateTo(config);
    } else {
      config.setJdbcUrl(database.determineUrl());
      config.setUsername(database.determineUsername());
      config.setPassword(database.determinePassword());
      config.setDriverClassName(database.determineDriverClassName());
    }
    config.setPoolName("kstthc-case-numbers");
    // a number holds its connection for one update and its commit
    config.setMaximumPoolSize(2);
    config.setMinimumIdle(1);
    this.connections = new HikariDataSource(config);
    this.jdbc = new JdbcTemplate(connections);
    this.transaction = new TransactionTemplate(new DataSourceTransactionManager(connections));
  }

  public String next(String prefix, int year) {
    Long value = transaction.execute(status -> increment(prefix, year));
    if (value == null) {
      createYear(prefix, year);
      value = transaction.execute(status -> increment(prefix, year));
    }
    if (value == null) {
      throw new IllegalStateException("Không cấp được mã hồ sơ cho " + prefix + "-" + year);
    }
    return String.format("%s-%d-%04d", prefix, year, value);
  }

  /** The next value, or null when the procedure has no row for the year yet. */
  private Long increment(String prefix, int year) {
    int updated = jdbc.update(
        "update kstthc_case_sequence set last_value = last_value + 1 where prefix = ? and year_ = ?", prefix, year);
    if (updated == 0) {
      return null;
    }
    return jdbc.queryForObject(
        "select last_value from kstthc_case_sequence where prefix = ? and year_ = ?", Long.class, prefix, year);
  }

  private void createYear(String prefix, int year) {
    try {
      transaction.executeWithoutResult(status -> jdbc.update(
          "insert into kstthc_case_sequence (prefix, year_, last_value) "
              + "select ?, ?, 0 "
              + "where not exists (select 1 from kstthc_case_sequence where prefix = ? and year_ = ?)",
          prefix, year, prefix, year));
    } catch (DuplicateKeyException | ConcurrencyFailureException e) {
      // created by another start at the same moment, in its own short transaction
    }
  }

  @Override
  public void destroy() {
    connections.close();
  }
}
