package vn.kstthc.deadline;

import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * Installs {@link WorkingTimeBusinessCalendar} as the engine's due-date calendar (task due and
 * follow-up dates, timer {@code timeDate}) and duration calendar (timer {@code timeDuration}).
 * Timer cycles keep Camunda's meaning. Also adds {@link WorkingDayFunctions} to the expressions. Also usable from a {@code camunda.cfg.xml} (no-argument
 * constructor: shipped holidays, standard office hours).
 */
public class WorkingTimeCalendarPlugin extends AbstractProcessEnginePlugin {

  private final WorkingDayCalendar calendar;

  public WorkingTimeCalendarPlugin() {
    this(WorkingDayCalendar.standard());
  }

  public WorkingTimeCalendarPlugin(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    WorkingTimeBusinessCalendar workingTime = new WorkingTimeBusinessCalendar(calendar);
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, workingTime);
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME, workingTime);
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(manager);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    WorkingDayFunctions.register(configuration.getExpressionManager(), calendar);
  }
}
