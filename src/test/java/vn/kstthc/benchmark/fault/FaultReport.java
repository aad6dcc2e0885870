package vn.kstthc.benchmark.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result file (JSON) and the tables (Markdown) of one run of the fault suite. */
record FaultReport(String startedAt, Map<String, String> machine, List<Scenario> scenarios) {

  /**
   * One scenario's figures, in the order measured; {@code mustBeZero} names the figures that are a
   * loss or a double (the ones that matter: timings on this shared machine are noisy).
   */
  record Scenario(String name, String what, Map<String, Object> figures, List<String> mustBeZero) {

    Scenario(String name, String what, List<String> mustBeZero) {
      this(name, what, new LinkedHashMap<>(), mustBeZero);
    }

    Scenario put(String figure, Object value) {
      figures.put(figure, value instanceof Double d ? Math.round(d * 10) / 10.0 : value);
      return this;
    }

    boolean passed() {
      return mustBeZero.stream().allMatch(f -> figures.get(f) instanceof Number n && n.longValue() == 0);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  String toMarkdown() {
    StringBuilder md = new StringBuilder("# Fault suite ").append(startedAt).append("\n\nMachine: ");
    machine.forEach((k, v) -> md.append(k).append(" ").append(v).append("; "));
    md.append("\n\nCounts are what matters (lost, duplicated, half-created: must be 0, in **bold**); timings")
        .append(" are from a 2-core machine shared with other builds and vary from run to run.\n\n")
        .append("| scenario | result |\n|---|---|\n");
    for (Scenario s : scenarios) {
      md.append("| ").append(s.name()).append(" | ").append(s.passed() ? "pass" : "**FAIL**").append(" |\n");
    }
    for (Scenario s : scenarios) {
      md.append("\n## ").append(s.name()).append("\n\n").append(s.what()).append("\n\n| figure | value |\n|---|---|\n");
      s.figures().forEach((figure, value) -> {
        boolean counted = s.mustBeZero().contains(figure);
        md.append("| ").append(counted ? "**" + figure + "**" : figure).append(" | ").append(value).append(" |\n");
      });
    }
    return md.toString();
  }

  void write(Path out, String name) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve(name + ".json"), JSON.writeValueAsString(this), StandardCharsets.UTF_8);
    Files.writeString(out.resolve(name + ".md"), toMarkdown(), StandardCharsets.UTF_8);
  }
}
