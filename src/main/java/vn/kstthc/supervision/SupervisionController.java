package vn.kstthc.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.organisation.Organisation;
import vn.kstthc.organisation.OrganisationService;
import vn.kstthc.reporting.NamedQueries;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.ReportScopes;
import vn.kstthc.reporting.StepRow;

/**
 * {@code /api/giam-sat/...}: indicators against their targets, their trend, and the open work
 * about to be late, as JSON and XLSX; the values of the indicators entered by hand; the monthly
 * late list's files (supervisors only). Authentication: the /api filter (HTTP Basic, or the Tasklist
 * session for reading). A unit reads its own figures; supervisors (the groups of the roles {@code
 * dau-moi-kstthc} and {@code lanh-dao}, groups of kind supervisors: {@link ReportScopes}) read every
 * unit's, or one unit's with {@code donVi}.
 */
@RestController
@RequestMapping("/api/giam-sat")
class SupervisionController {

  static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  /** Longest period asked at once: the figures read every dossier of it. */
  static final int MAX_DAYS = 370;

  private final IndicatorService indicators;
  private final ReportScopes scopes;
  private final OrganisationService organisations;
  private final FilterService filterService;
  private final IndicatorEntries entries;
  private final IdentityService identity;
  private final LateListDownloads lateLists;
  private final ZoneId zone;

  SupervisionController(IndicatorService indicators, ReportScopes scopes, OrganisationService organisations,
      FilterService filterService, WorkingDayCalendar calendar, IndicatorEntries entries, IdentityService identity,
      LateListDownloads lateLists) {
    this.indicators = indicators;
    this.scopes = scopes;
    this.organisations = organisations;
    this.filterService = filterService;
    this.entries = entries;
    this.identity = identity;
    this.lateLists = lateLists;
    this.zone = calendar.officeHours().zone();
  }

  /** Who the caller may read: every unit, or these units. */
  record Reach(boolean giamSat, Set<String> donVi) {}

  @GetMapping("/pham-vi")
  Reach reach() {
    ReportScope scope = scopes.current();
    return new Reach(scope.allUnits(), scope.units());
  }

  /** Each indicator of the register for the period: actual, target, met, and the trend by month. */
  @GetMapping("/chi-tieu")
  IndicatorService.Figures figures(@RequestParam(name = "tu", required = false) String from,
      @RequestParam(name = "den", required = false) String to, @RequestParam(name = "donVi", required = false) String unit) {
    LocalDate[] period = period(from, to);
    return indicators.figures(scope(unit), blank(unit), period[0], period[1], Instant.now());
  }

