package vn.kstthc.calendar;

import java.nio.file.Path;
import java.util.List;

/**
 * A place that holds yearly holiday files named {@code holidays-YYYY.yaml}.
 *
 * <p>{@link HolidaySchedule} combines several sources: the files shipped in the application
 * ({@link #classpath()}) and, typically, a directory maintained by a province
 * ({@link #directory(Path)}), whose file for a year replaces the shipped one.
 */
public interface HolidaySource {

  /**
   * Reads every year this source holds, validating each file.
   *
   * @return the years, at most one per Gregorian year
   * @throws HolidayDataException naming the file and line of the first invalid file
   */
  List<HolidayYear> load();

  /** A short description for logs, e.g. the directory path. */
  String description();

  /** The files shipped in this library, under {@code calendar/} on the classpath. */
  static HolidaySource classpath() {
    return new ClasspathHolidaySource("calendar", HolidaySource.class.getClassLoader());
  }

  /**
   * Files under a classpath folder.
   *
   * @param folder      the resource folder, e.g. {@code "calendar"}
   * @param classLoader the loader to read resources with
   */
  static HolidaySource classpath(String folder, ClassLoader classLoader) {
    return new ClasspathHolidaySource(folder, classLoader);
  }

  /**
   * Files in a directory of the file system. The directory must exist; a file whose name starts
   * with {@code holidays} and ends with {@code .yaml} or {@code .yml} but is not named
   * {@code holidays-YYYY.yaml} is rejected rather than silently ignored.
   *
   * @param directory the directory, e.g. {@code /etc/kstthc/calendar}
   */
  static HolidaySource directory(Path directory) {
    return new DirectoryHolidaySource(directory);
  }
}
