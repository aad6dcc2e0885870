package vn.kstthc.deadline;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.kstthc.calendar.HolidaySchedule;
import vn.kstthc.calendar.HolidaySource;
import vn.kstthc.calendar.WorkingDayCalendar;

/** The working-day calendar of the application and its installation in the engine. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
public class DeadlineConfiguration {

  @Bean
  WorkingDayCalendar workingDayCalendar(DeadlineProperties properties) {
    List<HolidaySource> sources = new ArrayList<>();
    sources.add(HolidaySource.classpath());
    if (properties.holidayDirectory() != null) {
      sources.add(HolidaySource.directory(properties.holidayDirectory()));
    }
    return new WorkingDayCalendar(HolidaySchedule.of(sources), properties.parsedOfficeHours());
  }

  @Bean
  WorkingTimeCalendarPlugin workingTimeCalendarPlugin(WorkingDayCalendar calendar) {
    return new WorkingTimeCalendarPlugin(calendar);
  }
}
