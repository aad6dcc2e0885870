package vn.kstthc.form;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.kstthc.organisation.OrganisationService;

/**
 * The form contract on both copies of the REST API: {@code /engine-rest} (scripts, Modeler) and
 * the webapps' {@code /camunda/api/engine} (Tasklist's forms). See {@link FormContractFilter}.
 */
@Configuration(proxyBeanMethods = false)
public class FormContractConfiguration {

  @Bean
  UnitChoices unitChoices(OrganisationService organisation) {
    return new UnitChoices(organisation::organisation);
  }

  @Bean
  FormSource formSource(ProcessEngine processEngine, UnitChoices unitChoices) {
    return new FormSource(processEngine, unitChoices);
  }

  @Bean
  FilterRegistrationBean<UnitChoicesFilter> unitChoicesFilter(
      UnitChoices unitChoices,
      JerseyApplicationPath restApiPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    String webappMount = webappPath + "/api/engine";
    FilterRegistrationBean<UnitChoicesFilter> registration = new FilterRegistrationBean<>(
        new UnitChoicesFilter(unitChoices, List.of(restMount(restApiPath), webappMount)));
    registration.setName("kstthc-unit-choices");
    registration.addUrlPatterns(restApiPath.getUrlMapping(), webappMount + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
    return registration;
  }

  private static String restMount(JerseyApplicationPath restApiPath) {
    String path = restApiPath.getPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Bean
  FilterRegistrationBean<FormContractFilter> formContractFilter(
      ProcessEngine processEngine,
      FormSource formSource,
      JerseyApplicationPath restApiPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    String restMount = restMount(restApiPath);
    String webappMount = webappPath + "/api/engine";
    FilterRegistrationBean<FormContractFilter> registration = new FilterRegistrationBean<>(
        new FormContractFilter(processEngine.getIdentityService(), formSource, List.of(restMount, webappMount)));
    registration.setName("kstthc-form-contract");
    registration.addUrlPatterns(restApiPath.getUrlMapping(), webappMount + "/*");
    // After authentication and inside the REST call's transaction (orders 10 and 20).
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
