package vn.kstthc.reporting;

import javax.sql.DataSource;

/** {@link ReportQueriesContract} on PostgreSQL, real deployments' database. */
class ReportQueriesPostgresIT extends ReportQueriesContract {

  @Override
  DataSource database() {
    return ReportDatabases.postgres("reportqueries");
  }
}
