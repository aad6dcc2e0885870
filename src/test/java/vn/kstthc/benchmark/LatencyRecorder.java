package vn.kstthc.benchmark;

import java.util.Arrays;

/** Latencies of one kind of call, from many threads; percentiles by the nearest-rank method. */
public final class LatencyRecorder {

  private long[] nanos = new long[1024];
  private int count;

  public synchronized void record(long elapsedNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
  }

  public synchronized Summary summary() {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new Summary(
        count, millis(sorted, 50), millis(sorted, 95), millis(sorted, 99), count == 0 ? 0 : sorted[count - 1] / 1e6);
  }

  /** The p-th percentile, nearest rank: the smallest value with at least p% of values at or below it. */
  static double millis(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /** Count and percentiles in milliseconds. */
  public record Summary(int count, double p50, double p95, double p99, double max) {}
}
