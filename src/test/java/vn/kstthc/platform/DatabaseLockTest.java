package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Work under a named lock, alone or inside a caller's transaction (an engine job). */
class DatabaseLockTest {

  JdbcTemplate jdbc;
  DataSourceTransactionManager transactions;
  DatabaseLock lock;

  @BeforeEach
  void database() {
    JdbcDataSource data = new JdbcDataSource();
    data.setURL("jdbc:h2:mem:lock-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(data);
    jdbc.execute("create table kstthc_lock (name varchar(100) primary key, held_by varchar(200), held_until timestamp)");
    jdbc.execute("insert into kstthc_lock (name) values ('danh-muc')");
    jdbc.execute("create table ghi (what varchar(50))");
    transactions = new DataSourceTransactionManager(data);
    lock = new DatabaseLock(jdbc, transactions);
  }

  @Test
  void aRefusalInsideACallersTransactionUndoesTheWorkAloneAndTheCallerStillCommits() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      jdbc.update("insert into ghi values ('chữ ký')");
      assertThatThrownBy(() -> lock.withLock("danh-muc", () -> {
        jdbc.update("insert into ghi values ('danh mục')");
        throw new IllegalArgumentException("Mã TTHC đã có trong danh mục");
      })).hasMessage("Mã TTHC đã có trong danh mục");
      jdbc.update("insert into ghi values ('việc đối chiếu')"); // the caller goes on (a BPMN error)
    });

    assertThat(jdbc.queryForList("select what from ghi order by what", String.class))
        .containsExactly("chữ ký", "việc đối chiếu");
  }

  @Test
  void aloneTheWorkIsOneTransaction() {
    assertThatThrownBy(() -> lock.withLock("danh-muc", () -> {
      jdbc.update("insert into ghi values ('một nửa')");
      throw new IllegalStateException("hỏng");
    }));
    assertThat(lock.withLock("danh-muc", () -> jdbc.update("insert into ghi values ('trọn vẹn')"))).isEqualTo(1);

    assertThat(jdbc.queryForList("select what from ghi", String.class)).containsExactly("trọn vẹn");
  }
}
