package vn.kstthc.lateness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;

/** Explanations on the real table (H2, migration V120): append-only, corrections with a reason. */
class LateExplanationsTest {

  static final LateCaseRef CASE = LateCaseRef.outcome("task-1");
  static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

  EmbeddedDatabase database;
  JdbcTemplate jdbc;
  LateExplanations explanations;

  @BeforeEach
  void table() {
    database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true)
        .addScript("db/migration/common/V120__late_explanations.sql").build();
    jdbc = new JdbcTemplate(database);
    explanations = new LateExplanations(new ExplanationRepository(jdbc),
        LateCauses.read(new ClassPathResource("lateness/nguyen-nhan-tre-han.yaml")), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void drop() {
    database.shutdown();
  }

  @Test
  void aCaseIsExplainedOnceWithWhoWhenAndTheCausesLabel() {
    Explanation first = explanations.explain(CASE, "phong-quan-ly-khoa-hoc", "cho-phoi-hop",
        "Chờ ý kiến Sở Tài chính", "qlkh.giang", "pi-1");
    assertThat(explanations.current(CASE)).contains(first);
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.causeLabel()).isEqualTo("Chờ ý kiến, kết quả phối hợp của cơ quan, đơn vị khác");
    assertThat(first.explainedBy()).isEqualTo("qlkh.giang");
    assertThat(first.explainedAt()).isEqualTo(NOW);

    assertThatThrownBy(() -> explanations.explain(CASE, "phong-quan-ly-khoa-hoc", "khac", "Lần hai", "qlkh.khanh", "pi-1"))
        .hasMessageContaining("đã được giải trình");
  }

  @Test
  void aUnitsAnswerExplainsOnceAndCorrectsOnlyWhenItSaysSomethingElse() {
    String said = "Chờ ý kiến Sở Tài chính";
    explanations.answer(CASE, "phong-quan-ly-khoa-hoc", "cho-phoi-hop", said, "Trong báo cáo quý", "qlkh.giang", "pi-1");
    // the same words again, typed in decomposed Unicode and with spaces around: nothing new
    explanations.answer(CASE, "phong-quan-ly-khoa-hoc", "cho-phoi-hop",
        " " + java.text.Normalizer.normalize(said, java.text.Normalizer.Form.NFD) + " ", "Trong danh sách tháng",
        "qlkh.giang", "pi-2");
    assertThat(explanations.history(CASE)).hasSize(1);

    explanations.answer(CASE, "phong-quan-ly-khoa-hoc", "qua-tai", said, "Trong danh sách tháng", "qlkh.khanh", "pi-2");
    assertThat(explanations.history(CASE)).extracting(Explanation::version, Explanation::causeCode, Explanation::correctionReason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "cho-phoi-hop", null),
            org.assertj.core.groups.Tuple.tuple(2, "qua-tai", "Trong danh sách tháng"));
  }

  /**
   * An imported dossier is named with its unit (the one-stop numbers are per unit); one explained
   * before that, by its number alone, is still its unit's current explanation, and only its unit's.
   */
  @Test
  void anImportedDossierIsItsUnitsAndAnExplanationByItsNumberAloneStillResolves() {
    LateCaseRef before = new LateCaseRef(LateCaseRef.Source.MOT_CUA, "H40-1");
    explanations.explain(before, "phong-quan-ly-khoa-hoc", "qua-tai", "Trước", "qlkh.giang", "pi-1");
    LateCaseRef qlkh = LateCaseRef.oneStop("phong-quan-ly-khoa-hoc", "H40-1");
    LateCaseRef tdc = LateCaseRef.oneStop("phong-tc-dl-cl", "H40-1");
    assertThat(explanations.current(qlkh)).get().extracting(Explanation::text).isEqualTo("Trước");
    assertThat(explanations.current(tdc)).isEmpty();

    explanations.explain(tdc, "phong-tc-dl-cl", "cham-xu-ly", "Của TĐC", "tdc.minh", "pi-2");
    explanations.correct(qlkh, "phong-quan-ly-khoa-hoc", "khac", "Sau", "Bổ sung", "qlkh.giang", "pi-2");
    assertThat(explanations.history(qlkh)).extracting(e -> e.version() + " " + e.text()).containsExactly("1 Trước", "2 Sau");
    assertThat(explanations.history(tdc)).extracting(e -> e.version() + " " + e.text()).containsExactly("1 Của TĐC");
    assertThatThrownBy(() -> explanations.explain(tdc, "phong-tc-dl-cl", "khac", "Lần hai", "tdc.minh", null))
        .hasMessage("Trường hợp H40-1 đã được giải trình: nếu cần sửa, hãy ghi một đính chính kèm lý do.");
  }

  @Test
  void aCorrectionIsANewRecordWithItsReasonAndTheFirstStays() {
    Explanation first = explanations.explain(CASE, "phong-quan-ly-khoa-hoc", "cho-phoi-hop", "Chờ ý kiến", "qlkh.giang", "pi-1");
    assertThatThrownBy(() -> explanations.correct(CASE, "van-phong-so", "cham-xu-ly", "Chậm xử lý", " ", "vps.an", null))
        .hasMessageContaining("phải có lý do");

    Explanation correction = explanations.correct(CASE, "van-phong-so", "cham-xu-ly", "Công chức chậm xử lý",
        "Sở Tài chính đã trả lời đúng hạn", "vps.an", null);

    assertThat(correction.version()).isEqualTo(2);
    assertThat(explanations.current(CASE)).contains(correction);
    assertThat(explanations.history(CASE)).containsExactly(first, correction);
    assertThat(jdbc.queryForObject("select count(*) from kstthc_late_explanation", Integer.class)).isEqualTo(2);
  }

  @Test
  void onlyCausesOfTheListAndAnExplanationWithTextAreAccepted() {
    assertThatThrownBy(() -> explanations.explain(CASE, "phong-quan-ly-khoa-hoc", "tu-nghi-ra", "Lý do", "qlkh.giang", null))
        .hasMessage("Nguyên nhân trễ hạn 'tu-nghi-ra' không có trong danh mục nguyên nhân đang dùng.");
    assertThatThrownBy(() -> explanations.explain(CASE, "phong-quan-ly-khoa-hoc", "khac", "  ", "qlkh.giang", null))
        .hasMessageContaining("Nội dung giải trình phải có");
    assertThatThrownBy(() -> explanations.correct(CASE, "van-phong-so", "khac", "Sửa", "Lý do", "vps.an", null))
        .hasMessageContaining("chưa có giải trình nào");
    assertThat(explanations.history(CASE)).isEmpty();
  }

  @Test
  void theSameVersionWrittenTwiceIsRefusedByTheDatabase() {
    ExplanationRepository repository = new ExplanationRepository(jdbc);
    Explanation first = explanations.explain(CASE, "phong-quan-ly-khoa-hoc", "khac", "Một", "qlkh.giang", null);
    Explanation racing = new Explanation("other-id", CASE, 1, "phong-quan-ly-khoa-hoc", "khac", "Khác", "Hai",
        null, "qlkh.khanh", NOW, null);
    assertThatThrownBy(() -> repository.insert(racing)).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    assertThat(explanations.history(CASE)).containsExactly(first);
  }
}
