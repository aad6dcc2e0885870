package vn.kstthc.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese text of each kind of notification. Officers are addressed as "anh/chị", as
 * everywhere in the product.
 */
@Component
public class MessageComposer {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
  /** The title's label when the process names none: the name of Tasklist's column. */
  static final String DEFAULT_TITLE_LABEL = "Tiêu đề";

  private final NotificationProperties properties;

  MessageComposer(NotificationProperties properties) {
    this.properties = properties;
  }

  /** A subject and a body. */
  public record Message(String subject, String body) {}

  public Message compose(NotificationKind kind, TaskSummary task, String recipientName) {
    String subject =
        switch (kind) {
          case CONG_VIEC_MOI -> "[KSTTHC] Công việc mới: " + task.taskName();
          case DUOC_GIAO -> "[KSTTHC] Anh/chị được giao công việc: " + task.taskName();
          case SAP_DEN_HAN -> "[KSTTHC] Sắp đến hạn: " + task.taskName() + due(task, " (hạn ", ")");
          case QUA_HAN -> "[KSTTHC] Quá hạn: " + task.taskName() + due(task, " (hạn ", ")");
        };
    String opening =
        switch (kind) {
          case CONG_VIEC_MOI ->
              (task.unitName() == null ? "Đơn vị" : task.unitName()) + " có công việc mới cần xử lý.";
          case DUOC_GIAO -> "Anh/chị được giao xử lý công việc sau.";
          case SAP_DEN_HAN -> "Công việc sau sắp đến hạn xử lý.";
          case QUA_HAN ->
              "Công việc sau đã quá hạn xử lý"
                  + (task.unitName() == null ? "" : " tại " + task.unitName())
                  + ". Công việc vẫn ở bước hiện tại; đề nghị đôn đốc xử lý.";
        };
    StringBuilder body = new StringBuilder();
    body.append("Kính gửi anh/chị ").append(recipientName).append(",\n\n").append(opening).append("\n\n");
    body.append("- Công việc: ").append(task.taskName()).append('\n');
    if (task.processName() != null) {
      body.append("- Quy trình: ").append(task.processName()).append('\n');
    }
    if (task.caseTitle() != null) {
      body.append("- ").append(titleLabel(task)).append(": ").append(limit(task.caseTitle(), 300)).append('\n');
    }
    if (task.businessKey() != null) {
      body.append("- Mã hồ sơ: ").append(task.businessKey()).append('\n');
    }
    body.append("- Hạn xử lý: ").append(task.due() == null ? "không có" : format(task)).append("\n\n");
    body.append("Xem và xử lý tại: ").append(properties.taskLink(task.taskId())).append("\n\n");
    body.append("Thư được gửi tự động từ hệ thống quy trình kiểm soát thủ tục hành chính; ")
        .append("vui lòng không trả lời thư này.\n");
    return new Message(limit(subject, 500), limit(body.toString(), 4000));
  }

  /** Free text (a title typed through REST) never makes a message too long to store. */
  static String limit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String titleLabel(TaskSummary task) {
    return task.titleLabel() == null || task.titleLabel().isBlank() ? DEFAULT_TITLE_LABEL : task.titleLabel().strip();
  }

  private static String due(TaskSummary task, String before, String after) {
    return task.due() == null ? "" : before + format(task) + after;
  }

  private static String format(TaskSummary task) {
    return DATE_TIME.format(task.due().toInstant().atZone(VIETNAM));
  }
}
