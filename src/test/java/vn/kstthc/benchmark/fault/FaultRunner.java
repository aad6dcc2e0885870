package vn.kstthc.benchmark.fault;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.kstthc.benchmark.AppProcess;
import vn.kstthc.benchmark.fault.FaultReport.Scenario;

/**
 * The fault suite of {@code benchmark/fault.sh}: the petition intake ({@code POST /api/pakn}) under
 * a bounded load while things break (the application killed, PostgreSQL restarted, the mail server
 * down), the same petition sent twice, and two nodes on one database with one of them killed;
 * afterwards every figure is counted in SQL. Each scenario
 * runs on a fresh database of the PostgreSQL server that fault.sh started. Settings are system
 * properties (see fault.sh).
 */
public final class FaultRunner {

  static final String ADMIN_PASSWORD = "Quan-tri-Do-2026!";
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final int pgPort = Integer.getInteger("fault.pg.port", 55437);
  private final String pgUser = "postgres";
  private final List<String> pgCtl = Arrays.asList(System.getProperty("fault.pgctl").split(" "));
  private final Path jar = Path.of(System.getProperty("fault.jar"));
  private final Path work = Path.of(System.getProperty("fault.work", "target/fault"));
  private final Path out = Path.of(System.getProperty("fault.out", "benchmark/results"));
  private final int appPort = Integer.getInteger("fault.app.port", 18300);
  private final int smtpPort = Integer.getInteger("fault.smtp.port", 13025);
  private final int petitions = Integer.getInteger("fault.petitions", 1200);
  private final double rate = Double.parseDouble(System.getProperty("fault.rate", "15"));
  private final int clients = Integer.getInteger("fault.clients", 10);
  /** The job executor's lock time; empty: the product's (application.yaml). */
  private final String lockMillis = System.getProperty("fault.lock.ms", "");
  private final int smtpDownSeconds = Integer.getInteger("fault.smtp.down.seconds", 120);
  private final List<String> scenarios =
      Arrays.asList(System.getProperty("fault.scenarios", "duplicates,kill9,pg-fast,pg-immediate,smtp-down,two-nodes").split(","));

  private MailSink mail;

  public static void main(String[] args) throws Exception {
    // GreenMail logs every new mailbox; the suite's own output is what matters
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    new FaultRunner().run();
  }

