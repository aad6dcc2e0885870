package vn.kstthc.form;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The form contract on both copies of the REST API: {@code /engine-rest} (scripts, Modeler) and
 * the webapps' {@code /camunda/api/engine} (Tasklist's forms). See {@link FormContractFilter}.
 */
@Configuration(proxyBeanMethods = false)
public class FormContractConfiguration {

  @Bean
  FormSource formSource(ProcessEngine processEngine) {
    return new FormSource(processEngine);
  }

  @Bean
  FilterRegistrationBean<FormContractFilter> formContractFilter(
      ProcessEngine processEngine,
      FormSource formSource,
      JerseyApplicationPath restApiPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    String restMount = restApiPath.getPath().endsWith("/")
        ? restApiPath.getPath().substring(0, restApiPath.getPath().length() - 1)
        : restApiPath.getPath();
    String webappMount = webappPath + "/api/engine";
    FilterRegistrationBean<FormContractFilter> registration = new FilterRegistrationBean<>(
        new FormContractFilter(processEngine.getIdentityService(), formSource, List.of(restMount, webappMount)));
    registration.setName("kstthc-form-contract");
    registration.addUrlPatterns(restApiPath.getUrlMapping(), webappMount + "/*");
    // After authentication and inside the REST call's transaction (orders 10 and 20), which has
    // read the body into memory.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
