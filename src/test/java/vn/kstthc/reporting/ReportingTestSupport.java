package vn.kstthc.reporting;

import javax.sql.DataSource;

/** For tests of other packages: migrated databases and the named queries over them. */
public final class ReportingTestSupport {

  private ReportingTestSupport() {}

  public static DataSource h2(String name) {
    return ReportDatabases.h2(name);
  }

  public static DataSource postgres(String name) {
    return ReportDatabases.postgres(name);
  }

  public static NamedQueries namedQueries(DataSource dataSource) {
    return NamedQueries.fromClasspath(
        ReportingConfiguration.timedJdbc(dataSource, new ReportingProperties(null, null)));
  }
}
