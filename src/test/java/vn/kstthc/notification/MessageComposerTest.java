package vn.kstthc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The words of a mail, read as an officer reads them. */
class MessageComposerTest {

  final MessageComposer composer =
      new MessageComposer(new NotificationProperties("https://kstthc.tinh.example", null, null, 0, null));

  static TaskSummary task(String titleLabel) {
    return new TaskSummary(
        "t1",
        "Báo cáo kết quả thực hiện nhiệm vụ",
        "p1",
        "Giao và theo dõi nhiệm vụ",
        "GV-2026-0001",
        "Rà soát thủ tục lĩnh vực sở hữu trí tuệ",
        titleLabel,
        "Phòng Quản lý khoa học",
        Date.from(Instant.parse("2026-12-15T10:30:00Z")));
  }

  @Test
  void addressesTheOfficerAsAnhChiAndSaysWhereToHandleTheTask() {
    String body = composer.compose(NotificationKind.CONG_VIEC_MOI, task(null), "Võ Thị Giang").body();
    assertThat(body)
        .startsWith("Kính gửi anh/chị Võ Thị Giang,\n")
        .contains("Xem và xử lý tại: https://kstthc.tinh.example/camunda/app/tasklist/default/#/?task=t1")
        .contains("- Hạn xử lý: 17:30 ngày 15/12/2026")
        .doesNotContain("Mở công việc");
  }

  @Test
  void labelsTheTitleAsWhatTheProcessSaysItIs() {
    assertThat(composer.compose(NotificationKind.DUOC_GIAO, task("Nhiệm vụ"), "Võ Thị Giang").body())
        .contains("- Nhiệm vụ: Rà soát thủ tục lĩnh vực sở hữu trí tuệ")
        .doesNotContain("Hồ sơ:");
    assertThat(composer.compose(NotificationKind.DUOC_GIAO, task(null), "Võ Thị Giang").body())
        .contains("- Tiêu đề: Rà soát thủ tục lĩnh vực sở hữu trí tuệ")
        .contains("- Mã hồ sơ: GV-2026-0001");
  }
}
