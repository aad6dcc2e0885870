package vn.kstthc.publication;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * The two clocks of a publication ({@code cong-bo-tthc}):
 *
 * <ul>
 *   <li>the chair signs at least 5 calendar days before the TTHC take effect (Nghị định 63/2010
 *       art. 15 as amended): the dossier's deadline is the last working day on or before that day
 *       (a signature cannot be expected on a Sunday or during Tết, and a later one breaks the law);
 *       when the document takes effect on the day it is signed (its date in force not after its
 *       issue), there is no "before": the decision is issued within 3 working days of that day
 *       (art. 15 as amended by Nghị định 92/2017);
 *   <li>the Sở submits at the latest 1 working day (quyết định công bố TTHC) or 3 working days
 *       (quyết định công bố danh mục) after learning of the ministry's decision (seed 004 PL§2
 *       r1-r2), and never after the dossier's deadline.
 * </ul>
 */
@Service
public class PublicationDeadlines {

  /** Calendar days between the chair's signature and the TTHC's entry into force, at least. */
  static final int DAYS_BEFORE_EFFECT = 5;
  /** Working days from the signature of a document in force from that day. */
  static final int WORKING_DAYS_AFTER_IN_FORCE = 3;
  static final int SUBMIT_DAYS_TTHC = 1;
  static final int SUBMIT_DAYS_LIST = 3;

  private final WorkingDayCalendar calendar;

  public PublicationDeadlines(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /**
   * The last day the chair may sign: 5 calendar days before the date in force, moved back to a
   * working day; 3 working days after the issue of a document in force from its signature.
   */
  public LocalDate chairSignsBy(LocalDate issuedOn, LocalDate effectiveOn) {
    if (!effectiveOn.isAfter(issuedOn)) {
      return calendar.addWorkingDays(issuedOn, WORKING_DAYS_AFTER_IN_FORCE);
    }
    LocalDate day = effectiveOn.minusDays(DAYS_BEFORE_EFFECT);
    while (!calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The last day the Sở may submit: the type's working days after learning, at most the signing day. */
  public LocalDate submitBy(boolean listDecision, LocalDate learnedOn, LocalDate issuedOn, LocalDate effectiveOn) {
    LocalDate submit = calendar.addWorkingDays(learnedOn, listDecision ? SUBMIT_DAYS_LIST : SUBMIT_DAYS_TTHC);
    LocalDate sign = chairSignsBy(issuedOn, effectiveOn);
    return submit.isBefore(sign) ? submit : sign;
  }
}
