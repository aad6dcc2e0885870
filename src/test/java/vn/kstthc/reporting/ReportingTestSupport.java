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

  /**
   * The update of V161 that gives the dossiers written before it their unit (the unit of their
   * first step): for rows a test seeds without it.
   */
  public static String dossierUnitBackfill() {
    try {
      String migration = new org.springframework.core.io.ClassPathResource("db/migration/common/V161__dossier_unit_stored.sql")
          .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
      return NamedQueries.withoutComments(migration.substring(0, migration.indexOf(';')));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static NamedQueries namedQueries(DataSource dataSource) {
    return NamedQueries.fromClasspath(
        ReportingConfiguration.timedJdbc(dataSource, new ReportingProperties(null, null)));
  }
}
