package vn.kstthc.benchmark.scale;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.kstthc.benchmark.AppProcess;
import vn.kstthc.benchmark.LatencyRecorder;

/**
 * The product at a province's scale (benchmark/scale.sh): a database filled by the generator
 * (benchmark/scale/*.sql: finished dossiers with their history and on-time records, open tasks over
 * 50 units), then, at each number of open tasks asked for, the Tasklist filters (first page and
 * count) as an officer of one unit, an officer of ten units and a supervisor, the quarter's report
 * figures and indicators, and starting and completing a task, N times after a warm-up.
 */
public final class ScaleRunner {

  static final String ADMIN_PASSWORD = "Quan-Tri#Scale2026";
  static final String DEMO_PASSWORD = "Kstthc@2026!";
  static final String SUPERVISOR = "gs.son";
  /** Officer of the Văn phòng: starts giao-viec and confirms the results (demo organisation). */
  static final String OFFICE = "vps.an";
  static final int STATEMENT_TIMEOUT_SECONDS = 60;
  static final int FINISHED_CHUNK = 100_000;
  static final int OPEN_CHUNK = 25_000;

  /** Filters of an officer, and the supervisor's one, by their Vietnamese names (vn.kstthc.tasklist). */
  static final List<String> OFFICER_FILTERS = List.of("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn");
  static final String SUPERVISOR_FILTER = "Quá hạn toàn Sở";

  private final ScaleDatabase db;
  private final Path jar;
  private final Path work;
  private final int appPort;
  private final int reps;
  private final int warmup;
  private final int reportReps;
  /** Longest time one series of calls may take: a filter that takes seconds is measured fewer times. */
  private final long budgetNanos;
  private final Map<String, Object> result = new LinkedHashMap<>();
  private final List<Map<String, Object>> measures = new ArrayList<>();
  private final Map<String, Double> generation = new LinkedHashMap<>();

  private ScaleRunner(ScaleDatabase db, Path jar, Path work, int appPort, int reps, int warmup, int reportReps,
      long budgetSeconds) {
    this.db = db;
    this.jar = jar;
    this.work = work;
    this.appPort = appPort;
    this.reps = reps;
    this.warmup = warmup;
    this.reportReps = reportReps;
    this.budgetNanos = budgetSeconds * 1_000_000_000L;
  }

  public static void main(String[] args) throws Exception {
    Path work = Path.of(System.getProperty("scale.work"));
    ScaleDatabase db = new ScaleDatabase(System.getProperty("scale.psql"), Integer.getInteger("scale.pg.port"), "scale",
        Path.of(System.getProperty("scale.sql", "benchmark/scale")));
    ScaleRunner runner = new ScaleRunner(db, Path.of(System.getProperty("scale.jar")), work,
        Integer.getInteger("scale.app.port", 18440), Integer.getInteger("scale.reps", 40),
        Integer.getInteger("scale.warmup", 10), Integer.getInteger("scale.report.reps", 10),
        Long.getLong("scale.budget.seconds", 60));
    List<Long> steps = List.of(System.getProperty("scale.open", "1000,100000").split(",")).stream()
        .map(String::strip).map(Long::parseLong).toList();
    runner.run(Boolean.getBoolean("scale.reuse"), Long.getLong("scale.finished", 1_000_000), steps,
        System.getProperty("scale.label", ""), Path.of(System.getProperty("scale.out", "benchmark/results")));
  }

