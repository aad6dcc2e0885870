package vn.kstthc.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One measured run: either pgbench ({@code config = "pgbench"}, only {@code tps}) or an
 * application ({@code shipped}: Camunda as shipped, the anchor; {@code ours}; {@code stock}: ours
 * with the starter's settings) at a number of clients, in the {@code pair}-th interleaved pair,
 * with the machine's 1-minute load average when the run ended; {@code steps}: the latencies of
 * each step of the petition walk, in the walk's order (none for the other workloads).
 */
public record RunResult(
    String config,
    int clients,
    double seconds,
    Double pgbenchTps,
    Long instances,
    Double instancesPerSecond,
    LatencyRecorder.Summary start,
    LatencyRecorder.Summary findTask,
    LatencyRecorder.Summary complete,
    Map<String, Long> errors,
    Long restCalls,
    DbCounters.Delta db,
    Double cpuMillisPerInstance,
    Double startupSeconds,
    Double rssIdleMiB,
    Double rssLoadMiB,
    Integer pair,
    Double loadAverage,
    Map<String, LatencyRecorder.Summary> steps) {

  public static RunResult pgbench(int clients, double seconds, double tps) {
    return new RunResult("pgbench", clients, seconds, tps, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  public static RunResult application(
      String config, Workload.Outcome outcome, DbCounters.Delta db, Double cpuMillis, Double startupSeconds,
      Double rssIdleMiB, Double rssLoadMiB, Integer pair, Double loadAverage) {
    return new RunResult(config, outcome.clients(), outcome.seconds(), null, outcome.instances(), outcome.instancesPerSecond(),
        outcome.start().summary(), outcome.findTask().summary(), outcome.complete().summary(), outcome.errors(),
        outcome.requests(), db, cpuMillis == null || outcome.instances() == 0 ? null : cpuMillis / outcome.instances(),
        startupSeconds, rssIdleMiB, rssLoadMiB, pair, loadAverage, summaries(outcome.steps()));
  }

  private static Map<String, LatencyRecorder.Summary> summaries(Map<String, LatencyRecorder> steps) {
    if (steps.isEmpty()) {
      return null;
    }
    Map<String, LatencyRecorder.Summary> summaries = new LinkedHashMap<>();
    steps.forEach((step, latency) -> summaries.put(step, latency.summary()));
    return summaries;
  }

  /** Database transactions per instance (all, writing, read-only). */
  public double perInstance(long count) {
    return instances == null || instances == 0 ? 0 : (double) count / instances;
  }

  /** Read-only transactions per REST call. */
  public double readOnlyPerRestCall() {
    return restCalls == null || restCalls == 0 || db == null ? 0 : (double) db.readOnly() / restCalls;
  }
}
