package vn.kstthc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness's own arithmetic: percentiles, the split of transactions, the result file. */
class BenchmarkHarnessTest {

  @Test
  void percentilesAreNearestRank() {
    LatencyRecorder recorder = new LatencyRecorder();
    for (int ms = 100; ms >= 1; ms--) {
      recorder.record(ms * 1_000_000L);
    }
    LatencyRecorder.Summary summary = recorder.summary();
    assertThat(summary.count()).isEqualTo(100);
    assertThat(summary.p50()).isEqualTo(50.0);
    assertThat(summary.p95()).isEqualTo(95.0);
    assertThat(summary.p99()).isEqualTo(99.0);
    assertThat(summary.max()).isEqualTo(100.0);
    assertThat(LatencyRecorder.millis(new long[] {7_000_000L}, 99)).isEqualTo(7.0);
    assertThat(new LatencyRecorder().summary().p95()).isZero();
  }

  @Test
  void transactionsSplitIntoWritingAndReadOnlyLessTheProbes() {
    DbCounters before = new DbCounters(1000, 5, 700, 10_000, 1_000_000);
    DbCounters after = new DbCounters(2301, 7, 900, 12_000, 1_500_000);
    DbCounters.Delta delta = DbCounters.between(before, after, 1);
    assertThat(delta.commits()).isEqualTo(1300);
    assertThat(delta.writing()).isEqualTo(200);
    assertThat(delta.readOnly()).isEqualTo(1100);
    assertThat(delta.rollbacks()).isEqualTo(2);
    assertThat(delta.walBytes()).isEqualTo(500_000);
  }

  @Test
  void optimisticLockingIsCountedApart() {
    assertThat(Workload.classify(500, "{\"type\":\"OptimisticLockingException\"}")).isEqualTo("optimistic-locking");
    assertThat(Workload.classify(500, "Entity was updated by another transaction concurrently")).isEqualTo("optimistic-locking");
    assertThat(Workload.classify(401, "")).isEqualTo("http-401");
  }

