package vn.kstthc.report;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.organisation.OfficerNames;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.OrganisationService;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.ReportScopes;

/**
 * What the report API does, for the calling officer: a form filled for a period and a unit, the
 * dossiers behind a figure, the import and the entry of dossiers. Unit isolation holds on each: a
 * unit reads and writes its own, supervisors ({@link ReportScopes}) every unit's.
 */
@Service
public class ReportService {

  static final String AD_HOC = "dot-xuat";
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private final FormTemplates templates;
  private final ReportTypes types;
  private final FormFigures figures;
  private final DossierRecords records;
  private final DossierExportReader exportReader;
  private final ReportScopes scopes;
  private final OrganisationService organisations;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;
  private final ReportSnapshots snapshots;

  ReportService(FormTemplates templates, ReportTypes types, FormFigures figures, DossierRecords records,
      DossierExportReader exportReader, ReportScopes scopes, OrganisationService organisations,
      IdentityService identityService, WorkingDayCalendar calendar, ReportSnapshots snapshots) {
    this.templates = templates;
    this.types = types;
    this.figures = figures;
    this.records = records;
    this.exportReader = exportReader;
    this.scopes = scopes;
    this.organisations = organisations;
    this.identityService = identityService;
    this.calendar = calendar;
    this.snapshots = snapshots;
  }

  /** Which period: a report type and a day in it (default today), or the first and last day of an ad-hoc one. */
  public record PeriodRequest(String type, LocalDate day, LocalDate from, LocalDate to) {}

  public FormTemplate template(String formId) {
    return templates.template(formId).orElseThrow(() -> new ReportNotFoundException("Không có biểu mẫu '" + formId + "'."));
  }

  public FormReport fill(String formId, PeriodRequest period, String unitId) {
    return figures.fill(template(formId), scope(unitId), period(period));
  }

  public List<DossierRecord> dossiers(String formId, String column, PeriodRequest period, String unitId,
      TthcLevel level, String field) {
    FormTemplate template = template(formId);
    if (template.columns().stream().noneMatch(c -> c.key().equals(column))) {
      throw new ReportNotFoundException("Biểu " + formId + " không có cột '" + column + "'.");
    }
    return figures.dossiers(template, column, scope(unitId), period(period), level, field);
  }

  /** The XLSX of a filled form in the circular's layout. */
  public byte[] xlsx(String formId, PeriodRequest period, String unitId) {
    FormReport report = fill(formId, period, unitId);
    return FormXlsx.write(template(formId), report, unitNames(report));
  }

  /** The printable PDF of a filled form, in the XLSX's layout: figures of now, not signed. */
  public byte[] pdf(String formId, PeriodRequest period, String unitId) {
    FormReport report = fill(formId, period, unitId);
    return FormPdf.write(template(formId), report, unitNames(report),
        List.of("Số liệu tính lúc " + shown(Instant.now()) + "; chưa ký, có thể thay đổi khi nhập thêm hồ sơ."));
  }

  /**
   * The printable PDF of a signed report ({@link ReportSnapshots}): the figures as frozen when it
   * was signed, never recomputed, with who signed, when, and the checksum. Read as its figures: a
   * unit only a report of its own units, supervisors every one. Printed in the template's layout
   * only while the template is the version it was signed with.
   */
  public byte[] signedPdf(String snapshotId) {
    ReportSnapshots.Snapshot snapshot = snapshots.find(snapshotId)
        .orElseThrow(() -> new ReportNotFoundException("Không có báo cáo đã ký '" + snapshotId + "'."));
    FormReport report = snapshot.report();
    ReportScope caller = scopes.current();
    boolean permitted = report.units().isEmpty() ? caller.allUnits()
        : !caller.isEmpty() && report.units().stream().allMatch(caller::permits);
    if (!permitted) {
      throw new ReportForbiddenException("Bạn không được xem báo cáo đã ký của " + unitNames(report)
          + ": mỗi đơn vị chỉ xem báo cáo của mình; Văn phòng Sở và Lãnh đạo Sở xem được mọi báo cáo.");
    }
    if (!snapshot.intact()) {
      throw new ReportConflictException("Báo cáo đã ký " + snapshotId
          + " không còn khớp mã kiểm tra (đã bị sửa trong cơ sở dữ liệu): không in được; hãy báo quản trị viên.");
    }
    FormTemplate template = template(report.formId());
    if (template.version() != report.formVersion()) {
      // the snapshot keeps the figures, not the layout: today's headings over them could misname a column
      throw new ReportConflictException("Báo cáo đã ký " + snapshotId + " theo biểu " + report.formId() + " phiên bản "
          + report.formVersion() + ", nay biểu là phiên bản " + template.version()
          + ": không in được bằng mẫu mới; số liệu đã ký vẫn được lưu nguyên vẹn, hãy báo quản trị viên để in theo mẫu cũ.");
    }
    List<String> notes = List.of(
        "Đã ký bởi " + userName(snapshot.signedBy()) + " lúc " + shown(snapshot.signedAt())
            + ". Số liệu như khi ký (không tính lại).",
        "Mã kiểm tra (SHA-256): " + snapshot.checksum());
    return FormPdf.write(template, report, unitNames(report), notes);
  }

