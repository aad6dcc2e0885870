package vn.kstthc.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The result file (JSON) and the table (Markdown) of one benchmark run. */
public record BenchmarkReport(String startedAt, Map<String, String> machine, double secondsPerRun, List<RunResult> runs) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() throws IOException {
    return JSON.writeValueAsString(this);
  }

  public static BenchmarkReport fromJson(String json) throws IOException {
    return JSON.readValue(json, BenchmarkReport.class);
  }

  Optional<RunResult> find(String config, int clients) {
    return runs.stream().filter(r -> r.config().equals(config) && r.clients() == clients).findFirst();
  }

  public String toMarkdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark ").append(startedAt).append("\n\n");
    md.append("Machine: ");
    machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
    md.append("\n\nEach run: ").append(fmt(secondsPerRun)).append(" s, a one-user-task process started, its task")
        .append(" found and completed through `/engine-rest` (HTTP Basic, demo officers), on fresh databases.\n\n");
    md.append("| clients | pgbench tps | stock inst/s | ours inst/s | ours/stock | engine commits/s ÷ pgbench tps (ours) |")
        .append(" p95 start stock / ours (ms) | p95 complete stock / ours (ms) | tx per instance stock (write+read) |")
        .append(" tx per instance ours (write+read) | read-only tx per REST call stock / ours | JVM CPU ms per instance stock / ours |")
        .append(" errors stock / ours |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    runs.stream().map(RunResult::clients).distinct().sorted().forEach(clients -> {
      RunResult pg = find("pgbench", clients).orElse(null);
      RunResult stock = find("stock", clients).orElse(null);
      RunResult ours = find("ours", clients).orElse(null);
      md.append("| ").append(clients)
          .append(" | ").append(pg == null ? "–" : fmt(pg.pgbenchTps()))
          .append(" | ").append(stock == null ? "–" : fmt(stock.instancesPerSecond()))
          .append(" | ").append(ours == null ? "–" : fmt(ours.instancesPerSecond()))
          .append(" | ").append(stock == null || ours == null || stock.instancesPerSecond() == 0 ? "–"
              : fmt(ours.instancesPerSecond() / stock.instancesPerSecond()) + "×")
          .append(" | ").append(pg == null || ours == null || ours.db() == null ? "–"
              : fmt(ours.db().commits() / ours.seconds() / pg.pgbenchTps()))
          .append(" | ").append(p95(stock, true)).append(" / ").append(p95(ours, true))
          .append(" | ").append(p95(stock, false)).append(" / ").append(p95(ours, false))
          .append(" | ").append(tx(stock))
          .append(" | ").append(tx(ours))
          .append(" | ").append(stock == null ? "–" : fmt(stock.readOnlyPerRestCall())).append(" / ")
          .append(ours == null ? "–" : fmt(ours.readOnlyPerRestCall()))
          .append(" | ").append(stock == null || stock.cpuMillisPerInstance() == null ? "–" : fmt(stock.cpuMillisPerInstance()))
          .append(" / ").append(ours == null || ours.cpuMillisPerInstance() == null ? "–" : fmt(ours.cpuMillisPerInstance()))
          .append(" | ").append(stock == null ? "–" : stock.errors()).append(" / ").append(ours == null ? "–" : ours.errors())
          .append(" |\n");
    });
    md.append("\n| config | start-up (s) | RSS idle (MiB) | RSS under load, max (MiB) | WAL bytes per instance |\n|---|---|---|---|---|\n");
    for (String config : List.of("stock", "ours")) {
      runs.stream().filter(r -> r.config().equals(config)).findFirst().ifPresent(first -> {
        double rssLoad = runs.stream().filter(r -> r.config().equals(config) && r.rssLoadMiB() != null)
            .mapToDouble(RunResult::rssLoadMiB).max().orElse(0);
        double wal = runs.stream().filter(r -> r.config().equals(config) && r.db() != null && r.instances() > 0)
            .mapToDouble(r -> (double) r.db().walBytes() / r.instances()).average().orElse(0);
        md.append("| ").append(config).append(" | ").append(first.startupSeconds() == null ? "–" : fmt(first.startupSeconds()))
            .append(" | ").append(first.rssIdleMiB() == null ? "–" : fmt(first.rssIdleMiB()))
            .append(" | ").append(fmt(rssLoad)).append(" | ").append(fmt(wal)).append(" |\n");
      });
    }
    return md.toString();
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
