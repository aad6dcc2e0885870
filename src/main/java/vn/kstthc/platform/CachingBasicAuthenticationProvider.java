package vn.kstthc.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.digest._apacheCommonsCodec.Base64;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.context.event.EventListener;

/**
 * HTTP Basic authentication against the engine's users, remembering a successful check for a
 * short time. Camunda's own provider checks the password (a hash) and looks up the user's groups
 * and tenants on every request: three database transactions before any work. Here a request with
 * the same credentials within {@code ttl} costs none.
 *
 * <p>A check is remembered under the user id and password as Camunda decodes them (the same code,
 * so that what is remembered is exactly what was checked), not under the header: Camunda's
 * decoding is lenient (characters outside Base64 are skipped), and one user could otherwise send
 * endless variants of one header, each a new entry. The password is kept only as an HMAC with a
 * key drawn at random when the process starts, never as a plain hash anyone with a heap dump
 * could test guesses against. At most {@link #MAX_ENTRIES} checks are remembered; when full, new
 * ones are not, until some expire.
 *
 * <p>Checks of one user are made one at a time (striped locks): concurrent first requests make one
 * database check, and a wrong password, which forgets the user's remembered checks (an account
 * locked by login throttling is locked for REST at once), cannot be overtaken by a right one
 * remembering its result just after. A change of the organisation file clears everything at once
 * on the node that applied it (other nodes: after at most {@code ttl}); a password changed in Admin
 * takes effect after at most {@code ttl}; {@code ttl = 0} turns the cache off (Camunda's
 * behaviour).
 */
public class CachingBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final int MAX_ENTRIES = 10_000;
  private static final int LOCK_STRIPES = 64;

  private final Duration ttl;
  private final Clock clock;
  private final SecretKeySpec passwordKey;
  private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
  private final Object[] userLocks = new Object[LOCK_STRIPES];
  private final AtomicLong generation = new AtomicLong();

  private record Key(String engine, String userId, String passwordMac) {}

  /**
   * An authenticated user of the engine: their groups, the kinds of those groups (the Camunda group
   * types, e.g. {@code integration}) and their tenants.
   */
  public record Caller(String userId, List<String> groups, Set<String> groupTypes, List<String> tenants) {

    /** The user's memberships, read from the engine. */
    public static Caller of(ProcessEngine engine, String userId) {
      List<Group> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list();
      List<String> tenants =
          engine.getIdentityService().createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
              .map(Tenant::getId)
              .toList();
      Set<String> types =
          groups.stream().map(Group::getType).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
      return new Caller(userId, groups.stream().map(Group::getId).toList(), types, tenants);
    }
  }

  private record Entry(Caller caller, long expiresAtMillis) {}

  private record Credentials(String userId, String password) {}

  public CachingBasicAuthenticationProvider(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.passwordKey = new SecretKeySpec(key, "HmacSHA256");
    for (int i = 0; i < LOCK_STRIPES; i++) {
      userLocks[i] = new Object();
    }
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Credentials credentials = ttl.isZero() ? null : decode(request.getHeader("Authorization"));
    if (credentials == null) {
      return super.extractAuthenticatedUser(request, engine);
    }
    Caller caller = check(engine, credentials.userId(), credentials.password());
    if (caller == null) {
      return AuthenticationResult.unsuccessful(credentials.userId());
    }
    AuthenticationResult result = AuthenticationResult.successful(caller.userId());
    result.setGroups(caller.groups());
    result.setTenants(caller.tenants());
    return result;
  }

  /**
   * The user with this password and their memberships, remembered or checked now; null when the
   * password is wrong (or the user unknown or locked).
   */
  public Caller check(ProcessEngine engine, String userId, String password) {
    if (ttl.isZero()) {
      return isAuthenticated(engine, userId, password) ? Caller.of(engine, userId) : null;
    }
    Key key = new Key(engine.getName(), userId, mac(password));
    Entry remembered = fresh(key);
    if (remembered != null) {
      return remembered.caller();
    }
    synchronized (userLocks[Math.floorMod(userId.hashCode(), LOCK_STRIPES)]) {
      remembered = fresh(key); // another request of this user may have just checked
      if (remembered != null) {
        return remembered.caller();
      }
      long generationBefore = generation.get();
      if (!isAuthenticated(engine, userId, password)) {
        // A wrong password may have locked the account: forget what was remembered for it.
        cache.keySet().removeIf(k -> k.userId().equals(userId));
        return null;
      }
      Caller caller = Caller.of(engine, userId);
      long now = clock.millis();
      Entry entry = new Entry(caller, now + ttl.toMillis());
      if (cache.size() >= MAX_ENTRIES) {
        cache.values().removeIf(e -> e.expiresAtMillis() <= now);
      }
      if (cache.size() < MAX_ENTRIES) {
        cache.put(key, entry);
        if (generation.get() != generationBefore) {
          // the organisation changed while the memberships were read: they may be old
          cache.remove(key, entry);
        }
      }
      return caller;
    }
  }

  /** Forgets every remembered check: a moved or removed officer is seen at once. */
  @EventListener(IdentitiesChangedEvent.class)
  public void clear() {
    generation.incrementAndGet();
    cache.clear();
  }

  int size() {
    return cache.size();
  }

  private Entry fresh(Key key) {
    Entry entry = cache.get(key);
    return entry != null && entry.expiresAtMillis() > clock.millis() ? entry : null;
  }

  /** The credentials exactly as {@link HttpBasicAuthenticationProvider} decodes them; null if none. */
  private static Credentials decode(String header) {
    if (header == null || !header.startsWith(BASIC_AUTH_HEADER_PREFIX)) {
      return null;
    }
    String decoded = new String(Base64.decodeBase64(header.substring(BASIC_AUTH_HEADER_PREFIX.length())));
    int colon = decoded.indexOf(':');
    return colon < 0 ? null : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private String mac(String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(passwordKey);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
