package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Flyway refuses, on a database that has applied a later version, a version it has not applied
 * (out of order): an installation upgraded to a release would not start. So a new migration is
 * numbered above every released one, and a released one never changes its name.
 */
class MigrationVersionsTest {

  private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

  @Test
  void newMigrationsAreNumberedAboveEveryReleasedOne() throws IOException {
    List<String> released = released();
    int highest = released.stream().mapToInt(MigrationVersionsTest::version).max().orElseThrow();
    List<String> shipped = shipped();
    assertThat(shipped).as("released migrations keep their names").containsAll(released);
    assertThat(shipped.stream().filter(name -> !released.contains(name) && version(name) <= highest))
        .as("new migrations numbered above V" + highest)
        .isEmpty();
  }

  @Test
  void noVersionIsUsedTwiceForOneDatabase() throws IOException {
    List<String> shipped = shipped();
    for (String vendor : List.of("h2", "postgresql")) {
      List<Integer> versions = shipped.stream()
          .filter(name -> name.startsWith("common/") || name.startsWith(vendor + "/"))
          .map(MigrationVersionsTest::version).toList();
      assertThat(versions).as("versions run on " + vendor).doesNotHaveDuplicates();
    }
  }

  private static List<String> shipped() throws IOException {
    List<String> shipped = new ArrayList<>();
    for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*/V*.sql")) {
      String path = file.getURL().getPath();
      shipped.add(path.substring(path.lastIndexOf("db/migration/") + "db/migration/".length()));
    }
    return shipped;
  }

  private static List<String> released() throws IOException {
    try (InputStream in = MigrationVersionsTest.class.getResourceAsStream("/db/released-migrations.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }
  }

  private static int version(String path) {
    Matcher matcher = VERSION.matcher(path.substring(path.lastIndexOf('/') + 1));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("Not a versioned migration: " + path);
    }
    return Integer.parseInt(matcher.group(1));
  }
}
