package vn.kstthc.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.context.event.EventListener;

/**
 * HTTP Basic authentication against the engine's users, remembering a successful check for a
 * short time. Camunda's own provider checks the password (a hash) and looks up the user's groups
 * and tenants on every request: three database transactions before any work. Here a request with
 * the same credentials within {@code ttl} costs none.
 *
 * <p>What is remembered is a SHA-256 of the whole Authorization header, never the password. A
 * failed check is never remembered, and it makes the provider forget that user's remembered
 * checks, so an account locked by wrong passwords (login throttling) is locked for REST at once. A
 * change of the organisation file clears it at once on the node that applied it (other nodes:
 * after at most {@code ttl}); a password changed in Admin takes effect after at most {@code ttl};
 * {@code ttl = 0} turns the cache off (Camunda's behaviour).
 */
public class CachingBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final int MAX_ENTRIES = 10_000;

  private final Duration ttl;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

  private record Entry(String userId, List<String> groups, List<String> tenants, long expiresAtMillis) {}

  public CachingBasicAuthenticationProvider(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader("Authorization");
    if (ttl.isZero() || header == null) {
      return super.extractAuthenticatedUser(request, engine);
    }
    String key = engine.getName() + ":" + sha256(header);
    long now = clock.millis();
    Entry entry = cache.get(key);
    if (entry != null && entry.expiresAtMillis() > now) {
      return result(entry);
    }
    long generationBefore = generation.get();
    AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
    if (result.isAuthenticated()) {
      String userId = result.getAuthenticatedUser();
      List<String> groups =
          engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      List<String> tenants =
          engine.getIdentityService().createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
              .map(Tenant::getId)
              .toList();
      if (cache.size() >= MAX_ENTRIES) {
        cache.values().removeIf(e -> e.expiresAtMillis() <= now);
        if (cache.size() >= MAX_ENTRIES) {
          cache.clear();
        }
      }
      entry = new Entry(userId, groups, tenants, now + ttl.toMillis());
      if (generation.get() == generationBefore) {
        // not if the organisation changed while the memberships were read: they may be old
        cache.put(key, entry);
      }
      return result(entry);
    }
    if (result.getAuthenticatedUser() != null) {
      // A wrong password may have locked the account: forget what was remembered for it.
      String user = result.getAuthenticatedUser();
      cache.values().removeIf(e -> e.userId().equals(user));
    }
    return result;
  }

  /** Forgets every remembered check: a moved or removed officer is seen at once. */
  @EventListener(IdentitiesChangedEvent.class)
  public void clear() {
    generation.incrementAndGet();
    cache.clear();
  }

  private static AuthenticationResult result(Entry entry) {
    AuthenticationResult result = AuthenticationResult.successful(entry.userId());
    result.setGroups(entry.groups());
    result.setTenants(entry.tenants());
    return result;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
