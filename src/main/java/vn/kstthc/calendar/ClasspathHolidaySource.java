package vn.kstthc.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Holiday files on the classpath. A class path cannot be listed portably (inside a jar), so every
 * supported year is probed by name: {@code <folder>/holidays-YYYY.yaml}.
 */
final class ClasspathHolidaySource implements HolidaySource {

  private final String folder;
  private final ClassLoader classLoader;

  ClasspathHolidaySource(String folder, ClassLoader classLoader) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
  }

  @Override
  public List<HolidayYear> load() {
    List<HolidayYear> years = new ArrayList<>();
    int first = VietnameseLunarCalendar.MIN_DATE.getYear();
    int last = VietnameseLunarCalendar.MAX_DATE.getYear();
    for (int year = first; year <= last; year++) {
      String resource = folder + "/holidays-" + year + ".yaml";
      try (InputStream in = classLoader.getResourceAsStream(resource)) {
        if (in != null) {
          try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            years.add(HolidayFileParser.parse(resource, reader));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read classpath resource " + resource, e);
      }
    }
    return years;
  }

  @Override
  public String description() {
    return "classpath:" + folder;
  }
}
