package vn.kstthc.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import vn.kstthc.platform.CachingBasicAuthenticationProvider;
import vn.kstthc.platform.CachingBasicAuthenticationProvider.Caller;

/**
 * HTTP Basic against the engine's users, with the same remembered checks as {@code /engine-rest}
 * ({@link CachingBasicAuthenticationProvider}: Camunda's password check and login throttling, 60 s
 * of memory). Being a bean, it is Spring Security's only authentication: Spring Boot then creates
 * no user of its own and logs no generated password.
 */
class EngineAuthenticationProvider implements AuthenticationProvider {

  static final String WRONG_CREDENTIALS = "Sai tên đăng nhập hoặc mật khẩu.";

  private final ProcessEngine engine;
  private final CachingBasicAuthenticationProvider checks;

  EngineAuthenticationProvider(ProcessEngine engine, CachingBasicAuthenticationProvider checks) {
    this.engine = engine;
    this.checks = checks;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    Caller caller = password == null ? null : checks.check(engine, userId, password.toString());
    if (caller == null) {
      throw new BadCredentialsException(WRONG_CREDENTIALS);
    }
    return new CallerAuthentication(caller);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
