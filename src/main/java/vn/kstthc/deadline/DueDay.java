package vn.kstthc.deadline;

import java.time.Instant;
import java.util.Date;

/**
 * A due date counted in days, as the date functions of the expressions return it ({@link
 * DueDateFunctions}): a {@link Date} like any other for {@code camunda:dueDate}, timers and
 * conditions, which also tells the judgement to go by date (see {@link DeadlineKind#DAYS}), as a
 * written {@code P3D} or {@code 2026-12-15} does. A plain Date is a moment, judged by the minute.
 */
public final class DueDay extends Date {

  private static final long serialVersionUID = 1L;

  DueDay(Instant instant) {
    super(instant.toEpochMilli());
  }
}
