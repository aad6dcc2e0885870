package vn.kstthc.calendar;

/**
 * A holiday data file that cannot be used, with the file and line at fault.
 *
 * <p>The message reads {@code holidays-2026.yaml:14: 'date' must be an ISO date (yyyy-MM-dd), got
 * '2026-02-30'} so that the IT staff who maintain a province's files can fix them at once.
 */
public final class HolidayDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Creates the exception.
   *
   * @param file    the file or classpath resource at fault
   * @param line    the 1-based line, or 0 when the problem concerns the whole file
   * @param problem what is wrong
   */
  public HolidayDataException(String file, int line, String problem) {
    this(file, line, problem, null);
  }

  /** Same, keeping the underlying cause (a YAML syntax or I/O error). */
  public HolidayDataException(String file, int line, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    this.file = file;
    this.line = line;
  }

  /** The file or classpath resource at fault. */
  public String file() {
    return file;
  }

  /** The 1-based line at fault, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }
}
