package vn.kstthc.report;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * {@code ${afterAnyPeriodEnds()}} in a timer start event: fires at 07:30 on the day after a period
 * of any report type ends, as the report types file says (a province that adds a type or moves a
 * period's end changes the file, not the model); {@link ReportProcessSteps#typesEndedYesterday}
 * then says which. The cycle is {@code R/<the next such moment>/P1D}; with {@code
 * reevaluate-time-cycle-when-due} on (application.yaml) the engine reads the expression again each
 * time it fires, so it moves to the next period's end, however long the periods are. Expression
 * functions must be static: the types are held here once the engine is built.
 */
@Component
public class ReportTimerFunctions extends AbstractProcessEnginePlugin {

  public static final String FUNCTION = "afterAnyPeriodEnds";

  private static volatile ReportTypes types;
  private static volatile WorkingDayCalendar calendar;

  private final ReportTypes reportTypes;
  private final WorkingDayCalendar workingDays;

  ReportTimerFunctions(ReportTypes reportTypes, WorkingDayCalendar workingDays) {
    this.reportTypes = reportTypes;
    this.workingDays = workingDays;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    use(reportTypes, workingDays);
    try {
      Method method = ReportTimerFunctions.class.getMethod(FUNCTION);
      configuration.getExpressionManager().addFunction(FUNCTION, method);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  static void use(ReportTypes reportTypes, WorkingDayCalendar workingDays) {
    types = reportTypes;
    calendar = workingDays;
  }

  /** The timer cycle: the next 07:30 on the day after a period of any report type ends. */
  public static String afterAnyPeriodEnds() {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(calendar.officeHours().zone());
    ZonedDateTime next = types.all().stream().map(type -> nextStart(type, now)).min(ZonedDateTime::compareTo)
        .orElseThrow(() -> new ProcessEngineException("Tệp loại báo cáo không có loại báo cáo nào."));
    return "R/" + next.toOffsetDateTime() + "/P1D";
  }

  /** 07:30 on the day after the type's period ends, the first such moment after {@code now}. */
  static ZonedDateTime nextStart(ReportType type, ZonedDateTime now) {
    LocalDate today = now.toLocalDate();
    ZonedDateTime next = startAfter(type.periodOf(today.minusDays(1), calendar));
    if (!next.isAfter(now)) {
      next = startAfter(type.periodOf(today, calendar));
    }
    return next;
  }

  private static ZonedDateTime startAfter(ReportPeriod period) {
    return period.last().plusDays(1).atTime(calendar.officeHours().opening()).atZone(calendar.officeHours().zone());
  }
}
