package vn.kstthc.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each Vietnamese {@code vi.json} as shipped (on the classpath, where the webapps load it) against
 * the {@code en.json} of the Camunda webapp jar on the classpath. After a Camunda upgrade this
 * test lists exactly the keys left to translate and those to remove.
 */
class WebappTranslationsTest {

  static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin", "cockpit"})
  void vietnameseHasExactlyTheKeysAndPlaceholdersOfCamundasEnglish(String app) throws IOException {
    JsonNode english = read(camundaWebjarResource(app, "en"));
    JsonNode vietnamese = read(applicationResource(app, "vi"));

    TranslationCheck.Result result = TranslationCheck.compare(english, vietnamese);

    assertThat(result.ok()).as("%s/vi.json against Camunda's en.json:%n%s", app, result.report()).isTrue();
    assertThat(vietnamese.path("labels").size()).isGreaterThan(100);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "cockpit"})
  void datesUseVietnameseNamesAndDayMonthYear(String app) throws IOException {
    JsonNode dates = read(applicationResource(app, "vi")).path("dateLocales");
    assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("DD/MM/YYYY");
    assertThat(dates.at("/weekdays/1").asText()).isEqualTo("Thứ hai");
    assertThat(dates.at("/months/0").asText()).isEqualTo("tháng 1");
    assertThat(dates.at("/week/dow").asInt()).isEqualTo(1);
  }

  /**
   * In Cockpit and Admin a process instance is the engine's object ("lượt thực hiện quy trình"):
   * "hồ sơ" is the officer's dossier, which is received, returned or cancelled, never deleted,
   * restarted, migrated or modified. "Mã hồ sơ" (the business key) may appear; never next to those
   * operations.
   */
  @ParameterizedTest
  @ValueSource(strings = {"admin", "cockpit"})
  void noTechnicalOperationIsAppliedToADossier(String app) throws IOException {
    JsonNode labels = read(applicationResource(app, "vi")).path("labels");
    List<String> offending = new ArrayList<>();
    labels.fields().forEachRemaining(label -> {
      String text = label.getValue().asText().toLowerCase(Locale.ROOT);
      if (text.contains("hồ sơ") && TECHNICAL_OPERATION.matcher(text).find()) {
        offending.add(label.getKey() + ": " + label.getValue().asText());
      }
    });
    assertThat(offending).as("labels of %s pairing \"hồ sơ\" with a technical operation", app).isEmpty();
  }

  static final Pattern TECHNICAL_OPERATION = Pattern.compile(
      "xóa|xoá|khởi động lại|di chuyển|chuyển (đổi )?phiên bản|sang phiên bản|sửa đổi|điều chỉnh");

  @Test
  void theTechnicalOperationPatternRecognisesEachOperation() {
    assertThat(List.of(
            "xóa hồ sơ đang xử lý", "khởi động lại hồ sơ", "chuyển phiên bản cho các hồ sơ",
            "chuyển hồ sơ sang phiên bản mới nhất", "điều chỉnh hồ sơ", "sửa đổi hồ sơ"))
        .allMatch(text -> TECHNICAL_OPERATION.matcher(text).find());
    assertThat(TECHNICAL_OPERATION.matcher("không giữ mã hồ sơ").find()).isFalse();
  }

  /** The check itself fails on each kind of mistake (so a green run means something). */
  @Nested
  class TheCheck {
    final JsonNode english =
        json("{\"labels\":{\"A\":\"Task {{name}}\",\"B\":\"in %s\"},\"dateLocales\":{\"week\":{\"dow\":0},\"months\":[\"January\",\"February\"]}}");

    @Test
    void acceptsAFaithfulTranslation() {
      JsonNode vi =
          json("{\"labels\":{\"A\":\"Công việc {{ name }}\",\"B\":\"%s nữa\"},\"dateLocales\":{\"week\":{\"dow\":0},\"months\":[\"tháng 1\",\"tháng 2\"]}}");
      assertThat(TranslationCheck.compare(english, vi).ok()).isTrue();
    }

    @Test
    void listsMissingAndExtraKeys() {
      JsonNode vi =
          json("{\"labels\":{\"A\":\"Công việc {{name}}\",\"C\":\"thừa\"},\"dateLocales\":{\"week\":{\"dow\":0},\"months\":[\"tháng 1\"]}}");
      TranslationCheck.Result result = TranslationCheck.compare(english, vi);
      assertThat(result.missingKeys()).containsExactly("dateLocales.months[1]", "labels.B");
      assertThat(result.extraKeys()).containsExactly("labels.C");
      assertThat(result.report()).contains("labels.B", "labels.C");
    }

    @Test
    void findsTextNotInNfcAndLostPlaceholders() {
      String decomposed = "Cong vie\u0323\u0302c";
      JsonNode vi =
          json("{\"labels\":{\"A\":\"" + decomposed + " {{ten}}\",\"B\":\"nữa\"},\"dateLocales\":{\"week\":{\"dow\":1},\"months\":[\"tháng 1\",\"tháng 2\"]}}");
      TranslationCheck.Result result = TranslationCheck.compare(english, vi);
      assertThat(result.notNfc()).hasSize(1);
      assertThat(result.placeholderMismatches()).hasSize(2);
      assertThat(result.otherMismatches()).containsExactly("dateLocales.week.dow: en 0, vi 1");
      assertThat(result.ok()).isFalse();
    }
  }

  /** The one resource of that name inside Camunda's webapp jar. */
  static URL camundaWebjarResource(String app, String locale) throws IOException {
    List<URL> found = resources(app, locale);
    List<URL> fromWebjar = new ArrayList<>();
    for (URL url : found) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        fromWebjar.add(url);
      }
    }
    assertThat(fromWebjar).as("%s in the Camunda webjar on the classpath", LOCALES.formatted(app, locale)).hasSize(1);
    return fromWebjar.get(0);
  }

  /** The application's own file, which must be the first on the classpath. */
  static URL applicationResource(String app, String locale) throws IOException {
    List<URL> found = resources(app, locale);
    assertThat(found).as("%s on the classpath", LOCALES.formatted(app, locale)).isNotEmpty();
    assertThat(found.get(0).toString()).doesNotContain("camunda-webapp-webjar");
    return found.get(0);
  }

  private static List<URL> resources(String app, String locale) throws IOException {
    return Collections.list(
        WebappTranslationsTest.class.getClassLoader().getResources(LOCALES.formatted(app, locale)));
  }

  /** Camunda's en.json starts with a byte order mark; Jackson skips it. */
  static JsonNode read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return JSON.readTree(in);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