  private void run(boolean reuse, long finished, List<Long> steps, String label, Path out) throws Exception {
    result.put("label", label);
    result.put("started", java.time.OffsetDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
    result.put("finishedInstances", finished);
    result.put("reuse", reuse);
    if (!reuse) {
      db.recreate();
    }
    Path organisation = ScaleOrganisation.write(work.resolve("to-chuc-scale.yaml"));
    AppProcess app = start(organisation);
    try {
      result.put("startupSeconds", app.startupSeconds());
      db.giveOfficersDemoPassword();
      // a run stopped while generating goes on from the last chunk it committed
      for (long first = db.generatedFinishedInstances() + 1; first <= finished; first += FINISHED_CHUNK) {
          long last = Math.min(finished, first + FINISHED_CHUNK - 1);
          generation.merge("finished", db.generate("finished-instances.sql", first, last), Double::sum);
          System.out.printf("finished instances: %,d of %,d%n", last, finished);
      }
      ScaleReport report = new ScaleReport(result, label);
      for (long target : steps) {
        adjustOpenTasks(target);
        measure(app, target);
        result.put("generationSeconds", generation);
        result.put("rows", rowCounts());
        result.put("measures", measures);
        report.write(out); // after each size: a run stopped later keeps what it measured
      }
    } finally {
      app.close();
    }
  }

  private AppProcess start(Path organisation) throws Exception {
    Map<String, String> env = Map.of(
        "KSTTHC_DB_URL", db.jdbcUrl(), "KSTTHC_DB_USER", "postgres", "KSTTHC_DB_PASSWORD", "unused",
        "KSTTHC_DEMO_ENABLED", "true", "KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "KSTTHC_ORGANISATION_FILE", "file:" + organisation.toAbsolutePath(),
        "KSTTHC_DATA_DIR", work.resolve("data").toAbsolutePath().toString(),
        // a query still running after this is cut by PostgreSQL: the call fails and is reported
        // as at least this long, rather than holding a core for minutes
        "SPRING_DATASOURCE_HIKARI_CONNECTIONINITSQL", "set statement_timeout = '" + STATEMENT_TIMEOUT_SECONDS + "s'",
        // a database generated by an earlier build gets migrations numbered below its latest one
        // (each engineer's range) when measured again (SCALE_REUSE)
        "SPRING_FLYWAY_OUTOFORDER", "true",
        // and may hold migrations of another branch measured on it before, which this jar lacks
        "SPRING_FLYWAY_IGNOREMIGRATIONPATTERNS", "*:missing");
    return AppProcess.start(jar, "postgres", env, appPort, appPort + 1, work.resolve("app.log"), List.of());
  }

  /** Generates or removes generated open tasks until numbers 1..target are open. */
  private void adjustOpenTasks(long target) throws Exception {
    long current = db.generatedOpenTasks();
    if (current < target) {
      for (long first = current + 1; first <= target; first += OPEN_CHUNK) {
        long last = Math.min(target, first + OPEN_CHUNK - 1);
        generation.merge("open", db.generate("open-tasks.sql", first, last), Double::sum);
        System.out.printf("open tasks: %,d of %,d%n", last, target);
      }
    } else if (current > target) {
      generation.merge("removeOpen", db.generate("open-tasks-delete.sql", target + 1, current), Double::sum);
    }
    db.analyze();
  }

  private void measure(AppProcess app, long openTasks) throws Exception {
    String phase = openTasks >= 1000 ? (openTasks / 1000) + "k" : String.valueOf(openTasks);
    long open = db.count("select count(*) from act_ru_task");
    System.out.printf("measuring at %,d open tasks (%s)%n", open, phase);
    String loadBefore = load();
    String base = app.baseUrl();
    ScaleClient officer = new ScaleClient(base, ScaleOrganisation.OFFICER, DEMO_PASSWORD);
    ScaleClient manyUnits = new ScaleClient(base, ScaleOrganisation.MANY_UNITS_OFFICER, DEMO_PASSWORD);
    ScaleClient supervisor = new ScaleClient(base, SUPERVISOR, DEMO_PASSWORD);
    ScaleClient office = new ScaleClient(base, OFFICE, DEMO_PASSWORD);

    for (ScaleClient who : List.of(officer, manyUnits)) {
      Map<String, String> filters = who.filters();
      for (String name : OFFICER_FILTERS) {
        filter(phase, who, name, filters.get(name));
      }
    }
    filter(phase, supervisor, SUPERVISOR_FILTER, supervisor.filters().get(SUPERVISOR_FILTER));

    // the quarter before the current one, and the current one (open work at its end)
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).minusMonths(3);
    String from = quarter.toString();
    String to = quarter.plusMonths(3).minusDays(1).toString();
    String period = "tu=" + from + "&den=" + to;
    report(phase, supervisor, "chỉ tiêu, quý " + from + ".." + to, "/api/giam-sat/chi-tieu?" + period);
    report(phase, officer, "chỉ tiêu, quý (đơn vị của mình)", "/api/giam-sat/chi-tieu?" + period);
    report(phase, supervisor, "bảng theo dõi (tổng quan), quý", "/api/giam-sat/tong-quan?" + period);
    report(phase, supervisor, "sắp trễ hạn (2 ngày làm việc)", "/api/giam-sat/sap-tre-han");
    report(phase, officer, "sắp trễ hạn (đơn vị của mình)", "/api/giam-sat/sap-tre-han");
    report(phase, supervisor, "bước quá hạn đang mở", "/api/bao-cao/buoc-qua-han");
    report(phase, supervisor, "biểu II.05a, quý (kstthc_dossier_record)",
        "/api/bao-cao/bieu/II.05a?tuNgay=" + from + "&denNgay=" + to);

    startAndComplete(phase, office, officer);
    Map<String, Object> loads = Map.of("before", loadBefore, "after", load());
    result.put("load-" + phase, loads);
    result.put("openTasks-" + phase, open);
  }

