package vn.kstthc.benchmark.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scale run's results: benchmark/results/scale-<date>[-label].json and .md. */
final class ScaleReport {

  private final Map<String, Object> result;
  private final String name;

  ScaleReport(Map<String, Object> result, String label) {
    this.result = result;
    this.name = "scale-" + LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm"))
        + (label.isBlank() ? "" : "-" + label);
  }

  @SuppressWarnings("unchecked")
  void write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(name + ".json"),
        ScaleClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve(name + ".md"), markdown((List<Map<String, Object>>) result.get("measures")),
        StandardCharsets.UTF_8);
    System.out.println("Results: " + directory.resolve(name + ".md"));
  }

  private String markdown(List<Map<String, Object>> measures) {
    List<String> phases = new ArrayList<>();
    Map<String, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();
    for (Map<String, Object> m : measures) {
      String phase = (String) m.get("phase");
      if (!phases.contains(phase)) {
        phases.add(phase);
      }
      rows.computeIfAbsent(m.get("who") + "|" + m.get("what"), k -> new LinkedHashMap<>()).put(phase, m);
    }
    StringBuilder md = new StringBuilder("# Scale run " + result.get("started") + (blank(result.get("label")) ? "" : " (" + result.get("label") + ")"))
        .append("\n\nbenchmark/scale.sh: ").append(String.format(Locale.ROOT, "%,d", (Long) result.get("finishedInstances")))
        .append(" finished dossiers, open tasks as below over 50 units, PostgreSQL 15 with default settings, the jar as `java -jar`, "
            + "2 shared cores. Milliseconds, nearest-rank percentiles of sequential calls after a warm-up; "
            + "(n) the calls measured (a slow series stops at its time budget).\n\n");
    for (String phase : phases) {
      md.append("- ").append(phase).append(": ").append(result.get("openTasks-" + phase)).append(" open tasks; load average ")
          .append(result.get("load-" + phase)).append('\n');
    }
    md.append("- generation, seconds: ").append(result.get("generationSeconds")).append("; rows: ").append(result.get("rows")).append('\n');
    for (String phase : phases) {
      if (result.containsKey("generatedDossierEnded-" + phase)) {
        md.append("- ").append(phase).append(": a generated dossier confirmed by the Văn phòng ended with status ")
            .append(result.get("generatedDossierEnded-" + phase)).append('\n');
      }
    }
    md.append("\n| who | what |");
    phases.forEach(p -> md.append(" p50 ").append(p).append(" | p95 ").append(p).append(" |"));
    md.append(phases.size() > 1 ? " p95 " + phases.get(phases.size() - 1) + " / " + phases.get(0) + " |" : "").append(" note |\n|---|---|");
    phases.forEach(p -> md.append("---:|---:|"));
    md.append(phases.size() > 1 ? "---:|" : "").append("---|\n");
    rows.forEach((key, byPhase) -> {
      String[] parts = key.split("\\|", 2);
      md.append("| ").append(parts[0]).append(" | ").append(parts[1]).append(" |");
      String note = "";
      for (String p : phases) {
        Map<String, Object> m = byPhase.get(p);
        md.append(m == null ? " | |" : " " + m.get("p50") + " | " + m.get("p95") + " (" + m.get("n") + ") |");
        if (m != null && !blank(m.get("note"))) {
          note = note + (note.isEmpty() ? "" : "; ") + p + ": " + m.get("note");
        }
      }
      if (phases.size() > 1) {
        Map<String, Object> first = byPhase.get(phases.get(0));
        Map<String, Object> last = byPhase.get(phases.get(phases.size() - 1));
        md.append(first == null || last == null ? " |"
            : String.format(Locale.ROOT, " %.2f |", (Double) last.get("p95") / Math.max(0.1, (Double) first.get("p95"))));
      }
      md.append(' ').append(note).append(" |\n");
    });
    return md.toString();
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
