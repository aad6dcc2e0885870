package vn.kstthc.petition;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code GET /api/pakn/{maSoHoSo}/nguoi-gui}: the sender of a petition, for the officer handling
 * it ({@link PetitionSenderAccess}); JSON, or a small page for the link in the forms of the case.
 * Authentication: the /api/* filter (HTTP Basic, or the Tasklist session for a GET). Anyone else,
 * and an unknown case, gets the same 403: the answer does not tell whether the case exists.
 */
@RestController
class PetitionSenderController {

  record Sender(String hoTen, String diaChi, String dienThoai, String email) {}

  record Refusal(String message) {}

  static final String REFUSED = "Chỉ người đang xử lý phản ánh, kiến nghị này được xem thông tin người gửi.";
  private static final String PATH = "/api/pakn/{maSoHoSo}/nguoi-gui";

  private final PetitionSenderAccess access;

  PetitionSenderController(PetitionSenderAccess access) {
    this.access = access;
  }

  @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> json(@PathVariable("maSoHoSo") String caseNumber) {
    Optional<PetitionSender> sender = access.senderFor(caseNumber);
    if (sender.isEmpty()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Refusal(REFUSED));
    }
    PetitionSender s = sender.get();
    return ResponseEntity.ok(new Sender(s.name(), s.address(), s.phone(), s.email()));
  }

  @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> page(@PathVariable("maSoHoSo") String caseNumber) {
    Optional<PetitionSender> sender = access.senderFor(caseNumber);
    String title = "Người gửi phản ánh, kiến nghị " + caseNumber;
    StringBuilder body = new StringBuilder();
    if (sender.isEmpty()) {
      body.append("<p>").append(escape(REFUSED)).append("</p>");
    } else {
      PetitionSender s = sender.get();
      body.append("<dl>");
      row(body, "Họ và tên", s.name());
      row(body, "Địa chỉ", s.address());
      row(body, "Số điện thoại", s.phone());
      row(body, "Thư điện tử", s.email());
      body.append("</dl>");
    }
    String page = "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title><style>body{font-family:sans-serif;margin:2em}dt{font-weight:bold;margin-top:.6em}</style>"
        + "</head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
    return ResponseEntity.status(sender.isEmpty() ? HttpStatus.FORBIDDEN : HttpStatus.OK)
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(page);
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<dt>").append(escape(label)).append("</dt><dd>")
        .append(value == null ? "(không có)" : escape(value)).append("</dd>");
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
