package vn.kstthc.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import java.util.Comparator;
import java.util.EnumSet;
import org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappInitializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletContextInitializer;

/**
 * Filters of ours on the webapps' copy of the engine's REST API ({@code /camunda/api/engine/*},
 * what Tasklist calls), placed AFTER Camunda's own webapp filters (authentication, the security
 * rules, CSRF): they then see the officer as the engine does for this request, and nothing of
 * ours runs for a request Camunda refuses. Camunda's starter registers its filters to match after
 * every filter registered the usual way (a {@code FilterRegistrationBean} always comes first), so
 * ours are added right after Camunda's, by wrapping the starter's initializer.
 */
public class WebappApiFilters implements BeanPostProcessor {

  /** A filter for the webapps' engine API; registered in {@code order} order. */
  public record WebappApiFilter(String name, Filter filter, int order) {}

  private final ObjectProvider<WebappApiFilter> filters;
  private final String applicationPath;

  public WebappApiFilters(ObjectProvider<WebappApiFilter> filters, String applicationPath) {
    this.filters = filters;
    this.applicationPath = applicationPath;
  }

  /** Where the webapps serve the engine's REST API. */
  public static String mount(String applicationPath) {
    return applicationPath + "/api/engine";
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof CamundaBpmWebappInitializer camunda)) {
      return bean;
    }
    return (ServletContextInitializer) servletContext -> {
      camunda.onStartup(servletContext);
      filters.orderedStream().sorted(Comparator.comparingInt(WebappApiFilter::order)).forEach(filter -> {
        FilterRegistration.Dynamic registration = servletContext.addFilter(filter.name(), filter.filter());
        registration.setAsyncSupported(true);
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, mount(applicationPath) + "/*");
      });
    };
  }
}