  @Test
  void onlyThisMachineIsATarget() {
    assertThatThrownBy(() -> new Workload("http://10.0.0.5:8080", BenchmarkSetup.OFFICERS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pgbenchTpsIsRead() {
    String output = "number of transactions actually processed: 12345\nlatency average = 1.2 ms\n"
        + "initial connection time = 3.1 ms\ntps = 617.250123 (without initial connection time)\n";
    assertThat(BenchmarkRunner.parseTps(output)).isEqualTo(617.250123);
    assertThatThrownBy(() -> BenchmarkRunner.parseTps("error")).hasMessageContaining("No tps");
  }

  @Test
  void resultFileRoundTripsAndTheTableShowsTheMedianRatioOfThePairs() throws Exception {
    LatencyRecorder.Summary latency = new LatencyRecorder.Summary(100, 5, 9, 12, 20);
    LatencyRecorder.Summary slower = new LatencyRecorder.Summary(100, 5, 30, 35, 40);
    RunResult shipped1 = new RunResult("shipped", 4, 10, null, 500L, 50.0, latency, latency, slower, Map.of(), 1500L,
        new DbCounters.Delta(6500, 1000, 5500, 0, 0, 1_000_000), 3.0, 9.5, 300.0, 420.0, 1, 1.5, null);
    RunResult ours1 = new RunResult("ours", 4, 10, null, 2000L, 200.0, latency, latency, latency, Map.of("optimistic-locking", 1L),
        6000L, new DbCounters.Delta(8000, 4000, 4000, 0, 0, 2_000_000), 1.5, 8.0, 280.0, 400.0, 1, 2.5, null);
    RunResult ours2 = new RunResult("ours", 4, 10, null, 1000L, 100.0, latency, latency, latency, Map.of(),
        3000L, new DbCounters.Delta(4000, 2000, 2000, 0, 0, 1_000_000), 2.5, 8.0, 280.0, 400.0, 2, 2.0, null);
    RunResult shipped2 = new RunResult("shipped", 4, 10, null, 1000L, 100.0, latency, latency, slower, Map.of(), 3000L,
        new DbCounters.Delta(13000, 2000, 11000, 0, 0, 2_000_000), 5.0, 9.5, 300.0, 420.0, 2, 1.0, null);
    RunResult ours3 = new RunResult("ours", 4, 10, null, 1500L, 150.0, latency, latency, latency, Map.of(),
        4500L, new DbCounters.Delta(6000, 3000, 3000, 0, 0, 1_500_000), 2.0, 8.0, 280.0, 400.0, 3, 2.0, null);
    RunResult shipped3 = new RunResult("shipped", 4, 10, null, 1000L, 100.0, latency, latency, slower, Map.of(), 3000L,
        new DbCounters.Delta(13000, 2000, 11000, 0, 0, 2_000_000), 4.0, 9.5, 300.0, 420.0, 3, 1.0, null);
    BenchmarkReport report = new BenchmarkReport("2026-11-23T12-00", Map.of("cores", "2"), 10,
        List.of(RunResult.pgbench(4, 10, 1000), shipped1, ours1, ours2, shipped2, shipped3, ours3), "officer");

    BenchmarkReport read = BenchmarkReport.fromJson(report.toJson());
    assertThat(read).isEqualTo(report);
    String table = report.toMarkdown();
    // inst/s medians 100 and 150; ratios per pair 4, 1, 1.5; p95 complete 30 / 9; CPU medians 4 and 2
    assertThat(table).contains("| 4 | 3 | 100 | 150 | 1.50× (1.00–4.00) | 30.00 / 9.00 | 4.00 / 2.00 | 1.00–2.50 |");
    assertThat(table).contains("| 4 | 1 | ours | 200 | 9.00 | 9.00 | 4.00 (2.00+2.00) | 0.67 | 1.50 | {optimistic-locking=1} | 2.50 |");
    assertThat(table).contains("13.00 (2.00+11.00)");
    assertThat(table).contains("| 4 | 1000 | 0.60 |"); // ours' commits/s (800, 400, 600) ÷ pgbench tps, median
  }

  @Test
  void thePetitionWorkloadHasItsOwnTable() {
    LatencyRecorder.Summary intake = new LatencyRecorder.Summary(100, 5, 40, 45, 50);
    LatencyRecorder.Summary none = new LatencyRecorder.Summary(0, 0, 0, 0, 0);
    RunResult run = new RunResult("ours", 16, 10, null, 300L, 30.0, intake, none, none, Map.of(), 300L,
        new DbCounters.Delta(3000, 2000, 1000, 0, 0, 3_000_000), 12.0, 9.0, 300.0, 420.0, 1, 3.0, null);
    String table = new BenchmarkReport("2026-11-30T10-00", Map.of("cores", "2"), 10, List.of(run), "pakn").toMarkdown();
    assertThat(table).contains("`POST /api/pakn`").contains("| 16 | 1 | 30.00 | 40.00 | 12.00 | 3.00–3.00 |");
    assertThat(table).doesNotContain("shipped inst/s");
  }

  @Test
  void thePetitionWalkGivesWalksPerSecondAndEachStepsP95() throws Exception {
    LatencyRecorder.Summary intake = new LatencyRecorder.Summary(150, 5, 40, 45, 50);
    LatencyRecorder.Summary find = new LatencyRecorder.Summary(750, 5, 12, 15, 20);
    LatencyRecorder.Summary none = new LatencyRecorder.Summary(0, 0, 0, 0, 0);
    Map<String, LatencyRecorder.Summary> steps = new java.util.LinkedHashMap<>();
    steps.put("phan-loai", new LatencyRecorder.Summary(150, 10, 30, 35, 40));
    steps.put("phe-duyet", new LatencyRecorder.Summary(150, 10, 60, 65, 70));
    RunResult run = new RunResult("ours", 4, 10, null, 150L, 15.0, intake, find, none, Map.of(), 1650L,
        new DbCounters.Delta(3000, 2000, 1000, 0, 0, 3_000_000), 80.0, 9.0, 300.0, 420.0, 1, 3.0, steps);
    BenchmarkReport report = new BenchmarkReport("2026-11-30T12-00", Map.of("cores", "2"), 10, List.of(run), "pakn-walk");

    assertThat(BenchmarkReport.fromJson(report.toJson())).isEqualTo(report);
    String table = report.toMarkdown();
    assertThat(table).contains("| clients | runs | walked/s | p95 intake (ms) | p95 find task (ms) | p95 phan-loai | p95 phe-duyet |")
        .contains("| 4 | 1 | 15.00 | 40.00 | 12.00 | 30.00 | 60.00 | 80.00 | 3.00–3.00 |");
    assertThat(RunResult.application("ours", new Workload.Outcome(4, 10, 150, new LatencyRecorder(), new LatencyRecorder(),
        new LatencyRecorder(), Map.of(), 1650, Map.of("du-thao", new LatencyRecorder())), null, 1200.0, 9.0, 300.0, 420.0, 1, 3.0)
        .cpuMillisPerInstance()).as("CPU per walk").isEqualTo(8.0);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(BenchmarkReport.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(BenchmarkReport.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
  }

  @Test
  void statementsAreCountedPerInstanceByKind() {
    StatementCounts counts = new StatementCounts(List.of(
        new StatementCounts.Counted(200, 200, "insert into ACT_HI_TASKINST (\n ID_, ...) values ($1, ...)"),
        new StatementCounts.Counted(100, 100, "update ACT_RU_TASK set REV_ = $1 where ID_ = $2"),
        new StatementCounts.Counted(100, 250, "select * from ACT_RU_TASK where PROC_INST_ID_ = $1"),
        new StatementCounts.Counted(100, 0, "select 1 | 2"),
        new StatementCounts.Counted(50, 50, "DELETE FROM kstthc_open_task where task_id = $1"),
        new StatementCounts.Counted(1, 1, "select rarely")));
    assertThat(StatementCounts.kind("  Insert  Into act_hi_taskinst values ($1)")).isEqualTo("insert into act_hi_taskinst");
    assertThat(StatementCounts.kind("commit")).isEqualTo("commit");
    String table = counts.toMarkdown("ours", 100);
    assertThat(table).contains("statements per instance: 5.51")
        .contains("| insert into act_hi_taskinst | 2.00 |").contains("| update act_ru_task | 1.00 |")
        .contains("| delete from kstthc_open_task | 0.50 |").contains("| select | 2.01 |")
        .contains("| 1.00 | 2.50 | `select * from ACT_RU_TASK where PROC_INST_ID_ = $1` |")
        .contains("`select 1 \\| 2`") // a pipe would split the Markdown cell
        .doesNotContain("select rarely"); // not more than one call per 100 instances
  }
}
