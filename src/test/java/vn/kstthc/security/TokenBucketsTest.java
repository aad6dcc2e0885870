package vn.kstthc.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  final AtomicLong now = new AtomicLong(1_000);

  @Test
  void aClientGetsItsBurstThenOneRequestPerPeriod() {
    TokenBuckets buckets = new TokenBuckets(6, 3, 100, now::get); // a token every 10 s
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isEqualTo(TimeUnit.SECONDS.toNanos(10));
    assertThat(buckets.take("b")).as("another address has its own bucket").isZero();

    now.addAndGet(TimeUnit.SECONDS.toNanos(4));
    assertThat(buckets.take("a")).isEqualTo(TimeUnit.SECONDS.toNanos(6));
    now.addAndGet(TimeUnit.SECONDS.toNanos(6));
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isPositive();

    now.addAndGet(TimeUnit.HOURS.toNanos(1));
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).isZero();
    assertThat(buckets.take("a")).as("a quiet hour refills the burst, not more").isPositive();
  }

  @Test
  void memoryIsBoundedAndNewClientsShareOneBucketWhileFull() {
    TokenBuckets buckets = new TokenBuckets(6, 2, 3, now::get);
    for (String client : new String[] {"a", "b", "c"}) {
      assertThat(buckets.take(client)).isZero();
    }
    assertThat(buckets.clients()).isEqualTo(3);
    assertThat(buckets.take("d")).isZero();
    assertThat(buckets.take("e")).isZero();
    assertThat(buckets.take("f")).as("d, e and f share the bucket of the overflow").isPositive();
    assertThat(buckets.clients()).isEqualTo(3);

    // once their buckets have filled up again, the old clients are forgotten to make room
    now.addAndGet(TimeUnit.SECONDS.toNanos(20));
    assertThat(buckets.take("g")).isZero();
    assertThat(buckets.take("g")).isZero();
    assertThat(buckets.take("g")).isPositive();
    assertThat(buckets.clients()).isEqualTo(1);
  }
}
