package vn.kstthc.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.reporting.ReportDatabases;

/**
 * A task's row of {@code kstthc_open_task} is read and deleted by one statement when it ends, in
 * each database's own words: what it was judged by comes back, and the row is gone.
 */
class OpenTaskRowsTest {

  static Stream<Arguments> databases() {
    return Stream.of(
        Arguments.of("H2", ReportDatabases.h2("open_task_rows")),
        Arguments.of("PostgreSQL", ReportDatabases.postgres("open_task_rows")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void theRowOfAnEndingTaskIsReadAsItIsDeleted(String database, DataSource dataSource) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    OutcomeRepository outcomes = new OutcomeRepository(jdbc);
    outcomes.insertOpenTask(new OpenTask("task-1", "instance-1", DeadlineKind.DAYS, "phong-a"));
    outcomes.insertOpenTask(new OpenTask("task-2", "instance-1", null, null));

    assertThat(outcomes.takeOpenTask("task-1")).contains(new OpenTask("task-1", "instance-1", DeadlineKind.DAYS, "phong-a"));
    assertThat(outcomes.takeOpenTask("task-1")).isEmpty();
    assertThat(outcomes.takeOpenTask("task-3")).isEmpty();
    assertThat(jdbc.queryForList("select task_id from kstthc_open_task", String.class)).containsExactly("task-2");
  }
}
