package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.reporting.NamedQueries;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.ReportingTestSupport;

/**
 * Form II.05a against dossiers counted by hand (the table in each test's comment), for the fourth
 * KSTTHC quarter of 2026 (15/09 to 14/12), on one database: {@link FormII05aH2Test}, {@link
 * FormII05aPostgresIT}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FormII05aContract {

  static final String A = "Sở hữu trí tuệ";
  static final String B = "Tiêu chuẩn đo lường chất lượng";
  static final ReportPeriod Q4 = new ReportPeriod("kstthc-quy", LocalDate.parse("2026-09-15"),
      LocalDate.parse("2026-12-14"), null, null);
  static final ReportScope PHONG_A = ReportScope.ofUnits(Set.of("phong-a"));

  FormFigures figures;
  FormTemplate template;
  JdbcTemplate jdbc;

  abstract DataSource database();

  @BeforeAll
  void seed() throws Exception {
    DataSource dataSource = database();
    jdbc = new JdbcTemplate(dataSource);
    NamedQueries queries = ReportingTestSupport.namedQueries(dataSource);
    figures = new FormFigures(queries);
    template = FormTemplates.fromClasspath(queries.names()).template("II.05a").orElseThrow();
    List<DossierRecord> a = new ArrayList<>();
    // received online on the period's first day, resolved before its due day
    a.add(d("A1", A, "TRUC_TUYEN", "2026-09-15", "2026-09-25", "2026-09-24", "DA_GIAI_QUYET"));
    // received at the desk on the last day, in progress, due after the period
    a.add(d("A2", A, "TRUC_TIEP", "2026-12-14", "2026-12-20", null, "DANG_GIAI_QUYET"));
    // received the day after the period: counted nowhere
    a.add(d("A3", A, "BUU_CHINH", "2026-12-15", "2026-12-25", null, "DANG_GIAI_QUYET"));
    // received the day before the period, resolved in it: carried over, before its due day
    a.add(d("A4", A, "TRUC_TUYEN", "2026-09-14", "2026-09-20", "2026-09-16", "DA_GIAI_QUYET"));
    // finished the day before the period: counted nowhere
    a.add(d("A5", A, "TRUC_TIEP", "2026-09-01", "2026-09-10", "2026-09-14", "DA_GIAI_QUYET"));
    // late by exactly one day
    a.add(d("A6", A, "TRUC_TIEP", "2026-10-01", "2026-10-09", "2026-10-10", "DA_GIAI_QUYET"));
    // on its due day
    a.add(d("A7", A, "TRUC_TUYEN", "2026-10-01", "2026-10-09", "2026-10-09", "DA_GIAI_QUYET"));
    // paused, past its due day: in progress, overdue
    a.add(d("A8", A, "TRUC_TIEP", "2026-11-01", "2026-11-10", null, "TAM_DUNG"));
    // awaiting supplements, due on the period's last day: that day has ended, overdue
    a.add(d("A9", A, "TRUC_TUYEN", "2026-12-01", "2026-12-14", null, "CHO_BO_SUNG"));
    // returned and withdrawn: received, then in no other column
    a.add(d("A10", A, "TRUC_TIEP", "2026-10-05", "2026-10-20", "2026-10-06", "TRA_LAI"));
    a.add(d("A11", A, "TRUC_TUYEN", "2026-10-05", "2026-10-20", "2026-10-07", "RUT"));
    // another field: resolved the day after the period, so in progress at its end, in time
    a.add(d("A12", B, "TRUC_TIEP", "2026-12-10", "2026-12-31", "2026-12-15", "DA_GIAI_QUYET"));
    DossierRecords records = new DossierRecords(jdbc);
    records.save(a.stream().map(r -> unit(r, "phong-a")).toList(), DossierRecords.Entry.NHAP_TEP, "qlkh.giang",
        Instant.now());
    records.save(List.of(unit(new DossierRecord(null, "B1", null, null, "Khoa học", TthcLevel.XA,
            DossierChannel.TRUC_TUYEN, LocalDate.parse("2026-11-11"), LocalDate.parse("2026-11-20"),
            LocalDate.parse("2026-11-19"), DossierState.DA_GIAI_QUYET), "phong-b")),
        DossierRecords.Entry.NHAP_TAY, "tdc.minh", Instant.now());
  }

  @Test
  void theFiguresOfAUnitAsCountedByHand() {
    FormReport report = figures.fill(template, PHONG_A, Q4);

    assertThat(report.rows()).extracting(FormReport.Row::field).containsExactly(A, B);
    assertThat(report.rows().get(0).cells()).isEqualTo(cells(9, 4, 4, 1, 4, 2, 1, 1, 3, 1, 2));
    assertThat(report.rows().get(1).cells()).isEqualTo(cells(1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0));
    assertThat(report.total().cells()).isEqualTo(cells(10, 4, 5, 1, 4, 2, 1, 1, 4, 2, 2));
    assertThat(report.identityFailures()).isEmpty();
  }

  @Test
  void aSupervisorSeesEveryUnitByLevel() {
    FormReport report = figures.fill(template, ReportScope.everyUnit(), Q4);

    assertThat(report.rows()).extracting(FormReport.Row::level).containsExactly(TthcLevel.TINH, TthcLevel.TINH,
        TthcLevel.XA);
    assertThat(report.total().cell("nhan-tong")).isEqualTo(11);
    assertThat(report.total().cell("truoc-han")).isEqualTo(3);
  }

  @Test
  void aUnitWithNoActivityHasOnlyAZeroTotal() {
    FormReport report = figures.fill(template, ReportScope.ofUnits(Set.of("phong-c")), Q4);

    assertThat(report.rows()).isEmpty();
    assertThat(report.total().cells()).isEqualTo(cells(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(report.identityFailures()).isEmpty();
  }

  @Test
  void everyFigureListsTheDossiersBehindIt() {
    assertThat(caseNumbers("qua-han", PHONG_A)).containsExactly("A6");
    assertThat(caseNumbers("dung-han", PHONG_A)).containsExactly("A7");
    assertThat(caseNumbers("dang-qua-han", PHONG_A)).containsExactly("A8", "A9");
    assertThat(caseNumbers("nhan-ky-truoc", PHONG_A)).containsExactly("A4");
    assertThat(figures.dossiers(template, "dang-giai-quyet", PHONG_A, Q4, TthcLevel.TINH, B))
        .extracting(DossierRecord::caseNumber).containsExactly("A12");
    assertThat(caseNumbers("qua-han", ReportScope.ofUnits(Set.of("phong-b")))).isEmpty();
  }

  @Test
  void returnedAndWithdrawnDossiersAreReceivedAndNeverOnTime() {
    FormReport report = figures.fill(template, PHONG_A, Q4);
    List<String> behindOnTime = new ArrayList<>(caseNumbers("truoc-han", PHONG_A));
    behindOnTime.addAll(caseNumbers("dung-han", PHONG_A));

    assertThat(caseNumbers("nhan-tong", PHONG_A)).contains("A10", "A11");
    assertThat(behindOnTime).doesNotContain("A10", "A11");
    assertThat(caseNumbers("dang-giai-quyet", PHONG_A)).doesNotContain("A10", "A11");
    assertThat(report.total().cell("da-giai-quyet")).isEqualTo(4);
  }

  @Test
  void aFailingIdentityIsToldInVietnamese() {
    // a dossier whose channel no column knows: received, but neither online nor at the desk
    jdbc.update("insert into kstthc_dossier_record (id, unit_id, case_number, field, tthc_level, channel,"
        + " received_on, due_on, state, entry, recorded_by, recorded_at) values ('x', 'phong-d', 'D1', 'Đo lường',"
        + " 'TINH', 'KHAC', date '2026-10-01', date '2026-10-10', 'DANG_GIAI_QUYET', 'NHAP_TAY', 'ai', current_timestamp)");

    try {
      FormReport report = figures.fill(template, ReportScope.ofUnits(Set.of("phong-d")), Q4);

      assertThat(report.identityFailures()).containsExactly(
          "Cấp tỉnh — Đo lường: Số hồ sơ nhận giải quyết phải bằng số nhận trực tuyến cộng số nhận trực tiếp,"
              + " dịch vụ bưu chính cộng số từ kỳ trước (1 ≠ 0).",
          "Tổng số: Số hồ sơ nhận giải quyết phải bằng số nhận trực tuyến cộng số nhận trực tiếp,"
              + " dịch vụ bưu chính cộng số từ kỳ trước (1 ≠ 0).");
    } finally {
      jdbc.update("delete from kstthc_dossier_record where id = 'x'");
    }
  }

  @Test
  void aSignedReportIsFrozenWithItsChecksumAndALaterRecomputationShowsTheDifference() {
    ReportSnapshots snapshots = new ReportSnapshots(jdbc, figures);
    ReportScope phongE = ReportScope.ofUnits(Set.of("phong-e"));
    DossierRecords records = new DossierRecords(jdbc);
    records.save(List.of(unit(d("E1", A, "TRUC_TUYEN", "2026-10-01", "2026-10-09", "2026-10-08", "DA_GIAI_QUYET"),
        "phong-e")), DossierRecords.Entry.NHAP_TAY, "ai", Instant.now());

    ReportSnapshots.Snapshot signed = snapshots.freeze(template, phongE, Q4, "ld.cuong", Instant.parse("2026-12-18T03:00:00Z"));

    ReportSnapshots.Snapshot stored = snapshots.find(signed.id()).orElseThrow();
    assertThat(stored.intact()).isTrue();
    assertThat(stored.checksum()).hasSize(64).isEqualTo(ReportSnapshots.sha256(ReportSnapshots.json(signed.report())));
    assertThat(stored.report()).isEqualTo(signed.report());
    assertThat(snapshots.differences(signed.id(), template)).isEmpty();

    // a dossier of the period imported after signing: resolved late
    records.save(List.of(unit(d("E2", A, "TRUC_TIEP", "2026-10-01", "2026-10-09", "2026-10-12", "DA_GIAI_QUYET"),
        "phong-e")), DossierRecords.Entry.NHAP_TEP, "ai", Instant.now());

    assertThat(snapshots.find(signed.id()).orElseThrow().report()).isEqualTo(signed.report());
    assertThat(snapshots.differences(signed.id(), template)).contains(
        "Cấp tỉnh — Sở hữu trí tuệ, cột 'qua-han': đã ký 0, nay 1",
        "Tổng số, cột 'nhan-tong': đã ký 1, nay 2");

    jdbc.update("update kstthc_report_snapshot set content = replace(content, '\"nhan-tong\":1', '\"nhan-tong\":2')"
        + " where id = ?", signed.id());
    assertThat(snapshots.find(signed.id()).orElseThrow().intact()).as("content changed behind the checksum").isFalse();
    jdbc.update("delete from kstthc_dossier_record where unit_id = 'phong-e'");
  }

  @Test
  void aReportWhoseIdentitiesFailCannotBeSigned() {
    jdbc.update("insert into kstthc_dossier_record (id, unit_id, case_number, field, tthc_level, channel,"
        + " received_on, due_on, state, entry, recorded_by, recorded_at) values ('y', 'phong-f', 'F1', 'Đo lường',"
        + " 'TINH', 'KHAC', date '2026-10-01', date '2026-10-10', 'DANG_GIAI_QUYET', 'NHAP_TAY', 'ai', current_timestamp)");

    try {
      assertThatThrownBy(() -> new ReportSnapshots(jdbc, figures)
          .freeze(template, ReportScope.ofUnits(Set.of("phong-f")), Q4, "ld.cuong", Instant.now()))
          .hasMessageStartingWith("Chưa thể ký báo cáo: số liệu chưa khớp. Cấp tỉnh — Đo lường: Số hồ sơ nhận giải quyết");
      assertThat(jdbc.queryForObject("select count(*) from kstthc_report_snapshot where units = 'phong-f'", Long.class))
          .isZero();
    } finally {
      jdbc.update("delete from kstthc_dossier_record where id = 'y'");
    }
  }

  @Test
  void everyColumnCountedInOneQueryIsItsOwnQuerysCount() {
    // the third quarter (15/06 to 14/09): phong-v's dossiers received before, on the first day, inside,
    // on the last day and after it, each finished never, before, on either edge, inside or after it,
    // in every state, channel, level and two fields
    ReportPeriod q3 = new ReportPeriod("kstthc-quy", LocalDate.parse("2026-06-15"), LocalDate.parse("2026-09-14"),
        null, null);
    List<String> days = List.of("2026-06-10", "2026-06-15", "2026-07-20", "2026-09-14", "2026-09-20", "2026-10-01");
    DossierState[] open = {DossierState.DANG_GIAI_QUYET, DossierState.TAM_DUNG, DossierState.CHO_BO_SUNG};
    DossierState[] closed = {DossierState.DA_GIAI_QUYET, DossierState.TRA_LAI, DossierState.RUT};
    List<DossierRecord> dossiers = new ArrayList<>();
    int n = 0;
    for (int r = 0; r < days.size() - 1; r++) {
      LocalDate received = LocalDate.parse(days.get(r));
      for (int f = r - 1; f < days.size(); f++) {
        for (int s = 0; s < 3; s++, n++) {
          LocalDate finished = f < r ? null : LocalDate.parse(days.get(f));
          LocalDate due = LocalDate.parse(days.get(r + n % (days.size() - r)));
          dossiers.add(new DossierRecord("phong-v", "V" + n, null, "Thủ tục", n % 2 == 0 ? A : B,
              n % 3 == 0 ? TthcLevel.XA : TthcLevel.TINH, DossierChannel.values()[n % DossierChannel.values().length],
              received, due, finished, finished == null ? open[s] : closed[s]));
        }
      }
    }
    DossierRecords records = new DossierRecords(jdbc);
    records.save(dossiers, DossierRecords.Entry.NHAP_TEP, "ai", Instant.now());
    try {
      // outside the window (received after the period) yet resolved in it, as "đã giải quyết" would count it
      assertThatThrownBy(() -> records.save(List.of(new DossierRecord("phong-v", "V-NGOAI", null, "Thủ tục", A,
              TthcLevel.TINH, DossierChannel.TRUC_TIEP, LocalDate.parse("2026-09-20"), LocalDate.parse("2026-09-25"),
              LocalDate.parse("2026-07-20"), DossierState.DA_GIAI_QUYET)), DossierRecords.Entry.NHAP_TAY, "ai",
          Instant.now()))
          .hasMessage("Hồ sơ V-NGOAI: ngày kết thúc trước ngày tiếp nhận.");

      for (ReportScope scope : List.of(ReportScope.ofUnits(Set.of("phong-v")), ReportScope.everyUnit())) {
        FormReport report = figures.fill(template, scope, q3);
        assertThat(report.total().cell("nhan-tong")).as("the data reach the form").isPositive();
        for (FormTemplate.Column column : template.columns()) {
          assertThat(report.total().cell(column.key())).as(column.key())
              .isEqualTo(figures.dossiers(template, column.key(), scope, q3, null, null).size());
          for (FormReport.Row row : report.rows()) {
            assertThat(row.cell(column.key())).as(row.label() + ", " + column.key())
                .isEqualTo(figures.dossiers(template, column.key(), scope, q3, row.level(), row.field()).size());
          }
        }
      }
    } finally {
      jdbc.update("delete from kstthc_dossier_record where unit_id = 'phong-v'");
    }
  }

  private List<String> caseNumbers(String column, ReportScope scope) {
    return figures.dossiers(template, column, scope, Q4, null, null).stream().map(DossierRecord::caseNumber).toList();
  }

  private static Map<String, Long> cells(long... figures) {
    String[] keys = {"nhan-tong", "nhan-truc-tuyen", "nhan-truc-tiep", "nhan-ky-truoc", "da-giai-quyet", "truoc-han",
        "dung-han", "qua-han", "dang-giai-quyet", "trong-han", "dang-qua-han"};
    Map<String, Long> cells = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      cells.put(keys[i], figures[i]);
    }
    return cells;
  }

  private static DossierRecord d(String number, String field, String channel, String received, String due,
      String finished, String state) {
    return new DossierRecord(null, number, "1.00" + number, "Thủ tục " + number, field, TthcLevel.TINH,
        DossierChannel.valueOf(channel), LocalDate.parse(received), LocalDate.parse(due),
        finished == null ? null : LocalDate.parse(finished), DossierState.valueOf(state));
  }

  private static DossierRecord unit(DossierRecord r, String unit) {
    return new DossierRecord(unit, r.caseNumber(), r.tthcCode(), r.tthcName(), r.field(), r.level(), r.channel(),
        r.receivedOn(), r.dueOn(), r.finishedOn(), r.state());
  }
}
