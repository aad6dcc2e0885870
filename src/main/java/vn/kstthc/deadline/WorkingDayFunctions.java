package vn.kstthc.deadline;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * Working-day functions for the engine's expressions, next to Camunda's own {@code now()} and
 * {@code dateTime()}: usable in Tasklist filters (e.g. "Sắp đến hạn": {@code
 * dueBeforeExpression = ${sameTimeNextWorkingDay()}}) and in BPMN expressions; the date functions
 * of {@link DueDateFunctions} are registered with it. Expression functions
 * must be static, so the calendar is held here, set by {@link WorkingTimeCalendarPlugin}.
 */
public final class WorkingDayFunctions {

  public static final String SAME_TIME_NEXT_WORKING_DAY = "sameTimeNextWorkingDay";

  private static volatile WorkingDayCalendar calendar = WorkingDayCalendar.standard();

  private WorkingDayFunctions() {}

  static void register(ExpressionManager expressionManager, WorkingDayCalendar workingDays) {
    calendar = workingDays;
    try {
      Method method = WorkingDayFunctions.class.getMethod(SAME_TIME_NEXT_WORKING_DAY);
      expressionManager.addFunction(SAME_TIME_NEXT_WORKING_DAY, method);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    for (Method function : DueDateFunctions.class.getDeclaredMethods()) {
      if (Modifier.isPublic(function.getModifiers()) && Modifier.isStatic(function.getModifiers())) {
        expressionManager.addFunction(function.getName(), function);
      }
    }
  }

  /** The calendar the functions count with: the application's, once the engine is built. */
  static WorkingDayCalendar calendar() {
    return calendar;
  }

  /**
   * The same time of day on the next working day: a task due before it is due within one working
   * day. Holidays, weekends and make-up Saturdays are those of the working-day calendar.
   */
  public static Date sameTimeNextWorkingDay() {
    WorkingDayCalendar current = calendar;
    ZoneId zone = current.officeHours().zone();
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(zone);
    LocalDate next = current.addWorkingDays(now.toLocalDate(), 1);
    return Date.from(next.atTime(now.toLocalTime()).atZone(zone).toInstant());
  }
}
