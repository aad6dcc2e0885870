package vn.kstthc.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRegistration;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.kstthc.platform.CachingBasicAuthenticationProvider.Caller;
import vn.kstthc.platform.PlatformProcessTest;

/**
 * Every endpoint of the running application has a rule in {@code docs/endpoint-rules.md}, every
 * row of that table is an endpoint, and each rule is what the security chains do. The endpoints
 * are read at run time: Spring MVC's handler mappings (controllers, view controllers, static
 * resources), the servlets (Camunda's REST API and webapp APIs) and the actuator's endpoints.
 */
@PlatformProcessTest
class EndpointRulesTest {

  static final Path TABLE = Path.of("docs/endpoint-rules.md");

  static final Authentication ANONYMOUS =
      new AnonymousAuthenticationToken("test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
  static final Authentication OFFICER = caller("qlkh.giang", "phong-quan-ly-khoa-hoc", "officers");
  static final Authentication EDITOR = caller("vps.an", "van-phong-so", "officers");
  static final Authentication INTEGRATION = caller("tichhop.pakn", "tich-hop-pakn", "integration");

  @Autowired WebApplicationContext context;
  @Autowired FilterChainProxy springSecurityFilterChain;
  @Autowired PathMappedEndpoints actuator;
  @LocalManagementPort int managementPort;

  /** {@code method} is {@code *} when the endpoint answers any method. */
  record Endpoint(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final Comparator<Endpoint> ORDER = Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method);

  @Test
  void everyEndpointHasARuleAndEveryRuleAnEndpoint() throws IOException {
    Set<Endpoint> endpoints = endpoints();
    Map<Endpoint, AccessRule> table = table();
    List<String> missing = endpoints.stream().filter(e -> !table.containsKey(e))
        .map(e -> "| " + e.method() + " | " + e.path() + " | ? |").toList();
    List<String> stale = table.keySet().stream().filter(e -> !endpoints.contains(e)).map(Endpoint::toString).toList();
    assertThat(missing)
        .as("Endpoints without a rule. Add a row for each to " + TABLE + " with its rule (one of "
            + List.of(AccessRule.values()).toString().toLowerCase(Locale.ROOT) + "); under /api a new controller is "
            + "the officers' unless vn.kstthc.security.SecurityConfiguration gives it another rule")
        .isEmpty();
    assertThat(stale).as("Rows of " + TABLE + " that match no endpoint any more: remove them").isEmpty();
  }

  @Test
  void eachRuleIsWhatTheSecurityChainsDo() throws IOException {
    List<String> wrong = new ArrayList<>();
    table().forEach((endpoint, rule) -> {
      if (!endpoint.path().startsWith(actuator.getBasePath() + "/") && !endpoint.path().equals(actuator.getBasePath())) {
        AccessRule actual = ruleApplied(endpoint);
        if (actual != rule) {
          wrong.add(endpoint + ": the table says " + rule + ", the chains apply " + actual);
        }
      }
    });
    assertThat(wrong).isEmpty();
  }

  /** The actuator has its own port (and context): asked over HTTP, anonymously. */
  @Test
  void actuatorEndpointsAnswerAsTheTableSays() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Endpoint, AccessRule> row : table().entrySet()) {
      String path = row.getKey().path();
      if (path.equals(actuator.getBasePath()) || path.startsWith(actuator.getBasePath() + "/")) {
        int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
        boolean refused = status == 401 || status == 403;
        if (refused != (row.getValue() == AccessRule.DENIED)) {
          wrong.add(path + ": HTTP " + status + " for a row saying " + row.getValue());
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The rule the first matching chain applies, judged by what it lets four kinds of caller do. */
  AccessRule ruleApplied(Endpoint endpoint) {
    MockHttpServletRequest request = new MockHttpServletRequest(
        context.getServletContext(), endpoint.method().equals("*") ? "GET" : endpoint.method(), sample(endpoint.path()));
    SecurityFilterChain chain = springSecurityFilterChain.getFilterChains().stream()
        .filter(c -> c.matches(request)).findFirst().orElseThrow();
    if (chain.getFilters().isEmpty()) {
      return AccessRule.CAMUNDA;
    }
    AuthorizationFilter authorization = chain.getFilters().stream()
        .filter(AuthorizationFilter.class::isInstance).map(AuthorizationFilter.class::cast).findFirst().orElseThrow();
    List<Boolean> allowed = new ArrayList<>();
    for (Authentication who : List.of(ANONYMOUS, OFFICER, EDITOR, INTEGRATION)) {
      AuthorizationResult result = authorization.getAuthorizationManager().authorize(() -> who, request);
      allowed.add(result != null && result.isGranted());
    }
    return switch (allowed.toString()) {
      case "[true, true, true, true]" -> AccessRule.ANONYMOUS;
      case "[false, true, true, false]" -> AccessRule.OFFICER;
      case "[false, false, true, false]" -> AccessRule.EDITOR;
      case "[false, false, false, true]" -> AccessRule.INTEGRATION;
      case "[false, false, false, false]" -> AccessRule.DENIED;
      default -> throw new AssertionError(endpoint + ": no rule lets through exactly " + allowed
          + " (anonymous, officer, editor, integration client)");
    };
  }

  /** A path the pattern matches: each variable or wildcard replaced by a plain segment. */
  static String sample(String pattern) {
    return pattern.replaceAll("\\{[^}]*}", "x").replace("**", "x").replace("*", "x");
  }

  Set<Endpoint> endpoints() {
    Set<Endpoint> endpoints = new TreeSet<>(ORDER);
    context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
        mapping.getHandlerMethods().keySet().forEach(info -> {
          Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
          for (String path : info.getPatternValues()) {
            if (methods.isEmpty()) {
              endpoints.add(new Endpoint("*", path));
            }
            methods.forEach(method -> endpoints.add(new Endpoint(method.name(), path)));
          }
        }));
    context.getBeansOfType(AbstractUrlHandlerMapping.class).values().forEach(mapping -> {
      mapping.getHandlerMap().keySet().forEach(path -> endpoints.add(new Endpoint("*", path)));
      if (mapping.getRootHandler() != null) {
        endpoints.add(new Endpoint("*", "/"));
      }
    });
    for (ServletRegistration servlet : context.getServletContext().getServletRegistrations().values()) {
      if (!servlet.getClassName().equals(DispatcherServlet.class.getName())) {
        servlet.getMappings().forEach(mapping -> endpoints.add(new Endpoint("*", mapping.replaceAll("/\\*$", "/**"))));
      }
    }
    endpoints.add(new Endpoint("*", actuator.getBasePath()));
    actuator.getAllPaths().forEach(path -> endpoints.add(new Endpoint("*", path)));
    return endpoints;
  }

  /** The rows of the table: {@code | method | path | rule | why |}. */
  static Map<Endpoint, AccessRule> table() throws IOException {
    Map<Endpoint, AccessRule> rows = new TreeMap<>(ORDER);
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      List<String> cells = List.of(line.split("\\|", -1)).stream().map(String::strip).collect(Collectors.toList());
      if (cells.size() < 5 || !cells.get(0).isEmpty() || !cells.get(2).startsWith("`/")) {
        continue; // not a row of the table (text, the header, the separator)
      }
      Endpoint endpoint = new Endpoint(cells.get(1), cells.get(2).replace("`", ""));
      AccessRule previous = rows.put(endpoint, AccessRule.valueOf(cells.get(3).toUpperCase(Locale.ROOT)));
      assertThat(previous).as("two rows for " + endpoint).isNull();
    }
    return rows;
  }

  private static Authentication caller(String user, String group, String kind) {
    return new CallerAuthentication(new Caller(user, List.of(group), Set.of(kind), List.of()));
  }
}
