package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class CachingBasicAuthenticationProviderTest {

  static final String USER = "vps.an";
  static final String PASSWORD = "Dung-Mat-khau-1";

  final CachingBasicAuthenticationProvider provider =
      new CachingBasicAuthenticationProvider(Duration.ofMinutes(1), Clock.systemUTC());
  final IdentityService identity = mock(IdentityService.class);
  final ProcessEngine engine = mock(ProcessEngine.class);

  @BeforeEach
  void engineWithOneUser() {
    when(engine.getName()).thenReturn("default");
    when(engine.getIdentityService()).thenReturn(identity);
    when(identity.createGroupQuery()).thenAnswer(i -> mock(GroupQuery.class, RETURNS_SELF));
    when(identity.createTenantQuery()).thenAnswer(i -> mock(TenantQuery.class, RETURNS_SELF));
    when(identity.checkPassword(USER, PASSWORD)).thenReturn(true);
  }

  AuthenticationResult call(String header) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
    request.addHeader("Authorization", header);
    return provider.extractAuthenticatedUser(request, engine);
  }

  static String basic(String credentials) {
    return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void variantsOfOneHeaderAreOneEntryAndCannotFlushTheCache() {
    String header = basic(USER + ":" + PASSWORD);
    assertThat(call(header).isAuthenticated()).isTrue();
    // Camunda's decoder skips characters outside Base64: each of these is the same user and password
    for (int i = 0; i <= CachingBasicAuthenticationProvider.MAX_ENTRIES; i++) {
      String variant = header + "!".repeat(i % 50 + 1) + "\t".repeat(i / 50);
      AuthenticationResult result = call(variant);
      assertThat(result.isAuthenticated()).isTrue();
      assertThat(result.getAuthenticatedUser()).isEqualTo(USER);
    }
    assertThat(provider.size()).isEqualTo(1);
    verify(identity, times(1)).checkPassword(USER, PASSWORD);
  }

  @Test
  void aWrongPasswordIsNotRememberedAndForgetsTheUser() {
    call(basic(USER + ":" + PASSWORD));
    assertThat(call(basic(USER + ":Sai-mat-khau-1")).isAuthenticated()).isFalse();
    assertThat(provider.size()).isZero();
    call(basic(USER + ":" + PASSWORD));
    verify(identity, times(2)).checkPassword(USER, PASSWORD);
  }

  @Test
  void concurrentFirstRequestsOfAUserMakeOneCheck() throws InterruptedException {
    CountDownLatch insideCheck = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger checks = new AtomicInteger();
    when(identity.checkPassword(USER, PASSWORD)).thenAnswer(invocation -> {
      checks.incrementAndGet();
      insideCheck.countDown();
      release.await();
      return true;
    });
    String header = basic(USER + ":" + PASSWORD);
    Thread first = new Thread(() -> call(header));
    first.start();
    insideCheck.await();
    Thread second = new Thread(() -> call(header));
    second.start();
    // until the second request either checks too or waits for the first one's check
    while (checks.get() < 2 && second.getState() != Thread.State.BLOCKED) {
      Thread.onSpinWait();
    }
    release.countDown();
    first.join();
    second.join();
    assertThat(checks.get()).isEqualTo(1);
    assertThat(provider.size()).isEqualTo(1);
  }

  @Test
  void aRightPasswordCheckedDuringAWrongOneIsNotRemembered() throws InterruptedException {
    CountDownLatch insideCheck = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger wrongChecks = new AtomicInteger();
    when(identity.checkPassword(USER, PASSWORD)).thenAnswer(invocation -> {
      insideCheck.countDown();
      release.await();
      return true;
    });
    when(identity.checkPassword(USER, "Sai-mat-khau-1")).thenAnswer(invocation -> {
      wrongChecks.incrementAndGet();
      return false; // and the account is now locked for a while
    });
    Thread right = new Thread(() -> call(basic(USER + ":" + PASSWORD)));
    right.start();
    insideCheck.await();
    Thread wrong = new Thread(() -> call(basic(USER + ":Sai-mat-khau-1")));
    wrong.start();
    while (wrongChecks.get() < 1 && wrong.getState() != Thread.State.BLOCKED) {
      Thread.onSpinWait();
    }
    release.countDown();
    right.join();
    wrong.join();
    assertThat(provider.size()).as("the locked account's check is forgotten").isZero();
  }
}
