package vn.kstthc.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.kstthc.platform.WebappApiFilters.WebappApiFilter;

/** Our filters on the webapps' engine API, after Camunda's own: see {@link WebappApiFilters}. */
@Configuration(proxyBeanMethods = false)
public class WebappApiConfiguration {

  @Bean
  static WebappApiFilters webappApiFilters(
      ObjectProvider<WebappApiFilter> filters,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
    return new WebappApiFilters(filters, applicationPath);
  }
}
