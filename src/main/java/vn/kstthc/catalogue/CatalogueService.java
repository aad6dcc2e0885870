package vn.kstthc.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.OrganisationService;
import vn.kstthc.platform.DatabaseLock;

/**
 * The TTHC catalogue: reads it, imports files into it and applies publication decisions to it.
 * Every change writes the procedure's history in the same transaction.
 */
@Service
public class CatalogueService {

  /** Row of {@code kstthc_lock} held by every change of the catalogue. */
  static final String LOCK = "catalogue";

  private final CatalogueRepository repository;
  private final OrganisationService organisation;
  private final DatabaseLock lock;
  private final Clock clock;

  CatalogueService(CatalogueRepository repository, OrganisationService organisation, DatabaseLock lock) {
    this.repository = repository;
    this.organisation = organisation;
    this.lock = lock;
    this.clock = Clock.systemUTC();
  }

  public record Page(List<Tthc> items, int page, int size, long total) {}

  /** Counts of an import: rows added, rows changed, rows already as in the file. */
  public record ImportResult(int created, int updated, int unchanged) {}

  public Page search(CatalogueQuery query) {
    return new Page(repository.search(query), query.page(), query.size(), repository.count(query));
  }

  public Optional<Tthc> find(String code) {
    return repository.find(code);
  }

  public List<HistoryEntry> history(String code) {
    return repository.history(code);
  }

  public Optional<PublicationDecision> decision(String id) {
    return repository.findDecision(id);
  }

  /**
   * Imports a CSV or XLSX file (layout: {@link CatalogueColumn}): all rows or none. A row equal to
   * the catalogue changes nothing, so importing the same file twice is harmless; procedures
   * absent from the file are left as they are.
   */
  public ImportResult importFile(String fileName, byte[] content, String actor) {
    return importFile(fileName, content, actor, true);
  }

  /**
   * @param updateExisting false: only procedures not yet in the catalogue are added (the demo
   *     sample at start must not undo what decisions changed since)
   */
  ImportResult importFile(String fileName, byte[] content, String actor, boolean updateExisting) {
    List<Tthc> rows = CatalogueRows.parse(CatalogueFile.read(fileName, content), units());
    // under the catalogue lock: two imports (or two nodes loading the sample) never interleave
    return lock.withLock(LOCK, () -> store(rows, actor, "Nhập từ tệp " + fileName, updateExisting));
  }

  private ImportResult store(List<Tthc> rows, String actor, String source, boolean updateExisting) {
    Instant now = clock.instant();
    int created = 0;
    int updated = 0;
    for (Tthc row : rows) {
      Optional<Tthc> existing = repository.find(row.code());
      if (existing.isEmpty()) {
        repository.insert(row);
        repository.insertHistory(row.code(), ChangeKind.MOI, null, now, actor, source);
        created++;
      } else if (updateExisting && !existing.get().equals(row)) {
        repository.update(row);
        repository.insertHistory(row.code(), ChangeKind.SUA_DOI_BO_SUNG, null, now, actor,
            source + ": " + CatalogueColumn.changed(existing.get(), row));
        updated++;
      }
    }
    return new ImportResult(created, updated, rows.size() - created - updated);
  }

  /**
   * Records a signed publication decision and changes the catalogue in one transaction: new
   * procedures are in force from the decision's date in force, amended or replaced ones take the
   * published content (a replacement under a new code is published as the new code's MOI and the
   * old one's BAI_BO), abolished or cancelled ones are closed from that date. Refused as a whole
   * (nothing recorded) when an item does not fit the catalogue.
   */
  public PublicationDecision applyDecision(PublicationDecision decision, List<PublicationDecision.Item> items, String actor) {
    // joins the caller's transaction (the signing task's engine transaction) when there is one
    return lock.withLock(LOCK, () -> record(decision, items, actor));
  }

