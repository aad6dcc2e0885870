package vn.kstthc.internalprocess;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import vn.kstthc.catalogue.Labelled;
import vn.kstthc.catalogue.Tthc;

/**
 * The rules an internal process of one TTHC must follow before it can be submitted, each broken
 * rule a Vietnamese message for the officer who drafts it:
 *
 * <ul>
 *   <li>the TTHC is in the catalogue and, when a drafting unit is given, is owned by it;
 *   <li>steps are numbered 1, 2, 3... in the order of the rows, without gaps; rows of one step
 *       follow each other;
 *   <li>each step has work, exactly one lead (chủ trì) and hours above zero; no other performer of
 *       the step is allotted more hours than its lead;
 *   <li>every performer is a group of the organisation or an {@link OutsideBody};
 *   <li>the steps' hours fit in the TTHC's legal resolution time counted in office hours.
 * </ul>
 *
 * <p>The legal time in office hours: {@code GIO_LAM_VIEC} as written, {@code NGAY_LAM_VIEC} times
 * the hours of an office day (8 with the standard office hours), and {@code NGAY} (calendar days)
 * the same way: N calendar days never hold more than N working days, so the bound is generous for
 * a time that spans a weekend, never too strict. A TTHC without a legal time has no bound.
 */
public final class InternalProcessRules {

  private final Predicate<String> groupExists;
  private final BigDecimal hoursPerDay;

  /**
   * @param groupExists whether a group id belongs to the organisation
   * @param hoursPerDay office hours of a working day (see {@code OfficeHours#workingTimePerDay})
   */
  public InternalProcessRules(Predicate<String> groupExists, BigDecimal hoursPerDay) {
    this.groupExists = groupExists;
    this.hoursPerDay = hoursPerDay;
  }

  /**
   * The broken rules of the rows of one TTHC, in the order of the rows; empty when it may be submitted.
   *
   * @param code the TTHC's code as the rows name it
   * @param tthc the catalogue's entry, null when the catalogue has none
   * @param draftingUnit the unit that drafts it, or null to skip the ownership check
   */
  public List<String> problems(String code, Tthc tthc, String draftingUnit, List<Step> rows) {
    List<String> problems = new ArrayList<>();
    if (tthc == null) {
      problems.add("Thủ tục '" + code + "' không có trong danh mục thủ tục hành chính.");
      return problems;
    }
    if (draftingUnit != null && !draftingUnit.equals(tthc.owningUnit())) {
      problems.add("Thủ tục " + code + " không do đơn vị soạn thảo quản lý (đơn vị quản lý: " + tthc.owningUnit() + ").");
    }
    if (rows.isEmpty()) {
      problems.add("Quy trình nội bộ của thủ tục " + code + " chưa có bước nào.");
      return problems;
    }
    Map<Integer, List<Step>> steps = new TreeMap<>();
    int expected = 1;
    int previous = 0;
    for (int i = 0; i < rows.size(); i++) {
      Step row = rows.get(i);
      String where = "Thủ tục " + code + ", dòng " + (i + 1) + ": ";
      if (row.no() != previous && row.no() != expected) {
        problems.add(where + "số thứ tự bước phải là " + (previous == 0 ? "1" : previous + " hoặc " + expected)
            + " (các bước đánh số liên tục từ 1, dòng của một bước đứng liền nhau), không phải " + row.no() + ".");
      } else if (row.no() == expected) {
        previous = expected++;
      }
      if (row.work() == null || row.work().isBlank()) {
        problems.add(where + "chưa nhập nội dung công việc.");
      }
      if (row.performer() == null || row.performer().isBlank()) {
        problems.add(where + "chưa chọn đơn vị thực hiện.");
      } else if (!groupExists.test(row.performer()) && OutsideBody.ofCode(row.performer()) == null) {
        problems.add(where + "đơn vị thực hiện '" + row.performer()
            + "' không có trong tệp tổ chức hay danh sách cơ quan bên ngoài.");
      }
      if (row.role() == null) {
        problems.add(where + "chưa chọn vai trò (" + Labelled.choices(PerformerRole.class) + ").");
      }
      if (row.hours() == null || row.hours().signum() <= 0) {
        problems.add(where + "số giờ làm việc phải lớn hơn 0.");
      }
      steps.computeIfAbsent(row.no(), no -> new ArrayList<>()).add(row);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<Integer, List<Step>> step : steps.entrySet()) {
      List<Step> leads = step.getValue().stream().filter(r -> r.role() == PerformerRole.CHU_TRI).toList();
      String where = "Thủ tục " + code + ", bước " + step.getKey() + ": ";
      if (leads.size() != 1) {
        problems.add(where + "phải có đúng một đơn vị chủ trì (đang có " + leads.size() + ").");
        continue;
      }
      BigDecimal hours = leads.get(0).hours() == null ? BigDecimal.ZERO : leads.get(0).hours();
      total = total.add(hours);
      for (Step other : step.getValue()) {
        if (other.hours() != null && other.hours().compareTo(hours) > 0) {
          problems.add(where + "đơn vị " + other.performer() + " được giao " + hours(other.hours())
              + " giờ, nhiều hơn thời gian của bước (" + hours(hours) + " giờ của đơn vị chủ trì).");
        }
      }
    }
    BigDecimal legal = legalHours(tthc);
    if (legal != null && total.compareTo(legal) > 0) {
      problems.add("Tổng thời gian các bước của thủ tục " + code + " là " + hours(total)
          + " giờ làm việc, vượt thời hạn giải quyết theo quy định " + hours(legal) + " giờ làm việc ("
          + hours(BigDecimal.valueOf(tthc.resolutionTime())) + " " + tthc.resolutionUnit().label() + ").");
    }
    return problems;
  }

  /** The legal resolution time in office hours, or null when the law sets none. */
  BigDecimal legalHours(Tthc tthc) {
    if (tthc.resolutionTime() == null || tthc.resolutionUnit() == null) {
      return null;
    }
    BigDecimal time = BigDecimal.valueOf(tthc.resolutionTime());
    return switch (tthc.resolutionUnit()) {
      case GIO_LAM_VIEC -> time;
      case NGAY_LAM_VIEC, NGAY -> time.multiply(hoursPerDay);
    };
  }

  /** 4, 2,5: Vietnamese decimal comma, no trailing zeros. */
  static String hours(BigDecimal hours) {
    return hours.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
