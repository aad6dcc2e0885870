package vn.kstthc.report;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.catalogue.TthcLevel;
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

  private final FormTemplates templates;
  private final ReportTypes types;
  private final FormFigures figures;
  private final DossierRecords records;
  private final DossierExportReader exportReader;
  private final ReportScopes scopes;
  private final OrganisationService organisations;
  private final IdentityService identityService;
  private final WorkingDayCalendar calendar;

  ReportService(FormTemplates templates, ReportTypes types, FormFigures figures, DossierRecords records,
      DossierExportReader exportReader, ReportScopes scopes, OrganisationService organisations,
      IdentityService identityService, WorkingDayCalendar calendar) {
    this.templates = templates;
    this.types = types;
    this.figures = figures;
    this.records = records;
    this.exportReader = exportReader;
    this.scopes = scopes;
    this.organisations = organisations;
    this.identityService = identityService;
    this.calendar = calendar;
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
    String unitName = report.units().isEmpty() ? "Toàn Sở"
        : report.units().stream().map(this::unitName).collect(Collectors.joining(", "));
    return FormXlsx.write(template(formId), report, unitName);
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
}