  private void filter(String phase, ScaleClient who, String name, String id) throws Exception {
    if (id == null) {
      throw new IllegalStateException(who.user() + " does not see the filter " + name);
    }
    LatencyRecorder list = new LatencyRecorder();
    LatencyRecorder count = new LatencyRecorder();
    long n = 0;
    int shown = 0;
    long stop = System.nanoTime() + budgetNanos;
    for (int i = 0; i < warmup + reps && (i < 2 || System.nanoTime() < stop); i++) {
      long t0 = System.nanoTime();
      JsonNode page;
      try {
        page = who.filterPage(id);
      } catch (IllegalStateException | java.net.http.HttpTimeoutException failed) {
        list.record(System.nanoTime() - t0);
        add(phase, who.user(), name + ": danh sách (trang đầu)", list, "failed (statement_timeout "
            + STATEMENT_TIMEOUT_SECONDS + " s?): " + failed.getMessage().substring(0, Math.min(120, failed.getMessage().length())));
        return;
      }
      long t1 = System.nanoTime();
      try {
        n = who.filterCount(id);
      } catch (IllegalStateException | java.net.http.HttpTimeoutException failed) {
        count.record(System.nanoTime() - t1);
        add(phase, who.user(), name + ": danh sách (trang đầu)", list, "");
        add(phase, who.user(), name + ": đếm", count, "failed (statement_timeout " + STATEMENT_TIMEOUT_SECONDS + " s?)");
        return;
      }
      long t2 = System.nanoTime();
      // a slow series measures what its budget allows (the warm-up calls when nothing else)
      if (i >= warmup || System.nanoTime() >= stop || i + 1 == warmup + reps) {
        list.record(t1 - t0);
        count.record(t2 - t1);
      }
      shown = page.at("/_embedded/task").size();
    }
    add(phase, who.user(), name + ": danh sách (trang đầu)", list, "tasks shown " + shown);
    add(phase, who.user(), name + ": đếm", count, "count " + n);
  }

  private void report(String phase, ScaleClient who, String what, String path) throws Exception {
    LatencyRecorder recorder = new LatencyRecorder();
    long stop = System.nanoTime() + budgetNanos;
    for (int i = 0; i < 1 + reportReps && (i < 2 || System.nanoTime() < stop); i++) {
      long t0 = System.nanoTime();
      try {
        who.get(path);
      } catch (IllegalStateException | java.net.http.HttpTimeoutException failed) {
        recorder.record(System.nanoTime() - t0);
        add(phase, who.user(), what, recorder, "failed: " + failed.getMessage().substring(0, Math.min(120, failed.getMessage().length())));
        return;
      }
      if (i >= 1) {
        recorder.record(System.nanoTime() - t0);
      }
    }
    add(phase, who.user(), what, recorder, "");
  }

