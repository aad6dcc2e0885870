package vn.kstthc.organisation;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Adds {@code vaiTro(...)} ({@link RoleFunctions}) to the engine's expressions. In the application
 * the roles come from the organisation as applied; a process test's engine (no Spring) names an
 * organisation file instead ({@link #setOrganisationFile}).
 */
@Component
public class RolesPlugin extends AbstractProcessEnginePlugin {

  private String organisationFile;

  /** For an engine built without the application, e.g. {@code classpath:organisation/demo.yaml}. */
  public void setOrganisationFile(String organisationFile) {
    this.organisationFile = organisationFile;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    RoleFunctions.register(configuration.getExpressionManager());
    if (organisationFile != null) {
      RoleFunctions.use(OrganisationReader.read(new DefaultResourceLoader().getResource(organisationFile)).roles());
    }
  }
}
