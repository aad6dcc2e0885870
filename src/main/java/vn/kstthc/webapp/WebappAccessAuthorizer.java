package vn.kstthc.webapp;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.Authorization;
import org.camunda.bpm.webapp.impl.security.filter.RequestAuthorizer;

/**
 * The plugin API of a webapp ({@code /camunda/api/cockpit/plugin/...}, {@code .../admin/...},
 * {@code .../tasklist/...}) answers only a user who may use that webapp: logged in to the engine
 * and granted ACCESS on the application (the list Camunda computes at login, as for the app's
 * pages). Camunda's own rules ask only for a login, so an officer of Tasklist could read Cockpit's
 * statistics of every unit's instances. Named in {@code kstthc-security-filter-rules.json}.
 */
public class WebappAccessAuthorizer implements RequestAuthorizer {

  @Override
  public Authorization authorize(Map<String, String> parameters) {
    Authentications authentications = Authentications.getCurrent();
    Authentication authentication =
        authentications == null ? null : authentications.getAuthenticationForProcessEngine(parameters.get("engine"));
    if (!(authentication instanceof UserAuthentication user)) {
      return Authorization.denied(Authentication.ANONYMOUS);
    }
    String app = parameters.get("app");
    return (user.isAuthorizedForApp(app) ? Authorization.granted(user) : Authorization.denied(user)).forApplication(app);
  }
}
