package vn.kstthc.deadline;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import vn.kstthc.platform.DatabaseLock;

/**
 * Runs {@link DeadlineWatcher#scan()} every {@code kstthc.deadlines.scan-interval} (one minute by
 * default) on one node of the cluster at a time: each node tries, the one that takes the lease
 * {@code deadline-scan} scans, the others skip their turn. Off with {@code
 * kstthc.deadlines.scan-enabled=false} (tests drive the scan themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kstthc.deadlines.scan-enabled", havingValue = "true", matchIfMissing = true)
class DeadlineScheduler {

  /** Far longer than a scan takes; a node that died while scanning blocks the others this long. */
  static final Duration LEASE = Duration.ofMinutes(15);

  private final DeadlineWatcher watcher;
  private final DatabaseLock lock;
  private final DeadlineProperties properties;

  DeadlineScheduler(DeadlineWatcher watcher, DatabaseLock lock, DeadlineProperties properties) {
    this.watcher = watcher;
    this.lock = lock;
    this.properties = properties;
  }

  @Scheduled(fixedDelayString = "${kstthc.deadlines.scan-interval:PT1M}", initialDelayString = "PT30S")
  boolean scan() {
    return lock.ifFree(DatabaseLock.DEADLINE_SCAN, properties.scanInterval(), LEASE, watcher::scan);
  }
}