  void run() throws Exception {
    Files.createDirectories(work);
    String started = ZonedDateTime.now(ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm"));
    List<Scenario> results = new ArrayList<>();
    try (MailSink sink = new MailSink(smtpPort)) {
      mail = sink;
      for (String name : scenarios) {
        mail.reset();
        Scenario result;
        try {
          result = switch (name.strip()) {
            case "duplicates" -> duplicates();
            case "kill9" -> kill9();
            case "pg-fast" -> postgresRestart("fast");
            case "pg-immediate" -> postgresRestart("immediate");
            case "smtp-down" -> smtpDown();
            case "two-nodes" -> twoNodes();
            default -> throw new IllegalArgumentException("Unknown scenario " + name);
          };
        } catch (Exception e) {
          // the other scenarios still run; this one is reported as failed
          e.printStackTrace();
          result = new Scenario(name, "The scenario could not be run.", List.of("error")).put("error", e.toString());
        }
        System.out.println(result);
        results.add(result);
      }
    }
    FaultReport report = new FaultReport(started, machine(), results);
    report.write(out, "fault-" + started);
    System.out.println(report.toMarkdown());
  }

  /** 100 petitions sent twice at the same moment, 100 sent twice one after the other. */
  Scenario duplicates() throws Exception {
    Scenario s = new Scenario("Duplicate intake",
        "The same petition sent twice at the same moment (two clients released together), 100 times, and twice"
            + " in sequence, 100 times; counted in SQL afterwards.",
        List.of("pairs with two new cases", "pairs with two case numbers", "duplicated references",
            "half-created cases", "instances without exactly one task", "extra instances", "extra tasks"));
    String db = "fault_duplicates";
    try (AppProcess app = startApp(db, Map.of())) {
      PetitionLoad load = new PetitionLoad(app.baseUrl());
      ExecutorService two = Executors.newFixedThreadPool(2);
      Map<String, Long> statuses = new java.util.TreeMap<>();
      long twoNew = 0;
      long twoNumbers = 0;
      for (int i = 0; i < 200; i++) {
        String ref = (i < 100 ? "F-dupc-" : "F-dups-") + i;
        PetitionLoad.Ack first;
        PetitionLoad.Ack second;
        if (i < 100) {
          java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
          Future<PetitionLoad.Ack> a = two.submit(() -> { go.await(); return load.submitOnce(ref); });
          Future<PetitionLoad.Ack> b = two.submit(() -> { go.await(); return load.submitOnce(ref); });
          go.countDown();
          first = a.get();
          second = b.get();
        } else {
          first = load.submitOnce(ref);
          second = load.submitOnce(ref);
        }
        for (PetitionLoad.Ack ack : List.of(first, second)) {
          statuses.merge((i < 100 ? "concurrent " : "sequential ") + ack.status(), 1L, Long::sum);
        }
        if (first.status() == 201 && second.status() == 201) {
          twoNew++;
        }
        if (first.caseNumber() == null || !first.caseNumber().equals(second.caseNumber())) {
          twoNumbers++;
        }
      }
      two.shutdown();
      FaultCounts counts = counts(db);
      long petitionsStored = counts.petitions("F-dupc") + counts.petitions("F-dups");
      long instances = counts.instances("F-dupc") + counts.instances("F-dups");
      long tasks = counts.tasks("F-dupc") + counts.tasks("F-dups");
      s.put("petitions sent (each twice)", 200).put("answers by status", statuses)
          .put("pairs with two new cases", twoNew).put("pairs with two case numbers", twoNumbers)
          .put("petitions stored", petitionsStored).put("process instances", instances).put("open tasks", tasks)
          .put("duplicated references", counts.duplicatedReferences("F-dup"))
          .put("extra instances", instances - petitionsStored).put("extra tasks", tasks - petitionsStored)
          .put("instances without exactly one task",
              counts.instancesWithoutOneTask("F-dupc") + counts.instancesWithoutOneTask("F-dups"))
          .put("half-created cases", counts.halfCreated("F-dupc") + counts.halfCreated("F-dups"));
    }
    return s;
  }

  /** The application killed with SIGKILL in the middle of the load, then started again. */
  Scenario kill9() throws Exception {
    Scenario s = new Scenario("kill -9 mid-load, then restart",
        "10 clients submit petitions at a fixed rate; the application is killed (SIGKILL) mid-load and started"
            + " again at once on the same database; clients retry every failed try with the same sender reference."
            + " Acknowledged A = petitions answered 201 or 200; persisted P = those found in the database with the"
            + " case number they were answered; lost = A − P.",
        List.of("lost (A − P)", "answered case ≠ stored case", "duplicated references", "half-created cases",
            "duplicated case numbers", "incidents", "mails not delivered"));
    String db = "fault_kill9";
    String prefix = "F-k9";
    AppProcess app = startApp(db, Map.of());
    PetitionLoad load = new PetitionLoad(app.baseUrl());
    CompletableFuture<Void> running = CompletableFuture.runAsync(() -> runLoad(load, prefix));
    Thread.sleep(loadSeconds() * 1000L / 3);
    long ackedBeforeKill = load.acknowledged.size();
    long killedAt = System.currentTimeMillis();
    app.kill();
    FaultCounts counts = counts(db);
    List<String> lockedByDead = jobIds(db, "select id_ from act_ru_job where lock_exp_time_ > now()");
    app = startApp(db, Map.of());
    double restartSeconds = (System.currentTimeMillis() - killedAt) / 1000.0;
    running.get();
    double takeOver = waitUntilGone(db, lockedByDead, Duration.ofMinutes(8), killedAt);
    double drained = waitForJobs(counts, Duration.ofMinutes(5), killedAt);
    Map<String, String> stored = counts.caseNumbers(prefix);
    long persisted = load.acknowledged.values().stream().filter(a -> stored.containsKey(a.reference())).count();
    long mismatch = load.acknowledged.values().stream()
        .filter(a -> stored.containsKey(a.reference()) && !a.caseNumber().equals(stored.get(a.reference()))).count();
    long sent = counts.notifications("SENT");
    s.put("petitions", petitions).put("clients", clients).put("rate (petitions/s)", rate)
        .put("acknowledged before the kill", ackedBeforeKill)
        .put("acknowledged A", load.acknowledged.size()).put("persisted P", persisted)
        .put("lost (A − P)", load.acknowledged.size() - persisted).put("answered case ≠ stored case", mismatch)
        .put("petitions stored", counts.petitions(prefix))
        .put("failed tries seen by clients", load.failuresByKind())
        .put("retries answered 200 with the first case (stored before the kill)", load.acknowledgedAsDuplicate())
        .put("duplicated references", counts.duplicatedReferences(prefix))
        .put("duplicated case numbers", counts.duplicatedCaseNumbers())
        .put("half-created cases", counts.halfCreated(prefix))
        .put("instances without exactly one task", counts.instancesWithoutOneTask(prefix))
        .put("seconds from kill to ready again", restartSeconds)
        .put("job lock time in use (s)", lockSeconds())
        .put("jobs locked by the dead node", lockedByDead.size())
        .put("seconds until the dead node's jobs had run again", takeOver)
        .put("seconds until all jobs done", drained)
        .put("incidents", counts.incidents())
        .put("notifications sent", sent).put("mails received", mail.received())
        .put("mails received twice", mail.doubles())
        .put("mails not delivered", sent + counts.notifications("PENDING") - (mail.received() - mail.doubles()));
    app.close();
    return s;
  }

  /** PostgreSQL restarted ({@code pg_ctl restart -m fast|immediate}) in the middle of the load. */
  Scenario postgresRestart(String mode) throws Exception {
    Scenario s = new Scenario("PostgreSQL restart -m " + mode + " mid-load",
        "10 clients submit petitions at a fixed rate; PostgreSQL is restarted (`pg_ctl restart -m " + mode + "`)"
            + " a third into the load; clients retry failed tries with the same sender reference.",
        List.of("lost (A − P)", "duplicated references", "half-created cases", "duplicated case numbers",
            "instances without exactly one task", "mails not delivered"));
    String db = "fault_pg_" + mode;
    String prefix = "F-pg" + mode;
    try (AppProcess app = startApp(db, Map.of())) {
      PetitionLoad load = new PetitionLoad(app.baseUrl());
      long t0 = System.currentTimeMillis();
      CompletableFuture<Void> running = CompletableFuture.runAsync(() -> runLoad(load, prefix));
      Thread.sleep(loadSeconds() * 1000L / 3);
      long restartAt = System.currentTimeMillis();
      exec(concat(pgCtl, List.of("restart", "-m", mode, "-w")));
      long upAt = System.currentTimeMillis();
      running.get();
      FaultCounts counts = counts(db);
      double drained = waitForJobs(counts, Duration.ofMinutes(5), restartAt);
      long firstAckAfter = load.acknowledged.values().stream().mapToLong(PetitionLoad.Ack::atMillis)
          .filter(at -> at + t0 > upAt).min().orElse(-1);
      Map<String, String> stored = counts.caseNumbers(prefix);
      long persisted = load.acknowledged.values().stream()
          .filter(a -> a.caseNumber().equals(stored.get(a.reference()))).count();
      long sent = counts.notifications("SENT");
      s.put("petitions", petitions).put("acknowledged A", load.acknowledged.size()).put("persisted P", persisted)
          .put("lost (A − P)", load.acknowledged.size() - persisted)
          .put("PostgreSQL down (pg_ctl restart, s)", (upAt - restartAt) / 1000.0)
          .put("outage seen by clients (first to last failed try, s)", load.outageSeconds())
          .put("5xx answered", load.serverErrors.sum())
          .put("failed tries seen by clients", load.failuresByKind())
          .put("seconds from PostgreSQL up to the first acknowledgement (pool recovered)",
              firstAckAfter < 0 ? -1 : (firstAckAfter + t0 - upAt) / 1000.0)
          .put("retries answered 200 with the first case", load.acknowledgedAsDuplicate())
          .put("duplicated references", counts.duplicatedReferences(prefix))
          .put("duplicated case numbers", counts.duplicatedCaseNumbers())
          .put("half-created cases", counts.halfCreated(prefix))
          .put("instances without exactly one task", counts.instancesWithoutOneTask(prefix))
          .put("seconds from the restart until all jobs done (backlog drained)", drained)
          .put("jobs left", counts.jobs()).put("failed jobs left", counts.failedJobs())
          .put("incidents", counts.incidents())
          .put("notifications sent", sent).put("mails received", mail.received())
          .put("mails received twice", mail.doubles())
          .put("mails not delivered", sent + counts.notifications("PENDING") - (mail.received() - mail.doubles()));
    }
    return s;
  }

  /** The mail server down for minutes under load, then back. */
  Scenario smtpDown() throws Exception {
    String delays = System.getProperty("fault.retry.delays", "PT20S,PT40S,PT80S,PT160S");
    Scenario s = new Scenario("SMTP down for " + smtpDownSeconds + " s under load",
        "10 clients submit petitions; the mail server stops a few seconds into the load and comes back after "
            + smtpDownSeconds + " s. Notification retry delays scaled down to " + delays + " (product: 1, 5, 15, 30"
            + " minutes) so that the suite stays short; the outage is shorter than the retry cycle, so no incident"
            + " is expected.",
        List.of("lost (A − P)", "half-created cases", "incidents", "mails not delivered", "notifications not sent",
            "mails received twice"));
    String db = "fault_smtp";
    String prefix = "F-smtp";
    try (AppProcess app = startApp(db, Map.of("KSTTHC_NOTIFICATION_RETRYDELAYS", delays))) {
      PetitionLoad load = new PetitionLoad(app.baseUrl());
      int count = Math.min(petitions, 600);
      CompletableFuture<Void> running = CompletableFuture.runAsync(() -> {
        try {
          load.run(prefix, count, rate, clients, Duration.ofMinutes(10));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      Thread.sleep(5_000);
      mail.stop();
      long downAt = System.currentTimeMillis();
      FaultCounts counts = counts(db);
      long incidentsWhileDown = 0;
      while (System.currentTimeMillis() - downAt < smtpDownSeconds * 1000L) {
        incidentsWhileDown = Math.max(incidentsWhileDown, counts.incidents());
        Thread.sleep(5_000);
      }
      long retriedWhileDown = counts.notificationsRetried();
      long pendingAtRecovery = counts.notifications("PENDING");
      mail.start();
      long upAt = System.currentTimeMillis();
      running.get();
      double drained = waitUntil(() -> counts.notifications("PENDING") == 0, Duration.ofMinutes(8), upAt);
      Map<String, String> stored = counts.caseNumbers(prefix);
      long persisted = load.acknowledged.values().stream()
          .filter(a -> a.caseNumber().equals(stored.get(a.reference()))).count();
      long sent = counts.notifications("SENT");
      s.put("petitions", count).put("acknowledged A", load.acknowledged.size()).put("persisted P", persisted)
          .put("lost (A − P)", load.acknowledged.size() - persisted)
          .put("failed tries seen by clients", load.failuresByKind())
          .put("half-created cases", counts.halfCreated(prefix))
          .put("notifications retried (tries > 1) at recovery", retriedWhileDown)
          .put("notifications pending at recovery", pendingAtRecovery)
          .put("incidents while down (max)", incidentsWhileDown)
          .put("seconds from recovery until every notification sent", drained)
          .put("incidents", counts.incidents())
          .put("notifications", counts.one("select count(*) from kstthc_notification"))
          .put("notifications sent", sent)
          .put("notifications not sent", counts.notifications("PENDING"))
          .put("mails received", mail.received()).put("mails received twice", mail.doubles())
          .put("mails not delivered", sent - (mail.received() - mail.doubles()));
    }
    return s;
  }

  /**
   * Two nodes on one database: the load split across them; the petitions' open tasks made due
   * within the run (their due dates moved in SQL, the one shortcut of this scenario) so that both
   * nodes' deadline scans (every 5 s) and job executors work on the same reminders and escalations;
   * then node B killed (SIGKILL) while its notification sender is in the middle of a batch (rows
   * taken, mails sent, not committed), which node A's sender takes once B's connections are gone;
   * jobs B held then are run by A once their lock has expired.
   */
  Scenario twoNodes() throws Exception {
    String lock = lockMillis.isEmpty() ? "30000" : lockMillis;
    int count = Math.min(petitions, 300);
    Scenario s = new Scenario("Two nodes, one database",
        "Nodes A (port " + appPort + ") and B (port " + (appPort + 2) + ") on one database, both with the job executor"
            + " and the deadline scan (interval scaled down to 5 s; product: 1 minute). " + count + " petitions,"
            + " half to each node; then the open tasks are made due in 40 s (half of them) and 80 s (the other half)"
            + " by moving act_ru_task.due_date_ in SQL, so that reminders (SAP_DEN_HAN) and escalations (QUA_HAN)"
            + " fall due during the run; B is killed with SIGKILL in the middle of a batch of its notification sender"
            + " (the reminders' mails: rows taken, mails sent, not committed); job lock time " + lock
            + " ms (product: 300,000). Each effect must be there exactly once.",
        List.of("lost (A − P)", "duplicated references", "half-created cases", "tasks without exactly one"
            + " open-task record", "tasks not escalated", "deadline notices twice (task, kind)",
            "notifications twice (task, kind, recipient)", "mails received twice", "mails not delivered",
            "incidents", "B killed outside a batch of its sender"));
    String db = "fault_two_nodes";
    String prefix = "F-2n";
    Map<String, String> env = Map.of("KSTTHC_DEADLINES_SCANENABLED", "true",
        "KSTTHC_DEADLINES_SCANINTERVAL", "PT5S", "CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", lock);
    // A first: it migrates the database; B then starts on a database that is ready
    AppProcess a = startApp(db, env, appPort);
    Map<String, String> envB = new HashMap<>(env);
    envB.put("KSTTHC_DB_URL", jdbcUrl(db) + "?ApplicationName=" + NODE_B); // its connections, in pg_stat_activity
    AppProcess b = startApp(db, envB, appPort + 2);
    FaultCounts counts = counts(db);
    String ours = " and task_id in (select t.id_ from act_ru_task t join kstthc_petition p on p.process_instance_id"
        + " = t.proc_inst_id_ where p.sender_reference like '" + prefix + "-%')";
    Set<String> scanners = java.util.concurrent.ConcurrentHashMap.newKeySet();
    var sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleWithFixedDelay(() -> {
      try {
        noteScanner(counts, scanners);
      } catch (java.sql.SQLException ignored) {
        // the next sample
      }
    }, 0, 500, java.util.concurrent.TimeUnit.MILLISECONDS);
    try {
      PetitionLoad loadA = new PetitionLoad(a.baseUrl());
      PetitionLoad loadB = new PetitionLoad(b.baseUrl());
      int half = count / 2;
      int clientsEach = Math.max(1, clients / 2);
      CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> runLoad(loadA, prefix + "-a", half, rate / 2, clientsEach));
      CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> runLoad(loadB, prefix + "-b", count - half, rate / 2, clientsEach));
      onA.get();
      onB.get();
      long tasks = counts.tasks(prefix);
      long dueAt = System.currentTimeMillis();
      int moved = makeDue(db, prefix);
      // once the reminders are being told (a burst of notifications: both nodes' senders busy), B is
      // killed in the middle of a batch: its sender holds rows (the batch's select for update) and
      // mails of the batch have left (their delivery notes committed, the rows not yet)
      waitUntil(() -> counts.one("select count(*) from kstthc_deadline_notice where kind = 'SAP_DEN_HAN'" + ours) > 0,
          Duration.ofMinutes(3), dueAt);
      boolean midBatch = false;
      long waitForBatch = System.currentTimeMillis() + 60_000;
      while (!midBatch && System.currentTimeMillis() < waitForBatch) {
        midBatch = counts.one("select count(*) from pg_locks l join pg_stat_activity a on a.pid = l.pid"
            + " where a.application_name = ? and l.relation = 'kstthc_notification'::regclass"
            + " and l.mode = 'RowShareLock'", NODE_B) > 0
            && counts.one("select count(*) from kstthc_notification_delivery") > 0;
        if (!midBatch) {
          Thread.sleep(20);
        }
      }
      long notedAtKill = counts.one("select count(*) from kstthc_notification_delivery");
      Map<String, List<String>> lockedAtKill = lockedJobsByOwner(db);
      long killedAt = System.currentTimeMillis();
      b.kill();
      Map<String, Double> ranAgain = waitUntilRun(db, lockedAtKill, Duration.ofMinutes(5), killedAt);
      // the killed node's jobs are those that waited for their lock to expire: the slowest executor's
      String dead = ranAgain.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
      // every task escalated (due + a scan), then every notification sent
      double escalated = waitUntil(
          () -> counts.one("select count(*) from kstthc_deadline_notice where kind = 'QUA_HAN'" + ours) >= tasks,
          Duration.ofMinutes(4), dueAt);
      double drained = waitUntil(() -> counts.notifications("PENDING") == 0
          && counts.one("select count(*) from act_ru_job where type_ = 'message' and retries_ > 0") == 0,
          Duration.ofMinutes(5), dueAt);
      Map<String, PetitionLoad.Ack> acknowledged = new HashMap<>(loadA.acknowledged);
      acknowledged.putAll(loadB.acknowledged);
      Map<String, String> stored = counts.caseNumbers(prefix);
      long persisted = acknowledged.values().stream()
          .filter(ack -> ack.caseNumber().equals(stored.get(ack.reference()))).count();
      long sent = counts.notifications("SENT");
      s.put("B killed outside a batch of its sender", midBatch ? 0 : 1)
          .put("mails sent but not yet recorded at the kill (delivery notes, both nodes)", notedAtKill)
          .put("petitions", count).put("acknowledged by A", loadA.acknowledged.size())
          .put("acknowledged by B", loadB.acknowledged.size()).put("acknowledged A", acknowledged.size())
          .put("persisted P", persisted).put("lost (A − P)", acknowledged.size() - persisted)
          .put("duplicated references", counts.duplicatedReferences(prefix))
          .put("duplicated case numbers", counts.duplicatedCaseNumbers())
          .put("half-created cases", counts.halfCreated(prefix))
          .put("open tasks", tasks).put("due dates moved", moved)
          .put("tasks without exactly one open-task record", counts.one("select count(*) from act_ru_task t"
              + " join kstthc_petition p on p.process_instance_id = t.proc_inst_id_ where p.sender_reference like ?"
              + " and (select count(*) from kstthc_open_task o where o.task_id = t.id_) <> 1", prefix + "-%"))
          .put("nodes seen holding the deadline scan's lease (sampled every 0.5 s)", scanners.size())
          .put("tasks reminded (SAP_DEN_HAN notices)", counts.one(
              "select count(*) from kstthc_deadline_notice where kind = 'SAP_DEN_HAN'" + ours))
          .put("tasks escalated (QUA_HAN notices)", counts.one(
              "select count(*) from kstthc_deadline_notice where kind = 'QUA_HAN'" + ours))
          .put("tasks not escalated", tasks - counts.one("select count(distinct task_id) from kstthc_deadline_notice"
              + " where kind = 'QUA_HAN'" + ours))
          .put("deadline notices twice (task, kind)", counts.one("select count(*) from (select task_id, kind from"
              + " kstthc_deadline_notice group by task_id, kind having count(*) > 1) d"))
          .put("reminder and escalation notifications", counts.one(
              "select count(*) from kstthc_notification where kind in ('SAP_DEN_HAN', 'QUA_HAN')" + ours))
          .put("notifications twice (task, kind, recipient)", counts.one("select count(*) from (select task_id, kind,"
              + " recipient from kstthc_notification where task_id is not null group by task_id, kind, recipient"
              + " having count(*) > 1) d"))
          .put("seconds from the due dates moved until every task escalated", escalated)
          .put("job lock time in use (s)", Long.parseLong(lock) / 1000.0)
          .put("job executors holding jobs at the kill", lockedAtKill.size())
          .put("jobs held by the killed node", lockedAtKill.getOrDefault(dead, List.of()).size())
          .put("seconds from the kill until the killed node's jobs had run (on A)", ranAgain.getOrDefault(dead, -1.0))
          .put("jobs held by A at the kill", lockedAtKill.entrySet().stream()
              .filter(e -> !e.getKey().equals(dead)).mapToInt(e -> e.getValue().size()).sum())
          .put("seconds from the kill until A's own held jobs had run", ranAgain.entrySet().stream()
              .filter(e -> !e.getKey().equals(dead)).mapToDouble(Map.Entry::getValue).max().orElse(-1))
          .put("seconds from the due dates moved until all jobs and notifications done", drained)
          .put("incidents", counts.incidents())
          .put("notifications sent", sent).put("notifications pending", counts.notifications("PENDING"))
          .put("mails received", mail.received()).put("mails received twice", mail.doubles())
          .put("mails not delivered", sent + counts.notifications("PENDING") - (mail.received() - mail.doubles()));
    } finally {
      sampler.shutdownNow();
      a.close();
      b.close();
    }
    return s;
  }

  /**
   * The open tasks of the petitions made due in 40 s (half of them) or 80 s, in Vietnam's local
   * time as the engine stores it: the first scans remind them, later scans escalate them.
   */
  private int makeDue(String db, String prefix) throws Exception {
    java.time.LocalDateTime now = java.time.LocalDateTime.now(ZONE);
    try (Connection c = DriverManager.getConnection(jdbcUrl(db), pgUser, "");
        java.sql.PreparedStatement update = c.prepareStatement("update act_ru_task t set due_date_ ="
            + " case when abs(hashtext(t.id_)) % 2 = 0 then cast(? as timestamp) else cast(? as timestamp) end from kstthc_petition p"
            + " where p.process_instance_id = t.proc_inst_id_ and p.sender_reference like ?")) {
      update.setTimestamp(1, java.sql.Timestamp.valueOf(now.plusSeconds(40)));
      update.setTimestamp(2, java.sql.Timestamp.valueOf(now.plusSeconds(80)));
      update.setString(3, prefix + "-%");
      return update.executeUpdate();
    }
  }

  /**
   * Seconds (from {@code since}) until each lock owner's jobs were all gone (run, here or
   * elsewhere), polled together each second; -1 past the limit.
   */
  private Map<String, Double> waitUntilRun(String db, Map<String, List<String>> byOwner, Duration limit, long since)
      throws Exception {
    Map<String, Double> done = new LinkedHashMap<>();
    FaultCounts counts = counts(db);
    long end = System.currentTimeMillis() + limit.toMillis();
    while (done.size() < byOwner.size() && System.currentTimeMillis() < end) {
      for (Map.Entry<String, List<String>> owner : byOwner.entrySet()) {
        String in = String.join(",", owner.getValue().stream().map(id -> "'" + id + "'").toList());
        if (!done.containsKey(owner.getKey())
            && counts.one("select count(*) from act_ru_job where id_ in (" + in + ")") == 0) {
          done.put(owner.getKey(), Math.round((System.currentTimeMillis() - since) / 100.0) / 10.0);
        }
      }
      Thread.sleep(1000);
    }
    byOwner.keySet().forEach(owner -> done.putIfAbsent(owner, -1.0));
    return done;
  }

  /** Jobs held now (a lock owner set: a job done is deleted, a failed one unlocked), per owner. */
  private Map<String, List<String>> lockedJobsByOwner(String db) throws Exception {
    Map<String, List<String>> byOwner = new java.util.TreeMap<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl(db), pgUser, "");
        Statement st = c.createStatement();
        var rs = st.executeQuery("select lock_owner_, id_ from act_ru_job where lock_owner_ is not null")) {
      while (rs.next()) {
        byOwner.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    return byOwner;
  }

  /** The node holding the deadline scan's lease now, if any (each node has its own name). */
  private static void noteScanner(FaultCounts counts, Set<String> scanners) throws java.sql.SQLException {
    try (Connection c = counts.connect(); Statement st = c.createStatement();
        var rs = st.executeQuery("select held_by from kstthc_lock where name = 'deadline-scan' and held_by is not null")) {
      if (rs.next()) {
        scanners.add(rs.getString(1));
      }
    }
  }

  private void runLoad(PetitionLoad load, String prefix) {
    runLoad(load, prefix, petitions, rate, clients);
  }

  private static void runLoad(PetitionLoad load, String prefix, int count, double perSecond, int clients) {
    try {
      load.run(prefix, count, perSecond, clients, Duration.ofMinutes(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private int loadSeconds() {
    return (int) (petitions / rate);
  }

  private double lockSeconds() {
    return lockMillis.isEmpty() ? 300 : Long.parseLong(lockMillis) / 1000.0;
  }

  private AppProcess startApp(String db, Map<String, String> extra) throws Exception {
    return startApp(db, extra, appPort);
  }

  /** Node B's name in PostgreSQL ({@code application_name} of its connections). */
  private static final String NODE_B = "kstthc-node-b";

  /** The application on {@code port}, its management on {@code port + 1}. */
  private AppProcess startApp(String db, Map<String, String> extra, int port) throws Exception {
    if (!Files.exists(work.resolve(db + ".created"))) {
      recreate(db);
      Files.writeString(work.resolve(db + ".created"), db);
    }
    Map<String, String> env = new HashMap<>(Map.of(
        "KSTTHC_DB_URL", jdbcUrl(db), "KSTTHC_DB_USER", pgUser, "KSTTHC_DB_PASSWORD", "unused",
        "KSTTHC_DEMO_ENABLED", "true", "KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD,
        "SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", String.valueOf(smtpPort),
        "KSTTHC_DATA_DIR", work.resolve("data-" + db).toAbsolutePath().toString()));
    if (!lockMillis.isEmpty()) {
      env.put("CAMUNDA_BPM_JOBEXECUTION_LOCKTIMEINMILLIS", lockMillis);
    }
    env.putAll(extra);
    Path log = work.resolve(db + "-" + port + "-" + System.currentTimeMillis() + ".log");
    return AppProcess.start(jar, "postgres", env, port, port + 1, log, List.of());
  }

  /** Seconds (from {@code since}) until none of the jobs is left: they ran again elsewhere. */
  private double waitUntilGone(String db, List<String> jobIds, Duration limit, long since) throws Exception {
    if (jobIds.isEmpty()) {
      return 0;
    }
    FaultCounts counts = counts(db);
    String in = String.join(",", jobIds.stream().map(id -> "'" + id + "'").toList());
    return waitUntil(() -> counts.one("select count(*) from act_ru_job where id_ in (" + in + ")") == 0, limit, since);
  }

  private double waitForJobs(FaultCounts counts, Duration limit, long since) throws Exception {
    // notifications are queued as rows (sent by each node's sender), not jobs
    return waitUntil(() -> counts.one("select count(*) from act_ru_job where type_ = 'message' and retries_ > 0") == 0
        && counts.notifications("PENDING") == 0, limit, since);
  }

  interface Check {
    boolean done() throws Exception;
  }

  /** Seconds from {@code since} until {@code check} holds, polled each second; -1 past the limit. */
  private static double waitUntil(Check check, Duration limit, long since) throws Exception {
    long end = System.currentTimeMillis() + limit.toMillis();
    while (System.currentTimeMillis() < end) {
      try {
        if (check.done()) {
          return (System.currentTimeMillis() - since) / 1000.0;
        }
      } catch (java.sql.SQLException notYet) {
        // the database restarting
      }
      Thread.sleep(1000);
    }
    return -1;
  }

  private List<String> jobIds(String db, String sql) throws Exception {
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl(db), pgUser, "");
        Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private FaultCounts counts(String db) {
    return new FaultCounts(jdbcUrl(db), pgUser);
  }

  private void recreate(String db) throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), pgUser, "");
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + db + " with (force)");
      statement.execute("create database " + db + " encoding 'UTF8' template template0");
    }
  }

  private String jdbcUrl(String db) {
    return "jdbc:postgresql://127.0.0.1:" + pgPort + "/" + db;
  }

  private Map<String, String> machine() throws Exception {
    Map<String, String> machine = new LinkedHashMap<>();
    machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
    machine.put("load average at the end", Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    machine.put("java", System.getProperty("java.version"));
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), pgUser, "");
        Statement statement = connection.createStatement();
        var rs = statement.executeQuery("show server_version")) {
      rs.next();
      machine.put("postgresql", rs.getString(1) + " (default settings)");
    }
    return machine;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String exec(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }
}