  /**
   * Starts giao-viec as the Văn phòng (for the officer's unit), and lets the officer take the first
   * task of "Việc của đơn vị" (a generated one, the soonest due), claim and complete it; then the
   * Văn phòng confirms one of those results, which ends a generated dossier. Each step as Tasklist
   * makes it.
   */
  private void startAndComplete(String phase, ScaleClient office, ScaleClient officer) throws Exception {
    LatencyRecorder starts = new LatencyRecorder();
    LatencyRecorder completes = new LatencyRecorder();
    String unitFilter = officer.filters().get("Việc của đơn vị");
    String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString();
    int times = Math.max(5, reps / 4);
    List<String> completed = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      String start = "{\"variables\":{\"tieuDe\":{\"value\":\"Nhiệm vụ đo " + phase + " " + i + "\"},"
          + "\"noiDung\":{\"value\":\"Đo ở quy mô tỉnh\"},\"donViChuTri\":{\"value\":\"" + ScaleOrganisation.unit(1) + "\"},"
          + "\"hanHoanThanh\":{\"value\":\"" + due + "\"}}}";
      long t0 = System.nanoTime();
      office.post("/engine-rest/process-definition/key/giao-viec/start", start, 200);
      starts.record(System.nanoTime() - t0);

      String task = officer.filterPage(unitFilter).at("/_embedded/task/0/id").asText();
      officer.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"" + officer.user() + "\"}", 204);
      long t1 = System.nanoTime();
      officer.post("/engine-rest/task/" + task + "/complete", "{\"variables\":{\"ketQua\":{\"value\":\"Đã thực hiện xong\"}}}", 204);
      completes.record(System.nanoTime() - t1);
      completed.add(task);
    }
    add(phase, office.user(), "khởi tạo giao-viec (REST)", starts, "");
    add(phase, officer.user(), "hoàn thành một việc (REST complete)", completes,
        "generated tasks completed: " + completed.stream().filter(id -> id.startsWith("sc-t-")).count() + " of " + completed.size());
    // the Văn phòng confirms the result of one generated dossier: the dossier ends
    String instance = "sc-pi-" + completed.get(0).substring(5);
    List<String> confirm = db.strings("select id_ from act_ru_task where proc_inst_id_ = '" + instance + "'");
    if (!confirm.isEmpty()) {
      office.post("/engine-rest/task/" + confirm.get(0) + "/claim", "{\"userId\":\"" + office.user() + "\"}", 204);
      office.post("/engine-rest/task/" + confirm.get(0) + "/complete",
          "{\"variables\":{\"ketLuan\":{\"value\":\"dat\"},\"yKienXacNhan\":{\"value\":\"Đạt\"}}}", 204);
      result.put("generatedDossierEnded-" + phase, db.strings(
          "select coalesce(status, '(chưa kết thúc)') from kstthc_deadline_outcome where id = '" + instance + "'"));
    }
  }

  private void add(String phase, String who, String what, LatencyRecorder recorder, String note) {
    LatencyRecorder.Summary s = recorder.summary();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", phase);
    m.put("who", who);
    m.put("what", what);
    m.put("n", s.count());
    m.put("p50", round(s.p50()));
    m.put("p95", round(s.p95()));
    m.put("max", round(s.max()));
    m.put("note", note);
    measures.add(m);
    System.out.printf("%-5s %-12s %-55s p50 %8.1f  p95 %8.1f ms  %s%n", phase, who, what, s.p50(), s.p95(), note);
  }

  private Map<String, Long> rowCounts() throws Exception {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : List.of("act_ru_task", "act_ru_execution", "act_ru_variable", "act_ru_authorization",
        "act_hi_procinst", "act_hi_taskinst", "act_hi_actinst", "kstthc_deadline_outcome", "kstthc_dossier_record")) {
      rows.put(table, db.count("select count(*) from " + table));
    }
    return rows;
  }

  private static double round(double ms) {
    return Math.round(ms * 10) / 10.0;
  }

  private static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).strip();
  }
}
