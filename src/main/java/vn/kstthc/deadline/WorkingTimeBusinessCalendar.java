package vn.kstthc.deadline;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * The engine's "dueDate" and "duration" business calendars, counting in Vietnamese working days
 * and office hours (see {@link DeadlineNotation}): a process owner writes {@code
 * camunda:dueDate="P3D"} and gets 3 working days, without Java.
 */
public class WorkingTimeBusinessCalendar implements BusinessCalendar {

  private final WorkingDayCalendar calendar;

  public WorkingTimeBusinessCalendar(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String duedateDescription) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Task task) {
    return resolveDuedate(duedateDescription, (Date) null);
  }

  @Override
  public Date resolveDuedate(String duedateDescription, Date startDate) {
    Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
    try {
      return DeadlineNotation.resolveToDate(duedateDescription, start, calendar);
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
  }
}
