package vn.kstthc.reporting;

import javax.sql.DataSource;

/** {@link ReportQueriesContract} on H2, the default run's database. */
class ReportQueriesH2Test extends ReportQueriesContract {

  @Override
  DataSource database() {
    return ReportDatabases.h2("reportqueries");
  }
}
