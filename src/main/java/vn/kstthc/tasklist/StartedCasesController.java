package vn.kstthc.tasklist;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ho-so-da-khoi-tao}: the cases the calling officer started ({@link StartedCases}).
 * Any officer ({@code vn.kstthc.security}, rule OFFICER), by HTTP Basic or, for reading, the
 * Tasklist session; there is no parameter naming a user.
 */
@RestController
class StartedCasesController {

  private final StartedCases startedCases;
  private final IdentityService identityService;

  StartedCasesController(StartedCases startedCases, IdentityService identityService) {
    this.startedCases = startedCases;
    this.identityService = identityService;
  }

  @GetMapping("/api/ho-so-da-khoi-tao")
  List<StartedCases.StartedCase> mine() {
    return startedCases.of(identityService.getCurrentAuthentication().getUserId());
  }
}
