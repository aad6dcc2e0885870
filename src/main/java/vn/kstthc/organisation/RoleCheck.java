package vn.kstthc.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Stops the start when a deployed process (latest version of each) names a role that the
 * organisation does not map to any group: its tasks would have no candidate, nobody would see
 * them. Says which process and which role, in Vietnamese. With no organisation at all (no file, demo
 * off) it only warns.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class RoleCheck implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(RoleCheck.class);

  private final RepositoryService repository;
  private final OrganisationService organisation;

  public RoleCheck(RepositoryService repository, OrganisationService organisation) {
    this.repository = repository;
    this.organisation = organisation;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> problems = unmappedRoles();
    if (!problems.isEmpty() && organisation.organisation().groups().isEmpty()) {
      // No organisation yet (no file, demo off: a new installation, only the administrator): the
      // application starts so that the administrator can look around; the first file applied must
      // map the roles, or that start stops here.
      LOG.warn("Chưa có tệp tổ chức: các quy trình chưa có đơn vị xử lý ({}).", String.join("; ", problems));
      return;
    }
    if (!problems.isEmpty()) {
      throw new OrganisationFileException("roles", String.join("; ", problems)
          + ". Thêm vai trò vào mục 'roles' của tệp tổ chức (vd. tiep-nhan-pakn: [van-phong-so]).");
    }
  }

  List<String> unmappedRoles() {
    List<String> problems = new ArrayList<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      Set<String> roles;
      try (InputStream model = repository.getProcessModel(definition.getId())) {
        roles = RoleFunctions.namedIn(new String(model.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      for (String role : roles) {
        if (organisation.organisation().roleGroups(role).isEmpty()) {
          problems.add("quy trình '" + definition.getKey() + "' dùng vai trò '" + role
              + "' nhưng chưa có đơn vị nào được gán vai trò này");
        }
      }
    }
    return problems;
  }
}
