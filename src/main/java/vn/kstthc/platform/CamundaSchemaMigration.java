package vn.kstthc.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Version 1 of the schema: Camunda's own tables, created from the SQL scripts that ship inside the
 * engine jar of the version on the classpath (the same scripts as Camunda's SQL distribution), so
 * that the schema is created by Flyway, versioned and never by the engine itself
 * ({@code camunda.bpm.database.schema-update=false}).
 *
 * <p>The checksum is computed from the scripts: when a Camunda upgrade changes them, Flyway's
 * validation stops the start and asks for the upgrade migration (Camunda's
 * {@code db/upgrade/<db>_engine_<from>_to_<to>.sql}) to be added as the next version.
 */
@Component
public class CamundaSchemaMigration implements JavaMigration {

  /** Same order as the engine's own {@code DbSqlSession#dbSchemaCreate}. */
  static final List<String> COMPONENTS =
      List.of(
          "engine",
          "history",
          "identity",
          "case.engine",
          "case.history",
          "decision.engine",
          "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("1");
  }

  @Override
  public String getDescription() {
    return "Camunda 7.24.0 schema";
  }

  @Override
  public Integer getChecksum() {
    CRC32 crc = new CRC32();
    for (String databaseType : List.of("h2", "postgres")) {
      for (Resource script : scripts(databaseType)) {
        try (InputStream in = script.getInputStream()) {
          crc.update(in.readAllBytes());
        } catch (IOException e) {
          throw new IllegalStateException("Cannot read " + script, e);
        }
      }
    }
    return (int) crc.getValue();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String databaseType = databaseType(connection.getMetaData().getDatabaseProductName());
    ResourceDatabasePopulator populator = new ResourceDatabasePopulator();
    populator.setSqlScriptEncoding(StandardCharsets.UTF_8.name());
    scripts(databaseType).forEach(populator::addScript);
    populator.populate(connection);
  }

  static List<Resource> scripts(String databaseType) {
    return COMPONENTS.stream()
        .<Resource>map(
            component ->
                new ClassPathResource(
                    "org/camunda/bpm/engine/db/create/activiti."
                        + databaseType
                        + ".create."
                        + component
                        + ".sql"))
        .toList();
  }

  static String databaseType(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("postgres")) {
      return "postgres";
    }
    if (name.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException(
        "Unsupported database '" + productName + "': use PostgreSQL, or H2 for a trial run");
  }

}
