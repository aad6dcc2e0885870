package vn.kstthc.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which days are off and which weekend days are worked, year by year.
 *
 * <p>A year described by a data file uses exactly the file's days off (they replace the computed
 * statutory holidays) and its make-up working days. A year without a file uses
 * {@link StatutoryHolidays#compute(int)}. When several sources hold the same year, the source given
 * later wins for that whole year: a province directory listed after the classpath replaces the
 * shipped file. The schedule is immutable and thread-safe; computed years are cached.
 */
public final class HolidaySchedule {

  private final Map<Integer, HolidayYear> fromFiles;
  private final ConcurrentMap<Integer, HolidayYear> computed = new ConcurrentHashMap<>();

  private HolidaySchedule(Map<Integer, HolidayYear> fromFiles) {
    this.fromFiles = Map.copyOf(fromFiles);
  }

  /**
   * Builds a schedule from sources, later sources overriding earlier ones per year.
   *
   * @param sources e.g. {@code HolidaySource.classpath(), HolidaySource.directory(provinceDir)}
   * @return the schedule
   * @throws HolidayDataException if any file is invalid, naming the file and line
   */
  public static HolidaySchedule of(List<HolidaySource> sources) {
    Map<Integer, HolidayYear> years = new TreeMap<>();
    for (HolidaySource source : sources) {
      for (HolidayYear year : source.load()) {
        years.put(year.year(), year);
      }
    }
    return new HolidaySchedule(years);
  }

  /** Same as {@link #of(List)}. */
  public static HolidaySchedule of(HolidaySource... sources) {
    return of(List.of(sources));
  }

  /** The files shipped with this library, computed defaults elsewhere. */
  public static HolidaySchedule standard() {
    return of(HolidaySource.classpath());
  }

  /** No files at all: the statutory defaults for every year. */
  public static HolidaySchedule computedOnly() {
    return of(List.of());
  }

  /**
   * The days off and make-up working days of a year.
   *
   * @param year a Gregorian year, 1900-2199
   * @return the file's data if a file describes the year, otherwise the computed defaults
   */
  public HolidayYear year(int year) {
    HolidayYear fromFile = fromFiles.get(year);
    if (fromFile != null) {
      return fromFile;
    }
    return computed.computeIfAbsent(year, StatutoryHolidays::compute);
  }

  /** Whether offices are closed on this date for a holiday, nghỉ bù or a swap (weekends aside). */
  public boolean isDayOff(LocalDate date) {
    return year(date.getYear()).isDayOff(date);
  }

  /** Whether this weekend date is a make-up working day (làm bù). */
  public boolean isMakeUpWorkingDay(LocalDate date) {
    return year(date.getYear()).isMakeUpWorkingDay(date);
  }

  /** The Vietnamese name of the holiday or make-up day on this date, if any. */
  public Optional<String> nameOf(LocalDate date) {
    return year(date.getYear()).nameOf(date);
  }

  /** The years described by data files, in order. */
  public SortedSet<Integer> yearsFromFiles() {
    return new TreeSet<>(fromFiles.keySet());
  }
}
