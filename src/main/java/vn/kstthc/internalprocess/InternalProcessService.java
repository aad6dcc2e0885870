package vn.kstthc.internalprocess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.catalogue.CatalogueService;
import vn.kstthc.organisation.OrganisationService;

/**
 * Internal processes of the catalogue's TTHC: checks drafts against {@link InternalProcessRules}
 * (with the catalogue, the organisation and the office hours of this installation) and records
 * the versions the chair approves.
 */
@Service
public class InternalProcessService {

  private final InternalProcessRepository repository;
  private final CatalogueService catalogue;
  private final OrganisationService organisation;
  private final WorkingDayCalendar calendar;
  private final Clock clock = Clock.systemUTC();

  InternalProcessService(InternalProcessRepository repository, CatalogueService catalogue,
      OrganisationService organisation, WorkingDayCalendar calendar) {
    this.repository = repository;
    this.catalogue = catalogue;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  /**
   * The broken rules of the rows, TTHC by TTHC in the order they first appear; empty when they may
   * be submitted.
   *
   * @param draftingUnit the unit drafting them (each TTHC must be its own), or null
   */
  public List<String> problems(List<Step> rows, String draftingUnit) {
    if (rows.isEmpty()) {
      return List.of("Chưa nhập bước nào của quy trình nội bộ.");
    }
    List<String> problems = new ArrayList<>();
    InternalProcessRules rules = rules();
    byTthc(rows).forEach((code, steps) -> {
      if (code == null || code.isBlank()) {
        problems.add("Có dòng chưa nhập mã thủ tục hành chính.");
      } else {
        problems.addAll(rules.problems(code, catalogue.find(code).orElse(null), draftingUnit, steps));
      }
    });
    return problems;
  }

  /**
   * Records the rows as the new version of each TTHC's internal process, approved by the chair's
   * decision {@code approvalNumber} of {@code approvedOn}. Refuses rows that break the rules.
   */
  @Transactional
  public List<InternalProcess> approve(List<Step> rows, String approvalNumber, LocalDate approvedOn,
      String publicationDecision, String processInstanceId, String actor) {
    List<String> problems = problems(rows, null);
    if (!problems.isEmpty()) {
      throw new InternalProcessException(problems);
    }
    List<InternalProcess> approved = new ArrayList<>();
    byTthc(rows).forEach((code, steps) -> {
      InternalProcess process = new InternalProcess(UUID.randomUUID().toString(), code,
          repository.latestVersion(code) + 1, approvalNumber, approvedOn, publicationDecision,
          processInstanceId, steps);
      repository.insert(process, clock.instant(), actor);
      approved.add(process);
    });
    return approved;
  }

  /** The version in force: the last approved. */
  public Optional<InternalProcess> current(String tthcCode) {
    return repository.latestVersion(tthcCode) == 0 ? Optional.empty() : repository.latest(tthcCode);
  }

  private InternalProcessRules rules() {
    BigDecimal hoursPerDay = BigDecimal.valueOf(calendar.officeHours().workingTimePerDay().toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    return new InternalProcessRules(id -> organisation.organisation().group(id).isPresent(), hoursPerDay);
  }

  private static Map<String, List<Step>> byTthc(List<Step> rows) {
    Map<String, List<Step>> byCode = new LinkedHashMap<>();
    rows.forEach(row -> byCode.computeIfAbsent(row.tthcCode(), code -> new ArrayList<>()).add(row));
    return byCode;
  }
}
