package vn.kstthc.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.reporting.ReportQueries;
import vn.kstthc.reporting.ReportScopes;
import vn.kstthc.reporting.StepRow;

/**
 * {@code /api/bao-cao}: report forms filled for a period and a unit, the dossiers behind every
 * figure, the XLSX and the printable PDF in the circular's layout (a signed report's PDF from its
 * frozen figures), the import and entry of the one-stop system's
 * dossiers, and the open overdue steps. Authentication: the /api filter (the caller is {@code
 * IdentityService.getCurrentAuthentication()}); unit isolation: {@link ReportService}.
 *
 * <p>The period: {@code loai} (a report type of {@code reports/loai-bao-cao.yaml}) and {@code ngay}
 * (a day in the period; today by default), or {@code tuNgay} and {@code denNgay} for an ad-hoc one.
 * {@code donVi}: one unit (a group id); without it, the caller's units, or every unit for a
 * supervisor.
 */
@RestController
class ReportController {

  private final ReportService reports;
  private final ReportTypes types;
  private final ReportQueries queries;
  private final ReportScopes scopes;
  private final WorkingDayCalendar calendar;

  ReportController(ReportService reports, ReportTypes types, ReportQueries queries, ReportScopes scopes,
      WorkingDayCalendar calendar) {
    this.reports = reports;
    this.types = types;
    this.queries = queries;
    this.scopes = scopes;
    this.calendar = calendar;
  }

  /** A report type and its current period. */
  record TypeAnswer(ReportType loai, ReportPeriod kyHienTai) {}

  /** A filled form: its template (headings) and its figures. */
  record FormAnswer(FormTemplate bieu, FormReport soLieu) {}

  @GetMapping("/api/bao-cao/loai")
  List<TypeAnswer> types() {
    LocalDate today = LocalDate.now(calendar.officeHours().zone());
    return types.all().stream().map(type -> new TypeAnswer(type, type.periodOf(today, calendar))).toList();
  }

  @GetMapping("/api/bao-cao/bieu/{formId}")
  FormAnswer form(@PathVariable String formId, @RequestParam(required = false) String loai,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ngay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tuNgay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate denNgay,
      @RequestParam(required = false) String donVi) {
    ReportService.PeriodRequest period = new ReportService.PeriodRequest(loai, ngay, tuNgay, denNgay);
    return new FormAnswer(reports.template(formId), reports.fill(formId, period, donVi));
  }

  /** The dossiers behind a figure: a column ({@code cot}), optionally one row ({@code cap}, {@code linhVuc}). */
  @GetMapping("/api/bao-cao/bieu/{formId}/o/{cot}")
  List<DossierRecord> dossiers(@PathVariable String formId, @PathVariable String cot,
      @RequestParam(required = false) String loai,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ngay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tuNgay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate denNgay,
      @RequestParam(required = false) String donVi, @RequestParam(required = false) TthcLevel cap,
      @RequestParam(required = false) String linhVuc) {
    ReportService.PeriodRequest period = new ReportService.PeriodRequest(loai, ngay, tuNgay, denNgay);
    return reports.dossiers(formId, cot, period, donVi, cap, nfc(linhVuc));
  }

  @GetMapping("/api/bao-cao/bieu/{formId}/xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable String formId, @RequestParam(required = false) String loai,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ngay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tuNgay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate denNgay,
      @RequestParam(required = false) String donVi) {
    ReportService.PeriodRequest period = new ReportService.PeriodRequest(loai, ngay, tuNgay, denNgay);
    byte[] file = reports.xlsx(formId, period, donVi);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("bieu-" + formId + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(file);
  }

  /** The same as a printable PDF (A4 landscape), with the moment its figures were computed. */
  @GetMapping("/api/bao-cao/bieu/{formId}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String formId, @RequestParam(required = false) String loai,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ngay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tuNgay,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate denNgay,
      @RequestParam(required = false) String donVi) {
    ReportService.PeriodRequest period = new ReportService.PeriodRequest(loai, ngay, tuNgay, denNgay);
    return pdf(reports.pdf(formId, period, donVi), "bieu-" + formId + ".pdf");
  }

  /** A signed report's form as a printable PDF: the frozen figures, who signed and when ({@code id}: the process's {@code baoCaoDaKy}). */
  @GetMapping("/api/bao-cao/da-ky/{id}/pdf")
  ResponseEntity<byte[]> signedPdf(@PathVariable String id) {
    return pdf(reports.signedPdf(id), "bao-cao-da-ky-" + id + ".pdf");
  }

  private static ResponseEntity<byte[]> pdf(byte[] file, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(name, StandardCharsets.UTF_8).build().toString())
        .body(file);
  }

  /** The number of dossiers taken from an export of the one-stop system (multipart, field {@code file}). */
  record ImportAnswer(int soHoSo) {}

  @PostMapping("/api/bao-cao/ho-so/nhap")
  ImportAnswer importExport(@RequestParam String donVi, @RequestParam("file") MultipartFile file) throws IOException {
    try (InputStream in = file.getInputStream()) {
      return new ImportAnswer(reports.importExport(donVi, file.getOriginalFilename(), in));
    }
  }

  /** One dossier entered by hand: a JSON object whose names are the export's columns. */
  @PostMapping("/api/bao-cao/ho-so")
  DossierRecord enter(@RequestParam String donVi, @RequestBody Map<String, String> fields) {
    return reports.enter(donVi, fields);
  }

  /** The caller's open steps past their deadline now (the query layer), oldest first. */
  @GetMapping("/api/bao-cao/buoc-qua-han")
  List<StepRow> openOverdueSteps() {
    return queries.openOverdueSteps(scopes.current(), Instant.now());
  }

  private static String nfc(String text) {
    return text == null || text.isBlank() ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }
}
