package vn.kstthc.deadline;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs {@link DeadlineWatcher#scan()} every {@code kstthc.deadlines.scan-interval} (one minute by
 * default). Off with {@code kstthc.deadlines.scan-enabled=false} (tests drive the scan themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kstthc.deadlines.scan-enabled", havingValue = "true", matchIfMissing = true)
class DeadlineScheduler {

  private final DeadlineWatcher watcher;

  DeadlineScheduler(DeadlineWatcher watcher) {
    this.watcher = watcher;
  }

  @Scheduled(fixedDelayString = "${kstthc.deadlines.scan-interval:PT1M}", initialDelayString = "PT30S")
  void scan() {
    watcher.scan();
  }
}
