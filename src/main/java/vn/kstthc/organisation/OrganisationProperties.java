package vn.kstthc.organisation;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code kstthc.organisation.*}: where the organisation comes from and how the administrator and
 * demo accounts are set up.
 *
 * @param file the province's organisation file (YAML); when empty, only the demo organisation
 *     (if enabled) and the administrator exist
 * @param demoEnabled load the demo organisation ({@code classpath:organisation/demo.yaml}) with
 *     its demo officers; on in the default run, off with the {@code postgres} profile
 * @param demoPassword password given to each demo officer when created
 * @param adminUser id of the administrator account
 * @param adminPassword the administrator's password; when empty, one is generated at first start
 *     and written to {@code adminPasswordFile}
 * @param adminPasswordFile where a generated administrator password is written, readable by the
 *     file's owner only (default: {@code admin-password.txt} in the data folder)
 */
@ConfigurationProperties("kstthc.organisation")
public record OrganisationProperties(
    Resource file,
    boolean demoEnabled,
    String demoPassword,
    String adminUser,
    String adminPassword,
    Path adminPasswordFile) {

  public static final String DEMO_FILE = "classpath:organisation/demo.yaml";
  public static final String ADMIN_GROUP = "camunda-admin";

  public OrganisationProperties {
    if (adminUser == null || adminUser.isBlank()) {
      adminUser = "admin";
    }
    if (adminPasswordFile == null) {
      adminPasswordFile = Path.of("data", "admin-password.txt");
    }
  }
}
