package vn.kstthc.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code burst} requests at once, then one every {@code 60 s /
 * perMinute}. Memory is bounded: at most about {@code maxClients} buckets are kept; when full,
 * clients whose bucket has filled up again are forgotten (they lose nothing: a new bucket is full),
 * and while it is still full, new clients share one bucket, so a flood from many addresses is
 * limited as one client.
 */
final class TokenBuckets {

  private static final long PURGE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final int burst;
  private final double tokensPerNano;
  private final int maxClients;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Bucket shared;
  private volatile long lastPurge;

  TokenBuckets(int perMinute, int burst, int maxClients, LongSupplier nanoTime) {
    if (perMinute < 1 || burst < 1 || maxClients < 1) {
      throw new IllegalArgumentException("rate limit: requests-per-minute, burst and max-clients must be at least 1");
    }
    this.burst = burst;
    this.tokensPerNano = perMinute / (double) TimeUnit.MINUTES.toNanos(1);
    this.maxClients = maxClients;
    this.nanoTime = nanoTime;
    long now = nanoTime.getAsLong();
    this.shared = new Bucket(burst, now);
    this.lastPurge = now - PURGE_INTERVAL_NANOS;
  }

  /** Takes a token for {@code client}: 0 when granted, else the nanoseconds until the next one. */
  long take(String client) {
    long now = nanoTime.getAsLong();
    Bucket bucket = buckets.get(client);
    if (bucket == null) {
      if (buckets.size() >= maxClients) {
        purge(now);
      }
      bucket = buckets.size() < maxClients ? buckets.computeIfAbsent(client, c -> new Bucket(burst, now)) : shared;
    }
    return bucket.take(now);
  }

  int clients() {
    return buckets.size();
  }

  /** Forgets the clients whose bucket is full again; at most once a second (it walks every bucket). */
  private void purge(long now) {
    if (now - lastPurge < PURGE_INTERVAL_NANOS) {
      return;
    }
    lastPurge = now;
    buckets.values().removeIf(bucket -> bucket.isFull(now));
  }

  private final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    synchronized long take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) / tokensPerNano);
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= burst;
    }

    private void refill(long now) {
      if (now > updated) {
        tokens = Math.min(burst, tokens + (now - updated) * tokensPerNano);
        updated = now;
      }
    }
  }
}
