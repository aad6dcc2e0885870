package vn.kstthc.platform;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@code /engine-rest} is authenticated: HTTP Basic against the engine's users (the same accounts
 * as Tasklist), and every call then runs as that user, so the engine's authorizations apply. An
 * anonymous or wrong-password call gets 401. (The plain Spring Boot starter leaves the REST API
 * open; Camunda Run registers the same filter.)
 */
@Configuration(proxyBeanMethods = false)
public class RestApiSecurityConfiguration {

  @Bean
  FilterRegistrationBean<Filter> restApiAuthenticationFilter(JerseyApplicationPath restApiPath) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("kstthc-rest-authentication");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(restApiPath.getUrlMapping());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

}
