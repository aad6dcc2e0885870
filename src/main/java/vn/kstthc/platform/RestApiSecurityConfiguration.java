package vn.kstthc.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

/**
 * {@code /engine-rest} is authenticated: HTTP Basic against the engine's users (the same accounts
 * as Tasklist), and every call then runs as that user, so the engine's authorizations apply. An
 * anonymous or wrong-password call gets 401. A successful check is remembered for {@code
 * kstthc.rest.authentication-cache-ttl} (60 s; 0 = off), see {@link
 * CachingBasicAuthenticationProvider}. Writing calls a browser makes for another site are refused
 * ({@link RestApiCrossSiteFilter}). (The plain Spring Boot starter leaves the REST API
 * open; Camunda Run registers the same filter.)
 */
@Configuration(proxyBeanMethods = false)
public class RestApiSecurityConfiguration {

  @Bean
  CachingBasicAuthenticationProvider restApiAuthenticationProvider(
      @Value("${kstthc.rest.authentication-cache-ttl:PT60S}") Duration cacheTtl) {
    return new CachingBasicAuthenticationProvider(cacheTtl, Clock.systemUTC());
  }

  @Bean
  FilterRegistrationBean<Filter> restApiAuthenticationFilter(
      JerseyApplicationPath restApiPath, CachingBasicAuthenticationProvider provider) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(
            new ProcessEngineAuthenticationFilter() {
              @Override
              public void init(FilterConfig filterConfig) {
                authenticationProvider = provider;
              }
            });
    registration.setName("kstthc-rest-authentication");
    registration.addUrlPatterns(restApiPath.getUrlMapping());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Writing calls made by a browser for another site are refused, before authentication. */
  @Bean
  FilterRegistrationBean<RestApiCrossSiteFilter> restApiCrossSiteFilter(
      JerseyApplicationPath restApiPath, @Value("${kstthc.notification.public-url}") String publicUrl) {
    FilterRegistrationBean<RestApiCrossSiteFilter> registration =
        new FilterRegistrationBean<>(new RestApiCrossSiteFilter(publicUrl));
    registration.setName("kstthc-rest-cross-site");
    registration.addUrlPatterns(restApiPath.getUrlMapping());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /**
   * One transaction per writing REST call, on {@code /engine-rest} and on the webapps' copy {@code
   * /camunda/api/engine} (see {@link RestApiTransactionFilter}); off with {@code
   * kstthc.rest.transaction-per-request=false} (the benchmark's stock profile). On {@code
   * /engine-rest} after authentication (no connection for a 401), on the webapps' path after
   * Camunda's own webapp filters (login, security rules, CSRF: {@link WebappApiFilters}), so a call
   * they refuse takes no connection; on both before the form contract (order 30), which reads the
   * buffered body and whose look-ups of the form then share the transaction.
   */
  @Bean
  @ConditionalOnProperty(name = "kstthc.rest.transaction-per-request", havingValue = "true", matchIfMissing = true)
  RestApiTransactionFilter restApiTransaction(
      JerseyApplicationPath restApiPath,
      PlatformTransactionManager transactionManager,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxBody) {
    String restMount = restApiPath.getPath().replaceAll("/$", "");
    return new RestApiTransactionFilter(transactionManager, List.of(restMount, WebappApiFilters.mount(webappPath)),
        (int) Math.min(maxBody.toBytes() < 0 ? Long.MAX_VALUE : maxBody.toBytes(), Integer.MAX_VALUE - 8));
  }

  @Bean
  @ConditionalOnProperty(name = "kstthc.rest.transaction-per-request", havingValue = "true", matchIfMissing = true)
  FilterRegistrationBean<RestApiTransactionFilter> restApiTransactionOnRestApi(
      RestApiTransactionFilter restApiTransaction, JerseyApplicationPath restApiPath) {
    FilterRegistrationBean<RestApiTransactionFilter> registration = new FilterRegistrationBean<>(restApiTransaction);
    registration.setName("kstthc-rest-transaction");
    registration.addUrlPatterns(restApiPath.getUrlMapping());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  @ConditionalOnProperty(name = "kstthc.rest.transaction-per-request", havingValue = "true", matchIfMissing = true)
  WebappApiFilters.WebappApiFilter restApiTransactionOnWebapps(RestApiTransactionFilter restApiTransaction) {
    return new WebappApiFilters.WebappApiFilter("kstthc-rest-transaction-webapps", restApiTransaction, 20);
  }
}
