package vn.kstthc.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Registers the job type that retries notifications (the first try is {@link NotificationSender}'s). */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationPlugin extends AbstractProcessEnginePlugin {

  private final NotificationJobHandler handler;

  NotificationPlugin(NotificationJobHandler handler) {
    this.handler = handler;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomJobHandlers() == null) {
      configuration.setCustomJobHandlers(new ArrayList<>());
    }
    configuration.getCustomJobHandlers().add(handler);
  }
}
