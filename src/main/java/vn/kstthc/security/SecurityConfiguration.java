package vn.kstthc.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.util.matcher.DispatcherTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.kstthc.platform.CachingBasicAuthenticationProvider;
import vn.kstthc.platform.RestApiCrossSiteFilter;

/**
 * Who may call what, secure by default: Spring Security chains, tried in this order, the first
 * whose paths match decides.
 *
 * <ol>
 *   <li>Integration clients: {@link #INTEGRATION_PATHS} ({@code POST /api/pakn}), HTTP Basic, only
 *       members of a group of kind {@code integration}.
 *   <li>Officers: everything else under {@code /api/**}, HTTP Basic or (reading) the Tasklist
 *       session, any engine user but an integration client; changes to the catalogue are the
 *       editors' ({@link #EDITOR_WRITES}). A new controller under /api is the officers' unless given
 *       another rule here.
 *   <li>Public pages {@code /public/**}: anyone, rate-limited per client address.
 *   <li>The application's pages ({@link #PAGES}, the supervision page): static files for anyone;
 *       their data come from /api.
 *   <li>Actuator (its own port): health, info, metrics, prometheus for anyone who reaches the port
 *       (bound to 127.0.0.1 by default); any other endpoint refused.
 *   <li>Left to Camunda: its webapps ({@code /camunda/**}, which have their own login, rules and
 *       CSRF), {@code /engine-rest/**} (Camunda's Basic filter, {@code RestApiSecurityConfiguration}),
 *       {@code /} (redirect to the webapps), error pages. Spring Security adds nothing there: no
 *       session, no CSRF, no headers.
 *   <li>Everything else: 403, including Spring Boot's static paths ({@code /webjars/**}, {@code
 *       /**}) outside the application's pages: the webapps' files are served under {@code /camunda}
 *       with Camunda's headers.
 * </ol>
 *
 * <p>Spring Security never creates a session here, shows no login page and has no user of its own
 * (the engine's users, {@link EngineAuthenticationProvider}). The table of every endpoint and its
 * rule is {@code docs/endpoint-rules.md}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicRateLimitProperties.class)
class SecurityConfiguration {

  static final String[] INTEGRATION_PATHS = {"/api/pakn"};
  static final String[] EDITOR_WRITES = {"/api/tthc/import", "/api/quyet-dinh-cong-bo"};
  static final String PUBLIC_PATHS = "/public/**";
  static final String[] PAGES = {"/giam-sat", "/giam-sat/**"};

  private final JsonRefusals refusals = new JsonRefusals();

  @Bean
  EngineAuthenticationProvider engineAuthenticationProvider(
      ProcessEngine engine, CachingBasicAuthenticationProvider restApiAuthenticationProvider) {
    return new EngineAuthenticationProvider(engine, restApiAuthenticationProvider);
  }

  /**
   * No Micrometer observations of Spring Security's own (its chains, filters, authentications and
   * authorizations): they only fed {@code spring_security_*} timers that nothing reads (the host's
   * monitoring reads JVM, HTTP and pool metrics), and wrapping every filter of every chain cost
   * about 3 % of the CPU of a REST call (issue 23), even for {@code /engine-rest}, where no chain
   * has a filter. Requests are still measured, as {@code http_server_requests}.
   */
  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain integrationClients(HttpSecurity http, ProcessEngine engine,
      @Value("${kstthc.notification.public-url}") String publicUrl) throws Exception {
    return api(http, matcher(INTEGRATION_PATHS), engine, publicUrl)
        .authorizeHttpRequests(rules -> rules.anyRequest().access(AccessRule.INTEGRATION.manager()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain officers(HttpSecurity http, ProcessEngine engine,
      @Value("${kstthc.notification.public-url}") String publicUrl) throws Exception {
    RequestMatcher[] editorWrites = Arrays.stream(EDITOR_WRITES)
        .map(path -> withDefaults().matcher(HttpMethod.POST, path)).toArray(RequestMatcher[]::new);
    return api(http, matcher("/api/**"), engine, publicUrl)
        .addFilterAfter(new WebappSessionAuthenticationFilter(engine), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(rules -> rules
            .requestMatchers(editorWrites).access(AccessRule.EDITOR.manager())
            .anyRequest().access(AccessRule.OFFICER.manager()))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain publicPages(HttpSecurity http, PublicRateLimitProperties limit) throws Exception {
    TokenBuckets buckets =
        new TokenBuckets(limit.requestsPerMinute(), limit.burst(), limit.maxClients(), System::nanoTime);
    return stateless(http.securityMatcher(matcher(PUBLIC_PATHS)))
        .addFilterBefore(new PublicRateLimitFilter(buckets), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(rules -> rules.anyRequest().access(AccessRule.ANONYMOUS.manager()))
        .build();
  }

  /**
   * The application's own pages (the supervision page): static files for anyone, as Camunda's
   * webapps serve theirs; what they show comes from /api, which decides who may read it.
   */
  @Bean
  @Order(4)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    return stateless(http.securityMatcher(matcher(PAGES)))
        .authorizeHttpRequests(rules -> rules.anyRequest().access(AccessRule.ANONYMOUS.manager()))
        .build();
  }

  @Bean
  @Order(5)
  SecurityFilterChain management(HttpSecurity http) throws Exception {
    return stateless(http.securityMatcher(EndpointRequest.toAnyEndpoint()))
        .exceptionHandling(refused -> refused.authenticationEntryPoint(JsonRefusals.forbidden()))
        .authorizeHttpRequests(rules -> rules
            .requestMatchers(EndpointRequest.to("health", "info", "metrics", "prometheus"), EndpointRequest.toLinks())
            .access(AccessRule.ANONYMOUS.manager())
            .anyRequest().access(AccessRule.DENIED.manager()))
        .build();
  }

  /** No filter at all: Camunda's own security decides (nothing to decide for an error page). */
  @Bean
  @Order(6)
  SecurityFilterChain leftToCamunda(JerseyApplicationPath restApiPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    return new DefaultSecurityFilterChain(new OrRequestMatcher(
        withDefaults().matcher(webappPath + "/**"),
        withDefaults().matcher(restApiPath.getPath().replaceAll("/$", "") + "/**"),
        withDefaults().matcher("/"),
        // Spring Boot's error page for an answer already refused or failed elsewhere
        new DispatcherTypeRequestMatcher(DispatcherType.ERROR)));
  }

  @Bean
  @Order(7)
  SecurityFilterChain denied(HttpSecurity http) throws Exception {
    return stateless(http)
        .exceptionHandling(refused -> refused.authenticationEntryPoint(JsonRefusals.forbidden()))
        .authorizeHttpRequests(rules -> rules.anyRequest().access(AccessRule.DENIED.manager()))
        .build();
  }

  /**
   * A chain of the application's API: HTTP Basic against the engine's users, JSON refusals, writes
   * from another web site refused (browsers remember Basic credentials and a multipart form needs
   * no CORS check, see {@link RestApiCrossSiteFilter}; this replaces CSRF tokens, which API clients
   * do not have), and the permitted call run as its caller in the engine.
   */
  private HttpSecurity api(HttpSecurity http, RequestMatcher paths, ProcessEngine engine, String publicUrl)
      throws Exception {
    return stateless(http.securityMatcher(paths))
        .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
        .exceptionHandling(refused -> refused.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
        .addFilterBefore(new RestApiCrossSiteFilter(publicUrl), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineIdentityFilter(engine.getIdentityService()), AuthorizationFilter.class);
  }

  /** No session, no login page, no logout page, no saved request, no CSRF token (no cookie authenticates). */
  private static HttpSecurity stateless(HttpSecurity http) throws Exception {
    return http
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .csrf(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable);
  }

  private static RequestMatcher matcher(String... patterns) {
    return new OrRequestMatcher(Arrays.stream(patterns).map(path -> (RequestMatcher) withDefaults().matcher(path)).toList());
  }
}
