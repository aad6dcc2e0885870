package vn.kstthc.report;

import javax.sql.DataSource;
import vn.kstthc.reporting.ReportingTestSupport;

/** {@link FormII05aContract} on H2. */
class FormII05aH2Test extends FormII05aContract {

  @Override
  DataSource database() {
    return ReportingTestSupport.h2("formii05a");
  }
}
