package vn.kstthc.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The result file (JSON) and the table (Markdown) of one benchmark run. */
public record BenchmarkReport(
    String startedAt, Map<String, String> machine, double secondsPerRun, List<RunResult> runs, String workload) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() throws IOException {
    return JSON.writeValueAsString(this);
  }

  public static BenchmarkReport fromJson(String json) throws IOException {
    return JSON.readValue(json, BenchmarkReport.class);
  }

  private List<RunResult> runsOf(String config, int clients) {
    return runs.stream().filter(r -> r.config().equals(config) && r.clients() == clients).toList();
  }

  /**
   * The table, ours against Camunda as shipped: medians over the pairs; the ratio is taken
   * within each pair (ours / shipped of the same pair), then its median and range. Then every run,
   * pgbench, and start-up and memory per configuration.
   */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark ").append(startedAt).append("\n\n");
    md.append("Machine: ");
    machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
    if ("pakn".equals(workload)) {
      petitionTable(md);
    } else if ("pakn-walk".equals(workload)) {
      walkTable(md);
    } else {
      officerTable(md);
    }
    md.append("\nEvery run, in the order run:\n\n| clients | pair | config | inst/s | p95 start (ms) | p95 complete (ms) |")
        .append(" tx per instance (write+read) | read-only tx per REST call | JVM CPU ms per instance | errors | load average |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    runs.stream().filter(r -> r.instancesPerSecond() != null).forEach(r -> md.append("| ").append(r.clients())
        .append(" | ").append(r.pair() == null ? "–" : r.pair())
        .append(" | ").append(r.config())
        .append(" | ").append(fmt(r.instancesPerSecond()))
        .append(" | ").append(p95(r, true))
        .append(" | ").append(p95(r, false))
        .append(" | ").append(tx(r))
        .append(" | ").append(r.db() == null ? "–" : fmt(r.readOnlyPerRestCall()))
        .append(" | ").append(orDash(r.cpuMillisPerInstance()))
        .append(" | ").append(r.errors())
        .append(" | ").append(orDash(r.loadAverage()))
        .append(" |\n"));
    List<RunResult> pgbench = runs.stream().filter(r -> r.config().equals("pgbench")).toList();
    if (!pgbench.isEmpty()) {
      md.append("\n| clients | pgbench simple-update tps | ours: engine commits/s ÷ pgbench tps |\n|---|---|---|\n");
      pgbench.forEach(pg -> md.append("| ").append(pg.clients()).append(" | ").append(fmt(pg.pgbenchTps()))
          .append(" | ").append(median(runsOf("ours", pg.clients()),
              r -> r.db() == null ? null : r.db().commits() / r.seconds() / pg.pgbenchTps()))
          .append(" |\n"));
    }
    md.append("\n| config | start-up (s), median | RSS idle (MiB), median | RSS under load, max (MiB) | WAL bytes per instance |\n")
        .append("|---|---|---|---|---|\n");
    runs.stream().map(RunResult::config).filter(config -> !config.equals("pgbench")).distinct().forEach(config -> {
      List<RunResult> of = runs.stream().filter(r -> r.config().equals(config)).toList();
      double rssLoad = of.stream().filter(r -> r.rssLoadMiB() != null).mapToDouble(RunResult::rssLoadMiB).max().orElse(0);
      md.append("| ").append(config).append(" | ").append(median(of, RunResult::startupSeconds))
          .append(" | ").append(median(of, RunResult::rssIdleMiB))
          .append(" | ").append(fmt(rssLoad))
          .append(" | ").append(median(of, r -> r.db() == null || r.instances() == 0 ? null : (double) r.db().walBytes() / r.instances()))
          .append(" |\n");
    });
    return md.toString();
  }

  private void officerTable(StringBuilder md) {
    md.append("\n\nEach run: ").append(fmt(secondsPerRun)).append(" s, a one-user-task process started, its task")
        .append(" found and completed through `/engine-rest` (HTTP Basic, demo officers), on fresh databases.")
        .append(" shipped: a plain Camunda 7.24 Spring Boot starter application with its defaults (benchmark/anchor).")
        .append(" Medians over the interleaved pairs.\n\n");
    md.append("| clients | pairs | shipped inst/s | ours inst/s | ours/shipped, median (range) | p95 complete shipped / ours (ms) |")
        .append(" JVM CPU ms per instance shipped / ours | load average (1 min) |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    clientCounts().forEach(clients -> {
      List<RunResult> shipped = runsOf("shipped", clients);
      List<RunResult> ours = runsOf("ours", clients);
      if (ours.isEmpty()) {
        return;
      }
      List<Double> ratios = ratios(shipped, ours);
      md.append("| ").append(clients)
          .append(" | ").append(Math.min(shipped.size(), ours.size()))
          .append(" | ").append(median(shipped, RunResult::instancesPerSecond))
          .append(" | ").append(median(ours, RunResult::instancesPerSecond))
          .append(" | ").append(ratios.isEmpty() ? "–" : fmt(median(ratios)) + "× (" + fmt(Collections.min(ratios)) + "–"
              + fmt(Collections.max(ratios)) + ")")
          .append(" | ").append(median(shipped, r -> r.complete() == null ? null : r.complete().p95()))
          .append(" / ").append(median(ours, r -> r.complete() == null ? null : r.complete().p95()))
          .append(" | ").append(median(shipped, RunResult::cpuMillisPerInstance))
          .append(" / ").append(median(ours, RunResult::cpuMillisPerInstance))
          .append(" | ").append(range(runs.stream().filter(r -> r.clients() == clients).toList(), RunResult::loadAverage))
          .append(" |\n");
    });
  }

  private void petitionTable(StringBuilder md) {
    md.append("\n\nEach run: ").append(fmt(secondsPerRun)).append(" s, petitions submitted one after another by each client to")
        .append(" `POST /api/pakn` as the integration account `tichhop.pakn`, on fresh databases; an instance is an")
        .append(" acknowledged petition (201: its dossier started, its first task created). Medians over the runs.\n\n");
    md.append("| clients | runs | petitions/s | p95 intake (ms) | JVM CPU ms per petition | load average (1 min) |\n");
    md.append("|---|---|---|---|---|---|\n");
    clientCounts().forEach(clients -> {
      List<RunResult> ours = runsOf("ours", clients);
      if (ours.isEmpty()) {
        return;
      }
      md.append("| ").append(clients).append(" | ").append(ours.size())
          .append(" | ").append(median(ours, RunResult::instancesPerSecond))
          .append(" | ").append(median(ours, r -> r.start() == null ? null : r.start().p95()))
          .append(" | ").append(median(ours, RunResult::cpuMillisPerInstance))
          .append(" | ").append(range(ours, RunResult::loadAverage))
          .append(" |\n");
    });
  }

  /** Petitions walked to their end per second, and p95 of the intake, of finding a task and of each step's submission. */
  private void walkTable(StringBuilder md) {
    md.append("\n\nEach run: ").append(fmt(secondsPerRun)).append(" s, each client submits a petition to `POST /api/pakn`")
        .append(" as `tichhop.pakn`, then walks it to its end as the demo officers of each step (the task found by its case")
        .append(" number, its form submitted through `/engine-rest`), on fresh databases; an instance is a petition walked to")
        .append(" its end. Medians over the runs; the steps' columns are p95 of the form's submission (ms).\n\n");
    List<String> steps = runs.stream().filter(r -> r.steps() != null).findFirst()
        .map(r -> List.copyOf(r.steps().keySet())).orElse(List.of());
    md.append("| clients | runs | walked/s | p95 intake (ms) | p95 find task (ms) |");
    steps.forEach(step -> md.append(" p95 ").append(step).append(" |"));
    md.append(" JVM CPU ms per walk | load average (1 min) |\n|---|---|---|---|---|");
    steps.forEach(step -> md.append("---|"));
    md.append("---|---|\n");
    clientCounts().forEach(clients -> {
      List<RunResult> ours = runsOf("ours", clients);
      if (ours.isEmpty()) {
        return;
      }
      md.append("| ").append(clients).append(" | ").append(ours.size())
          .append(" | ").append(median(ours, RunResult::instancesPerSecond))
          .append(" | ").append(median(ours, r -> r.start() == null ? null : r.start().p95()))
          .append(" | ").append(median(ours, r -> r.findTask() == null ? null : r.findTask().p95()));
      steps.forEach(step -> md.append(" | ").append(median(ours,
          r -> r.steps() == null || r.steps().get(step) == null ? null : r.steps().get(step).p95())));
      md.append(" | ").append(median(ours, RunResult::cpuMillisPerInstance))
          .append(" | ").append(range(ours, RunResult::loadAverage))
          .append(" |\n");
    });
  }

  private java.util.stream.Stream<Integer> clientCounts() {
    return runs.stream().map(RunResult::clients).distinct().sorted();
  }

  /** ours / shipped within each pair both ran. */
  static List<Double> ratios(List<RunResult> shipped, List<RunResult> ours) {
    List<Double> ratios = new ArrayList<>();
    for (RunResult o : ours) {
      shipped.stream().filter(s -> Objects.equals(s.pair(), o.pair()) && s.instancesPerSecond() > 0).findFirst()
          .ifPresent(s -> ratios.add(o.instancesPerSecond() / s.instancesPerSecond()));
    }
    return ratios;
  }

  private static String median(List<RunResult> runs, Function<RunResult, Double> value) {
    List<Double> values = runs.stream().map(value).filter(Objects::nonNull).toList();
    return values.isEmpty() ? "–" : fmt(median(values));
  }

  private static String range(List<RunResult> runs, Function<RunResult, Double> value) {
    List<Double> values = runs.stream().map(value).filter(Objects::nonNull).toList();
    return values.isEmpty() ? "–" : fmt(Collections.min(values)) + "–" + fmt(Collections.max(values));
  }

  /** The middle value; of an even count, the mean of the two middle values. */
  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String orDash(Double value) {
    return value == null ? "–" : fmt(value);
  }

  private static String tx(RunResult run) {
    if (run == null || run.db() == null) {
      return "–";
    }
    return fmt(run.perInstance(run.db().commits())) + " (" + fmt(run.perInstance(run.db().writing())) + "+"
        + fmt(run.perInstance(run.db().readOnly())) + ")";
  }

  private static String p95(RunResult run, boolean start) {
    if (run == null || run.start() == null) {
      return "–";
    }
    return fmt(start ? run.start().p95() : run.complete().p95());
  }

  static String fmt(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }

  public void write(Path directory, String name) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(name + ".json"), toJson(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(name + ".md"), toMarkdown(), StandardCharsets.UTF_8);
  }
}
