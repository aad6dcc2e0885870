package vn.kstthc.supervision;

/**
 * One indicator (chỉ tiêu) of a register: what it measures, where its figure comes from, its
 * yearly target (a percentage to reach at least) and the document that sets it.
 *
 * @param formula for {@link Source#COMPUTED}: {@code ho-so-dung-han:<process key>}; otherwise the
 *     column imported or what is entered by hand
 * @param note where the sources disagree, or null
 */
public record Indicator(String code, String name, Source source, String formula, double target, String basis, String note) {

  /** Prefix of a computed formula: the share of a process's dossiers finished on time. */
  public static final String ON_TIME_DOSSIERS = "ho-so-dung-han:";

  public enum Source {
    /** From our own on-time records. */
    COMPUTED("Tính từ dữ liệu của hệ thống"),
    /** A column of a file imported from another system. */
    IMPORTED("Nhập từ tệp của hệ thống khác"),
    /** Entered by hand. */
    MANUAL("Nhập tay");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The process whose dossiers a computed indicator counts, or null. */
  public String processKey() {
    return source == Source.COMPUTED && formula.startsWith(ON_TIME_DOSSIERS) ? formula.substring(ON_TIME_DOSSIERS.length()) : null;
  }
}
