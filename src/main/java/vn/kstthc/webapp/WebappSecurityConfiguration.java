package vn.kstthc.webapp;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Security headers of every answer (see {@link PageHeadersFilter}). */
@Configuration(proxyBeanMethods = false)
public class WebappSecurityConfiguration {

  @Bean
  FilterRegistrationBean<PageHeadersFilter> pageHeadersFilter() {
    FilterRegistrationBean<PageHeadersFilter> registration = new FilterRegistrationBean<>(new PageHeadersFilter());
    registration.setName("kstthc-page-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
