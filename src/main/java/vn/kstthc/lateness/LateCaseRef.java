package vn.kstthc.lateness;

/**
 * A late case as the explanations name it.
 *
 * @param source where the case is recorded
 * @param ref its id there: a row of {@code kstthc_deadline_outcome}, or a dossier number of the
 *     one-stop system
 */
public record LateCaseRef(Source source, String ref) {

  public enum Source {
    /** A step or dossier of our own procedures ({@code kstthc_deadline_outcome.id}). */
    QUY_TRINH,
    /** A TTHC dossier of the provincial one-stop system, imported (its dossier number). */
    MOT_CUA
  }

  /** Between the unit and the dossier's number in an imported dossier's ref; a group id has none. */
  static final String UNIT_SEPARATOR = "/";

  public static LateCaseRef outcome(String outcomeId) {
    return new LateCaseRef(Source.QUY_TRINH, outcomeId);
  }

  /**
   * An imported dossier: its number is unique within its unit only ({@code kstthc_dossier_record}),
   * so the ref names both, "unit/number". Explanations written before 30/11/2026 name it by its
   * number alone, with the explaining unit beside it ({@link ExplanationRepository#history}).
   */
  public static LateCaseRef oneStop(String unitId, String caseNumber) {
    return new LateCaseRef(Source.MOT_CUA, unitId + UNIT_SEPARATOR + caseNumber);
  }

  /** What an officer knows the case by: an imported dossier's number, without its unit. */
  public String shown() {
    return source == Source.MOT_CUA && ref.contains(UNIT_SEPARATOR)
        ? ref.substring(ref.indexOf(UNIT_SEPARATOR) + 1) : ref;
  }
}
