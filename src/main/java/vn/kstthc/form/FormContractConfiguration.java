package vn.kstthc.form;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.kstthc.organisation.OrganisationService;
import vn.kstthc.platform.WebappApiFilters;
import vn.kstthc.platform.WebappApiFilters.WebappApiFilter;

/**
 * The form contract on both copies of the REST API: {@code /engine-rest} (scripts, Modeler), after
 * its authentication, and the webapps' {@code /camunda/api/engine} (Tasklist's forms), after
 * Camunda's webapp filters ({@link WebappApiFilters}). See {@link FormContractFilter} and {@link
 * UnitChoicesFilter}.
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
  FormContractFilter formContract(
      ProcessEngine processEngine,
      FormSource formSource,
      JerseyApplicationPath restApiPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      ObjectProvider<FormRule> rules) {
    return new FormContractFilter(processEngine.getIdentityService(), formSource,
        List.of(restMount(restApiPath), WebappApiFilters.mount(webappPath)), rules.orderedStream().toList());
  }

  @Bean
  UnitChoicesFilter unitChoicesForms(
      UnitChoices unitChoices,
      JerseyApplicationPath restApiPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    return new UnitChoicesFilter(unitChoices, List.of(restMount(restApiPath), WebappApiFilters.mount(webappPath)));
  }

  @Bean
  FilterRegistrationBean<FormContractFilter> formContractOnRestApi(
      FormContractFilter formContract, JerseyApplicationPath restApiPath) {
    FilterRegistrationBean<FormContractFilter> registration = new FilterRegistrationBean<>(formContract);
    registration.setName("kstthc-form-contract");
    registration.addUrlPatterns(restApiPath.getUrlMapping());
    // After authentication and inside the REST call's transaction (orders 10 and 20), which has
    // read the body into memory.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }

  @Bean
  FilterRegistrationBean<UnitChoicesFilter> unitChoicesOnRestApi(
      UnitChoicesFilter unitChoicesForms, JerseyApplicationPath restApiPath) {
    FilterRegistrationBean<UnitChoicesFilter> registration = new FilterRegistrationBean<>(unitChoicesForms);
    registration.setName("kstthc-unit-choices");
    registration.addUrlPatterns(restApiPath.getUrlMapping());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 40);
    return registration;
  }

  @Bean
  WebappApiFilter formContractOnWebapps(FormContractFilter formContract) {
    return new WebappApiFilter("kstthc-form-contract-webapps", formContract, 30);
  }

  @Bean
  WebappApiFilter unitChoicesOnWebapps(UnitChoicesFilter unitChoicesForms) {
    return new WebappApiFilter("kstthc-unit-choices-webapps", unitChoicesForms, 40);
  }

  private static String restMount(JerseyApplicationPath restApiPath) {
    String path = restApiPath.getPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
