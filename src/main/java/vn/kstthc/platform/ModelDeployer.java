package vn.kstthc.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models of {@code processes/} (BPMN, DMN) and the forms of {@code forms/} together, as
 * one deployment, when the engine starts.
 *
 * <p>Forms are referenced with {@code camunda:formRefBinding="deployment"}, so a process and its
 * forms must always travel in the same deployment. Duplicate filtering compares every resource with
 * the last deployment of the same name: when nothing changed nothing is deployed; when anything
 * changed, everything is deployed again (never only the changed file, which would separate a BPMN
 * from its forms). Resource names are the paths inside the application ({@code
 * processes/x.bpmn}), identical on every machine, so a restart elsewhere does not redeploy.
 */
@Component
public class ModelDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "kstthc";
  static final String SOURCE = "kstthc-application";
  static final List<String> PATTERNS =
      List.of(
          "classpath*:processes/**/*.bpmn",
          "classpath*:processes/**/*.dmn",
          "classpath*:forms/**/*.form");

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    List<ModelResource> resources = findResources();
    if (resources.isEmpty()) {
      LOG.warn("No model found under processes/ or forms/: nothing to deploy");
      return;
    }
    DeploymentBuilder builder =
        processEngine
            .getRepositoryService()
            .createDeployment()
            .name(DEPLOYMENT_NAME)
            .source(SOURCE)
            .enableDuplicateFiltering(false);
    for (ModelResource resource : resources) {
      builder.addString(resource.name(), resource.content());
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    if (deployment.getDeployedProcessDefinitions() == null
        || deployment.getDeployedProcessDefinitions().isEmpty()) {
      LOG.info("Models unchanged since deployment {}: nothing deployed", deployment.getId());
    } else {
      LOG.info(
          "Models deployed as '{}' (deployment {}, {} resources, {} processes)",
          DEPLOYMENT_NAME,
          deployment.getId(),
          resources.size(),
          deployment.getDeployedProcessDefinitions().size());
    }
  }

  List<ModelResource> findResources() {
    List<ModelResource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      try {
        for (Resource resource : resolver.getResources(pattern)) {
          if (resource.isReadable()) {
            found.add(new ModelResource(nameOf(resource), read(resource)));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot list the models matching " + pattern, e);
      }
    }
    found.sort((a, b) -> a.name().compareTo(b.name()));
    return found;
  }

  /** The path from {@code processes/} or {@code forms/} on, whatever jar or folder holds it. */
  static String nameOf(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int start = Math.max(url.lastIndexOf("/processes/"), url.lastIndexOf("/forms/"));
    if (start < 0) {
      throw new IllegalStateException("Model outside processes/ and forms/: " + url);
    }
    return url.substring(start + 1);
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  record ModelResource(String name, String content) {}
}