  /** Imports a unit's export of the one-stop system: all rows or none. Returns how many. */
  public int importExport(String unitId, String fileName, InputStream file) {
    String unit = writableUnit(unitId);
    List<DossierRecord> dossiers = exportReader.read(fileName, file, unit);
    records.save(dossiers, DossierRecords.Entry.NHAP_TEP, caller(), Instant.now());
    return dossiers.size();
  }

  /** One dossier entered by hand, its fields named as the export's columns. */
  public DossierRecord enter(String unitId, Map<String, String> fields) {
    String unit = writableUnit(unitId);
    DossierRecord dossier = OneStopExportReader.entered(fields, unit);
    records.save(List.of(dossier), DossierRecords.Entry.NHAP_TAY, caller(), Instant.now());
    return dossier;
  }

  ReportPeriod period(PeriodRequest request) {
    if (request.type() == null || request.type().isBlank()) {
      if (request.from() == null || request.to() == null || request.to().isBefore(request.from())) {
        throw new IllegalArgumentException(
            "Cần loại báo cáo (loai) và một ngày trong kỳ (ngay), hoặc kỳ đột xuất từ ngày (tuNgay) đến ngày (denNgay).");
      }
      return new ReportPeriod(AD_HOC, request.from(), request.to(), null, null);
    }
    ReportType type = types.type(request.type())
        .orElseThrow(() -> new ReportNotFoundException("Không có loại báo cáo '" + request.type() + "'."));
    LocalDate day = request.day() != null ? request.day() : LocalDate.now(calendar.officeHours().zone());
    return type.periodOf(day, calendar);
  }

  /** The caller's scope, narrowed to one unit when asked; another unit's rows are refused. */
  private ReportScope scope(String unitId) {
    ReportScope caller = scopes.current();
    if (caller.isEmpty()) {
      throw new ReportForbiddenException("Tài khoản của bạn không thuộc đơn vị nào: không có số liệu báo cáo để xem.");
    }
    if (unitId == null || unitId.isBlank()) {
      return caller;
    }
    if (!caller.permits(unitId)) {
      throw new ReportForbiddenException("Bạn không được xem số liệu của " + unitName(unitId)
          + ": mỗi đơn vị chỉ xem số liệu của mình; Văn phòng Sở và Lãnh đạo Sở xem được mọi đơn vị.");
    }
    return ReportScope.ofUnits(Set.of(unitId));
  }

  private String writableUnit(String unitId) {
    if (unitId == null || unitId.isBlank()) {
      throw new IllegalArgumentException("Cần đơn vị (donVi) của các hồ sơ.");
    }
    if (organisations.organisation().group(unitId).isEmpty()) {
      throw new IllegalArgumentException("Không có đơn vị '" + unitId + "' trong tệp tổ chức.");
    }
    if (!scopes.current().permits(unitId)) {
      throw new ReportForbiddenException("Bạn không được nhập hồ sơ cho " + unitName(unitId) + ".");
    }
    return unitId;
  }

  private String unitName(String unitId) {
    return organisations.organisation().group(unitId).map(Organisation.Group::name).orElse("đơn vị '" + unitId + "'");
  }

  private String unitNames(FormReport report) {
    return report.units().isEmpty() ? "Toàn Sở"
        : report.units().stream().map(this::unitName).collect(Collectors.joining(", "));
  }

  /** "Nguyễn Văn An (vps.an)", or the id alone for a user no longer in the directory. */
  private String userName(String userId) {
    String name = OfficerNames.of(identityService, userId);
    return name.equals(userId) ? userId : name + " (" + userId + ")";
  }

  /** "14:05 ngày 20/12/2026", Vietnam's time. */
  private String shown(Instant at) {
    return SHOWN.format(at.atZone(calendar.officeHours().zone()));
  }

  private String caller() {
    return identityService.getCurrentAuthentication().getUserId();
  }

  /** 404 in Vietnamese. */
  public static class ReportNotFoundException extends RuntimeException {
    ReportNotFoundException(String message) {
      super(message);
    }
  }

  /** 403 in Vietnamese. */
  public static class ReportForbiddenException extends RuntimeException {
    ReportForbiddenException(String message) {
      super(message);
    }
  }

  /** 409 in Vietnamese: a signed report whose stored content no longer matches its checksum. */
  public static class ReportConflictException extends RuntimeException {
    ReportConflictException(String message) {
      super(message);
    }
  }
}
