package vn.kstthc.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the first try of queued notifications: the committed rows are the queue, no job per event.
 * On every node, woken right after the commit of a transaction that queued notifications (an
 * officer is told at once) and every {@code kstthc.notification.send-interval} (rows whose wake was
 * lost: the node that queued them died, or was busy). Takes up to {@code batch-size} untried rows
 * in one transaction, skipping rows another node's sender holds, tries each ({@link
 * NotificationJobHandler#firstTry}: a failure starts the row's retry chain of jobs) and records the
 * results with that transaction's commit. A batch that does not commit (the JVM killed) leaves its
 * rows untried for the next one; what a channel that notes each send delivered is not sent again.
 * Runs on threads of its own ({@code sender-threads}, 2 by default as the job executor's core pool
 * that sent them before: a mail takes a round trip to the mail server, and a second thread takes the
 * next rows meanwhile), so a hung mail server holds back no request and no scheduled work. Off with
 * {@code kstthc.notification.sending-enabled=false} (tests call {@link #sendPending()} themselves).
 *
 * <p>Stops before the engine and the data source are closed (a {@link SmartLifecycle} is stopped
 * before any bean is destroyed): no new batch is taken, the row being sent is finished and its batch
 * commits, so the delivery note of an accepted mail is not lost (it would be sent again).
 */
@Component
public class NotificationSender implements SmartLifecycle {

  /**
   * How long a stop waits for the batches being sent: a row's send is bounded by the mail
   * timeouts (connect 5 s, then 10 s per read or write), then its batch commits.
   */
  static final Duration STOP_WAIT = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

  private final NotificationOutbox outbox;
  private final NotificationJobHandler handler;
  private final NotificationProperties properties;
  private final ObjectProvider<ProcessEngineConfigurationImpl> engine;
  private final boolean enabled;
  private final int threads;
  private final ExecutorService pool;
  /** Runs submitted that have not started yet: a wake finding one per thread is covered by them. */
  private final AtomicInteger queued = new AtomicInteger();
  private volatile boolean stopping;

  NotificationSender(
      NotificationOutbox outbox,
      NotificationJobHandler handler,
      NotificationProperties properties,
      ObjectProvider<ProcessEngineConfigurationImpl> engine,
      @Value("${kstthc.notification.sending-enabled:true}") boolean enabled,
      @Value("${kstthc.notification.sender-threads:2}") int threads) {
    this.outbox = outbox;
    this.handler = handler;
    this.properties = properties;
    this.engine = engine;
    this.enabled = enabled;
    this.threads = Math.max(1, threads);
    this.pool = Executors.newFixedThreadPool(this.threads, runnable -> {
      Thread sender = new Thread(runnable, "notification-sender");
      sender.setDaemon(true);
      return sender;
    });
  }

  /** Sends what is pending, soon, on a sender's thread; a wake while they run makes one more run. */
  void wake() {
    if (!enabled || stopping || queued.getAndUpdate(waiting -> Math.min(waiting + 1, threads)) == threads) {
      return;
    }
    try {
      pool.execute(() -> {
        queued.decrementAndGet();
        try {
          sendPending();
        } catch (RuntimeException e) {
          // the database gone: the rows stay untried, the next wake or poll takes them
          LOG.warn("Notifications not sent now, tried again shortly: {}", e.toString());
        }
      });
    } catch (RejectedExecutionException stopping) {
      // the application stops: the rows stay queued for the next start, or another node
    }
  }

  @Scheduled(fixedDelayString = "${kstthc.notification.send-interval:PT2S}", initialDelayString = "PT10S")
  void poll() {
    wake();
  }

  @Override
  public void start() {
    // the threads run from construction; a stopped sender is not started again
  }

  /** Takes no new batch, lets the rows being sent finish and their batches commit. */
  @Override
  public void stop() {
    stopping = true;
    pool.shutdown();
    try {
      if (!pool.awaitTermination(STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warn("Notification sender still sending after {}; its rows go to the next start or another node",
            STOP_WAIT);
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return !stopping;
  }

  /**
   * Tries every untried notification, batch after batch, until none is left.
   *
   * @return how many were tried
   */
  public int sendPending() {
    int tried = 0;
    for (Batch batch = nextBatch(); ; batch = nextBatch()) {
      tried += batch.tried();
      if (!batch.more() || stopping) {
        return tried;
      }
    }
  }

  /** How many rows a batch tried, and whether untried rows may be left (a full batch, or cut short). */
  record Batch(int tried, boolean more) {}

  private Batch nextBatch() {
    if (stopping) {
      return new Batch(0, false);
    }
    return engine.getObject().getCommandExecutorTxRequired().execute(this::batch);
  }

  private Batch batch(CommandContext context) {
    List<NotificationOutbox.Row> rows = outbox.untried(properties.batchSize());
    Map<String, String> delivered = outbox.deliveredTo(rows.stream().map(NotificationOutbox.Row::id).toList());
    Instant now = ClockUtil.getCurrentTime().toInstant();
    long started = System.nanoTime();
    List<String> tried = new ArrayList<>();
    List<NotificationOutbox.Result> results = new ArrayList<>();
    for (NotificationOutbox.Row row : rows) {
      if (!tried.isEmpty() && (stopping || System.nanoTime() - started > properties.batchBudget().toNanos())) {
        break; // a slow mail server or the application stopping: the rest, untouched, to the next batch
      }
      tried.add(row.id());
      NotificationOutbox.Result result = handler.firstTry(row, delivered.get(row.id()), now, context);
      if (result != null) {
        results.add(result);
      }
    }
    outbox.markTried(tried);
    outbox.finish(results, now);
    return new Batch(tried.size(), tried.size() < rows.size() || rows.size() == properties.batchSize());
  }
}
