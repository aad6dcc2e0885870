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

  public static LateCaseRef outcome(String outcomeId) {
    return new LateCaseRef(Source.QUY_TRINH, outcomeId);
  }
}
