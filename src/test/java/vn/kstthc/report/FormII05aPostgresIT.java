package vn.kstthc.report;

import javax.sql.DataSource;
import vn.kstthc.reporting.ReportingTestSupport;

/** {@link FormII05aContract} on PostgreSQL. */
class FormII05aPostgresIT extends FormII05aContract {

  @Override
  DataSource database() {
    return ReportingTestSupport.postgres("formii05a");
  }
}
