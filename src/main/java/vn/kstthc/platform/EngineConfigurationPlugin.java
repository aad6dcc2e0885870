package vn.kstthc.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Engine settings that have no Spring Boot property: registers the platform's history level so
 * that {@code camunda.bpm.history-level: kstthc} resolves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class EngineConfigurationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(KstthcHistoryLevel.INSTANCE);
  }
}
