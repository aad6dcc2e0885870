package vn.kstthc.petition;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The public page of answered petitions, for anyone without logging in: {@code GET
 * /public/phan-anh-kien-nghi} (a page) and {@code GET /public/phan-anh-kien-nghi.json}, the
 * {@value #LIMIT} latest published answers. Only what {@link PublishedAnswer} holds: never the
 * sender, the content as sent or its reference. Off unless {@code
 * kstthc.petitions.public-page.enabled: true} (then the paths answer 404).
 */
@RestController
@ConditionalOnProperty(name = "kstthc.petitions.public-page.enabled", havingValue = "true")
class PublicAnswersController {

  static final int LIMIT = 200;
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  record Answer(String maSoHoSo, String linhVuc, String tomTat, String traLoi, String donViTraLoi,
      String ngayTiepNhan, String ngayTraLoi, String ngayCongKhai) {}

  private final PetitionRepository petitions;
  private final IdentityService identity;

  PublicAnswersController(PetitionRepository petitions, IdentityService identity) {
    this.petitions = petitions;
    this.identity = identity;
  }

  @GetMapping(path = "/public/phan-anh-kien-nghi.json", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Answer> answers() {
    return petitions.published(LIMIT).stream()
        .map(a -> new Answer(a.caseNumber(), PetitionFields.label(a.field()), a.summary(), a.answer(),
            unitName(a.handlingUnit()), a.receivedOn().toString(), isoDate(a.answeredAt()), isoDate(a.publishedAt())))
        .toList();
  }

  @GetMapping(path = "/public/phan-anh-kien-nghi", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page() {
    StringBuilder html = new StringBuilder("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>Kết quả trả lời phản ánh, kiến nghị</title><style>body{font-family:sans-serif;max-width:60em;"
        + "margin:2em auto;padding:0 1em}article{border-top:1px solid #ccc;padding:.5em 0}"
        + "h2{font-size:1.1em}.meta{color:#555;font-size:.9em}p{white-space:pre-line}</style></head><body>"
        + "<h1>Kết quả trả lời phản ánh, kiến nghị về quy định hành chính</h1>");
    List<PublishedAnswer> answers = petitions.published(LIMIT);
    if (answers.isEmpty()) {
      html.append("<p>Chưa có phản ánh, kiến nghị nào được công khai kết quả trả lời.</p>");
    }
    for (PublishedAnswer a : answers) {
      html.append("<article><h2>").append(escape(a.caseNumber())).append(" · ")
          .append(escape(PetitionFields.label(a.field()))).append("</h2><p class=\"meta\">Tiếp nhận ")
          .append(a.receivedOn().format(DATE)).append(" · Trả lời ").append(date(a.answeredAt()))
          .append(" · Công khai ").append(date(a.publishedAt()));
      String unit = unitName(a.handlingUnit());
      if (unit != null) {
        html.append(" · ").append(escape(unit));
      }
      html.append("</p><h3>Nội dung</h3><p>").append(escape(a.summary())).append("</p><h3>Trả lời</h3><p>")
          .append(escape(a.answer())).append("</p></article>");
    }
    html.append("</body></html>");
    return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(html.toString());
  }

  private String unitName(String groupId) {
    if (groupId == null) {
      return null;
    }
    Group group = identity.createGroupQuery().groupId(groupId).singleResult();
    return group == null ? groupId : group.getName();
  }

  private static String isoDate(Instant instant) {
    return instant == null ? null : instant.atZone(VIETNAM).toLocalDate().toString();
  }

  private static String date(Instant instant) {
    return instant == null ? "" : instant.atZone(VIETNAM).format(DATE);
  }

  private static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