  @GetMapping("/chi-tieu.xlsx")
  ResponseEntity<byte[]> figuresXlsx(@RequestParam(name = "tu", required = false) String from,
      @RequestParam(name = "den", required = false) String to, @RequestParam(name = "donVi", required = false) String unit) {
    IndicatorService.Figures figures = figures(from, to, unit);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("chi-tieu-" + figures.from() + "-" + figures.to() + ".xlsx").build().toString())
        .body(IndicatorWorkbook.write(figures));
  }

  /**
   * A value of an indicator entered by hand, for a period and a unit (none: the whole Sở), or a
   * correction of it with its reason ({@link IndicatorEntries}): the Văn phòng and supervisors only.
   */
  @PostMapping("/chi-tieu/{ma}/gia-tri")
  ResponseEntity<IndicatorEntries.Entry> enter(@PathVariable("ma") String code,
      @RequestBody(required = false) Map<String, Object> fields) {
    if (!scopes.current().allUnits()) {
      throw new Forbidden("Chỉ Văn phòng Sở (đầu mối kiểm soát TTHC), cán bộ giám sát và lãnh đạo nhập được giá trị chỉ tiêu.");
    }
    Instant now = Instant.now();
    return ResponseEntity.status(HttpStatus.CREATED).body(entries.enter(code, fields == null ? Map.of() : fields,
        identity.getCurrentAuthentication().getUserId(), now, LocalDate.ofInstant(now, zone)));
  }

  /** Every value entered for an indicator and a unit (none: the whole Sở), corrections included. */
  @GetMapping("/chi-tieu/{ma}/gia-tri")
  List<IndicatorEntries.Entry> entered(@PathVariable("ma") String code,
      @RequestParam(name = "donVi", required = false) String unit) {
    scope(unit);
    return entries.history(code, blank(unit));
  }

  /** Open steps due within {@code ngayLamViec} working days (default 2), and those already overdue. */
  @GetMapping("/sap-tre-han")
  List<IndicatorService.SoonLate> soonLate(@RequestParam(name = "ngayLamViec", defaultValue = "2") int workingDays,
      @RequestParam(name = "donVi", required = false) String unit) {
    if (workingDays < 0 || workingDays > 30) {
      throw new IllegalArgumentException("Số ngày làm việc phải từ 0 đến 30.");
    }
    return indicators.soonLate(scope(unit), workingDays, Instant.now());
  }

  /** A unit's on-time rate in the period, with its name and the 95% flag. */
  record UnitView(String unitId, String name, int judged, int late, double percent, boolean flagged) {}

  /** The dashboard's data, for supervisors only: every unit, every indicator, the late and soon-late work. */
  record Overview(IndicatorService.Figures figures, List<UnitView> units, List<StepRow> late,
      List<IndicatorService.SoonLate> soonLate, Map<String, String> tasklistFilters) {}

  @GetMapping("/tong-quan")
  Overview overview(@RequestParam(name = "tu", required = false) String from,
      @RequestParam(name = "den", required = false) String to) {
    ReportScope scope = scopes.current();
    if (!scope.allUnits()) {
      throw new Forbidden("Bảng theo dõi dành cho cán bộ giám sát, đầu mối kiểm soát TTHC và lãnh đạo.");
    }
    LocalDate[] period = period(from, to);
    Instant now = Instant.now();
    IndicatorService.UnitSteps steps = indicators.unitSteps(scope, period[0], period[1], now);
    Organisation organisation = organisations.organisation();
    List<UnitView> units = steps.rates().stream()
        .map(r -> new UnitView(r.unitId(), organisation.group(r.unitId()).map(Organisation.Group::name).orElse(r.unitId()),
            r.judged(), r.late(), r.percent(), r.flagged()))
        .toList();
    Map<String, String> filters = new LinkedHashMap<>();
    // the Tasklist filters the caller may read (the engine checks), by name, to link to them
    filterService.createFilterQuery().filterResourceType("Task").list().forEach(f -> filters.put(f.getName(), f.getId()));
    return new Overview(indicators.figures(scope, null, period[0], period[1], now), units, steps.late(),
        indicators.soonLate(scope, 2, now), filters);
  }

  /** The monthly late list of {@code thang} (2026-10) as published, or a draft while it is open: {@link LateListDownloads}. */
  @GetMapping("/danh-sach-tre-han/{thang}.xlsx")
  ResponseEntity<byte[]> lateListXlsx(@PathVariable("thang") String month) {
    return lateList(month, false);
  }

  @GetMapping("/danh-sach-tre-han/{thang}.pdf")
  ResponseEntity<byte[]> lateListPdf(@PathVariable("thang") String month) {
    return lateList(month, true);
  }

  private ResponseEntity<byte[]> lateList(String month, boolean pdf) {
    // the list names officers and carries the units' explanations: not a unit's to read
    if (!scopes.current().allUnits()) {
      throw new Forbidden("Danh sách trễ hạn ghi tên cán bộ và nội dung giải trình của các đơn vị: chỉ Văn phòng Sở"
          + " (đầu mối kiểm soát TTHC), cán bộ giám sát và lãnh đạo tải được.");
    }
    YearMonth listed;
    try {
      listed = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Tháng phải viết dạng năm-tháng, ví dụ 2026-10.");
    }
    LateListDownloads.Download file = lateLists.of(listed, pdf);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.mimeType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .body(file.content());
  }

  @ExceptionHandler(LateListDownloads.NotFound.class)
  ResponseEntity<Map<String, String>> notFound(LateListDownloads.NotFound e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("loi", e.getMessage()));
  }

  @ExceptionHandler(Forbidden.class)
  ResponseEntity<Map<String, String>> forbidden(Forbidden e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("loi", e.getMessage()));
  }

  /** 400, a Vietnamese message per field: {@code {"loi": ..., "truong": {"giaTri": ...}}}. */
  @ExceptionHandler(IndicatorEntries.Refused.class)
  ResponseEntity<Map<String, Object>> refused(IndicatorEntries.Refused e) {
    return ResponseEntity.badRequest().body(Map.of("loi", "Giá trị chỉ tiêu chưa được ghi: " + e.getMessage(),
        "truong", e.fields));
  }

  /** 503: a report's query cut by its timeout (kstthc.reporting.query-timeout), not a 500 in English. */
  @ExceptionHandler(QueryTimeoutException.class)
  ResponseEntity<Map<String, String>> timedOut(QueryTimeoutException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("loi", NamedQueries.TIMED_OUT));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(Map.of("loi", e.getMessage()));
  }

  /** The caller's scope, narrowed to one unit when asked; a unit outside it is refused. */
  private ReportScope scope(String unit) {
    ReportScope scope = scopes.current();
    if (scope.isEmpty()) {
      throw new Forbidden("Tài khoản của anh/chị không thuộc đơn vị nào nên không có số liệu để xem.");
    }
    if (blank(unit) == null) {
      return scope;
    }
    if (!scope.permits(unit)) {
      throw new Forbidden("Anh/chị chỉ xem được số liệu của đơn vị mình.");
    }
    return ReportScope.ofUnits(Set.of(unit));
  }

  private LocalDate[] period(String from, String to) {
    LocalDate today = LocalDate.now(zone);
    try {
      LocalDate last = blank(to) == null ? today : LocalDate.parse(to);
      LocalDate first = blank(from) == null ? last.withDayOfYear(1) : LocalDate.parse(from);
      if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
        throw new IllegalArgumentException("Kỳ từ ngày đến ngày phải theo thứ tự và không quá " + MAX_DAYS + " ngày.");
      }
      return new LocalDate[] {first, last};
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Ngày phải viết dạng năm-tháng-ngày, ví dụ 2026-01-31.");
    }
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static final class Forbidden extends RuntimeException {
    Forbidden(String message) {
      super(message);
    }
  }
}