  private PublicationDecision record(PublicationDecision decision, List<PublicationDecision.Item> items, String actor) {
    check(decision, items);
    PublicationDecision recorded = new PublicationDecision(
        UUID.randomUUID().toString(), decision.number(), decision.signedOn(), decision.effectiveOn(), decision.type(),
        decision.sourceKind(), decision.sourceNumber(), decision.sourceIssuedOn(), decision.sourceLearnedOn(),
        clock.instant(), actor, List.copyOf(items));
    repository.insertDecision(recorded);
    for (PublicationDecision.Item item : items) {
      Optional<Tthc> before = repository.find(item.code());
      String details;
      switch (item.change()) {
        case MOI -> {
          repository.insert(item.content().inForceFrom(decision.effectiveOn()));
          details = "Công bố mới, hiệu lực từ " + decision.effectiveOn();
        }
        case SUA_DOI_BO_SUNG, THAY_THE -> {
          Tthc after = item.content().inForceFrom(before.orElseThrow().effectiveFrom());
          repository.update(after);
          details = item.change().label() + ": " + CatalogueColumn.changed(before.orElseThrow(), after);
        }
        default -> {
          repository.update(before.orElseThrow().abolishedFrom(decision.effectiveOn()));
          details = item.change().label() + " từ " + decision.effectiveOn();
        }
      }
      repository.insertHistory(item.code(), item.change(), recorded.id(), recorded.recordedAt(), actor, details);
    }
    return recorded;
  }

  private void check(PublicationDecision decision, List<PublicationDecision.Item> items) {
    List<CatalogueProblem> problems = new ArrayList<>();
    if (decision.number() == null || decision.signedOn() == null || decision.effectiveOn() == null
        || decision.type() == null || decision.sourceKind() == null || decision.sourceNumber() == null) {
      throw new CatalogueException("Quyết định thiếu số, ngày ký, ngày hiệu lực, loại hoặc văn bản nguồn.", List.of());
    }
    if (repository.decisionNumberExists(decision.number())) {
      problems.add(new CatalogueProblem(null, "Số quyết định", "quyết định số " + decision.number() + " đã được ghi nhận."));
    }
    problems.addAll(itemProblems(items));
    if (!problems.isEmpty()) {
      throw new CatalogueException("Không ghi nhận được quyết định " + decision.number() + ".", problems);
    }
  }

  /**
   * What would refuse these items in a decision applied now (a code already published, nothing in
   * force to amend or abolish, content missing, an unknown unit), recording nothing: a procedure
   * finds them while its list is still a draft, not at the signature.
   */
  public List<CatalogueProblem> itemProblems(List<PublicationDecision.Item> items) {
    List<CatalogueProblem> problems = new ArrayList<>();
    if (items.isEmpty()) {
      problems.add(new CatalogueProblem(null, null, "Quyết định không có TTHC nào."));
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      PublicationDecision.Item item = items.get(i);
      Optional<Tthc> existing = repository.find(item.code());
      boolean inForce = existing.isPresent() && existing.get().state() == TthcState.CON_HIEU_LUC;
      String problem = null;
      if (!codes.add(item.code())) {
        problem = "mã " + item.code() + " có hai lần trong quyết định.";
      } else if (item.change() == ChangeKind.MOI && existing.isPresent()) {
        problem = "TTHC " + item.code() + " đã có trong danh mục, không thể công bố mới.";
      } else if (item.change() != ChangeKind.MOI && !inForce) {
        problem = "không có TTHC " + item.code() + " còn hiệu lực để " + item.change().label() + ".";
      } else if (needsContent(item.change()) && (item.content() == null || !item.code().equals(item.content().code()))) {
        problem = "thiếu nội dung TTHC " + item.code() + " được " + item.change().label() + ".";
      } else if (needsContent(item.change()) && incomplete(item.content())) {
        problem = "nội dung TTHC " + item.code() + " thiếu tên, lĩnh vực, cấp, loại, đơn vị chủ trì hoặc mức dịch vụ công trực tuyến.";
      } else if (needsContent(item.change()) && !units().isEmpty() && !units().contains(item.content().owningUnit())) {
        problem = "không có đơn vị '" + item.content().owningUnit() + "' trong cơ cấu tổ chức.";
      }
      if (problem != null) {
        problems.add(new CatalogueProblem(i + 1, "Mã TTHC", problem));
      }
    }
    return problems;
  }

  private static boolean incomplete(Tthc t) {
    return t.name() == null || t.field() == null || t.level() == null || t.kind() == null || t.owningUnit() == null
        || t.onlineService() == null;
  }

  private static boolean needsContent(ChangeKind change) {
    return change == ChangeKind.MOI || change == ChangeKind.SUA_DOI_BO_SUNG || change == ChangeKind.THAY_THE;
  }

  private Set<String> units() {
    Organisation current = organisation.organisation();
    return current == null ? Set.of() : current.groups().stream().map(Organisation.Group::id).collect(Collectors.toSet());
  }
}
