package vn.kstthc.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of a catalogue file into procedures, or refuses the whole file with every
 * problem found (row and column), so that an officer fixes them all in one go.
 */
final class CatalogueRows {

  /** Mã TTHC of the national database: a digit, a dot, six digits (1.004567, 2.001234). */
  static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final List<CatalogueProblem> problems = new ArrayList<>();
  private final Set<String> units;
  private int row;

  private CatalogueRows(Set<String> units) {
    this.units = units;
  }

  /**
   * @param units the organisation's group ids an owning unit must be one of; empty = not checked
   *     (no organisation loaded)
   */
  static List<Tthc> parse(List<CatalogueFile.Line> lines, Set<String> units) {
    CatalogueRows parser = new CatalogueRows(units);
    List<Tthc> result = new ArrayList<>();
    if (!lines.isEmpty()) {
      for (CatalogueColumn column : CatalogueColumn.values()) {
        if (column.required() && !lines.get(0).cells().containsKey(column.header())) {
          parser.problems.add(new CatalogueProblem(1, column.header(), "thiếu cột bắt buộc này."));
        }
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    for (CatalogueFile.Line line : lines) {
      if (!parser.problems.isEmpty() && parser.problems.get(0).row() == 1) {
        break; // without the required columns, every row would repeat the same problem
      }
      parser.row = line.row();
      Tthc tthc = parser.tthc(line.cells());
      if (tthc.code() != null) {
        Integer first = seen.putIfAbsent(tthc.code(), line.row());
        if (first != null) {
          parser.problem(CatalogueColumn.CODE, "mã '" + tthc.code() + "' đã có ở dòng " + first + ".");
        }
      }
      result.add(tthc);
    }
    if (!parser.problems.isEmpty()) {
      throw new CatalogueException(
          "Tệp có " + parser.problems.size() + " lỗi, không dòng nào được nhập.", parser.problems);
    }
    return result;
  }

  private Tthc tthc(Map<String, String> cells) {
    String code = text(cells, CatalogueColumn.CODE);
    if (code != null && !CODE.matcher(code).matches()) {
      problem(CatalogueColumn.CODE, "'" + code + "' không phải mã TTHC (dạng 1.004567: một chữ số, dấu chấm, sáu chữ số).");
      code = null;
    }
    String unit = text(cells, CatalogueColumn.OWNING_UNIT);
    if (unit != null && !units.isEmpty() && !units.contains(unit)) {
      problem(CatalogueColumn.OWNING_UNIT, "không có đơn vị '" + unit + "' trong cơ cấu tổ chức (ghi mã nhóm, ví dụ phong-quan-ly-khoa-hoc).");
    }
    Double time = number(cells, CatalogueColumn.RESOLUTION_TIME);
    ResolutionUnit timeUnit = choice(cells, CatalogueColumn.RESOLUTION_UNIT, ResolutionUnit.class, null);
    if (time != null && timeUnit == null && blank(cells, CatalogueColumn.RESOLUTION_UNIT)) {
      problem(CatalogueColumn.RESOLUTION_UNIT, "phải ghi khi có thời hạn giải quyết: " + Labelled.choices(ResolutionUnit.class) + ".");
    }
    TthcState state = choice(cells, CatalogueColumn.STATE, TthcState.class, TthcState.CON_HIEU_LUC);
    LocalDate abolished = date(cells, CatalogueColumn.ABOLISHED_FROM);
    if (state == TthcState.DA_BAI_BO && abolished == null && blank(cells, CatalogueColumn.ABOLISHED_FROM)) {
      problem(CatalogueColumn.ABOLISHED_FROM, "phải ghi ngày bãi bỏ cho TTHC đã bãi bỏ.");
    }
    if (state == TthcState.CON_HIEU_LUC && abolished != null) {
      problem(CatalogueColumn.ABOLISHED_FROM, "TTHC còn hiệu lực không có ngày bãi bỏ.");
    }
    return new Tthc(
        code,
        text(cells, CatalogueColumn.NAME),
        text(cells, CatalogueColumn.FIELD),
        choice(cells, CatalogueColumn.LEVEL, TthcLevel.class, null),
        choice(cells, CatalogueColumn.KIND, TthcKind.class, TthcKind.HANH_CHINH),
        optional(cells, CatalogueColumn.IMPLEMENTING_BODY),
        unit,
        time,
        timeUnit,
        optional(cells, CatalogueColumn.FEES),
        optional(cells, CatalogueColumn.LEGAL_BASIS),
        yesNo(cells, CatalogueColumn.ONE_STOP),
        yesNo(cells, CatalogueColumn.INTERCONNECTED),
        choice(cells, CatalogueColumn.ONLINE_SERVICE, OnlineService.class, OnlineService.KHONG),
        yesNo(cells, CatalogueColumn.PUBLIC_POSTAL),
        yesNo(cells, CatalogueColumn.BOUNDARY_FREE),
        yesNo(cells, CatalogueColumn.DIGITISED_RESULTS),
        state,
        date(cells, CatalogueColumn.EFFECTIVE_FROM),
        abolished);
  }

  /** A required text: a problem when empty. */
  private String text(Map<String, String> cells, CatalogueColumn column) {
    String value = optional(cells, column);
    if (value == null && column.required()) {
      problem(column, "không được để trống.");
    }
    return value;
  }

  private static String optional(Map<String, String> cells, CatalogueColumn column) {
    String value = cells.getOrDefault(column.header(), "");
    return value.isBlank() ? null : value;
  }

  private static boolean blank(Map<String, String> cells, CatalogueColumn column) {
    return optional(cells, column) == null;
  }

  private <E extends Enum<E> & Labelled> E choice(
      Map<String, String> cells, CatalogueColumn column, Class<E> type, E whenEmpty) {
    String value = column.required() ? text(cells, column) : optional(cells, column);
    if (value == null) {
      return whenEmpty;
    }
    E parsed = Labelled.parse(type, value);
    if (parsed == null) {
      problem(column, "'" + value + "' không hợp lệ, phải là một trong " + Labelled.choices(type) + ".");
    }
    return parsed;
  }

  private boolean yesNo(Map<String, String> cells, CatalogueColumn column) {
    String value = optional(cells, column);
    if (value == null || value.equalsIgnoreCase("không")) {
      return false;
    }
    if (value.equalsIgnoreCase("có")) {
      return true;
    }
    problem(column, "'" + value + "' không hợp lệ, phải là 'Có' hoặc 'Không'.");
    return false;
  }

  private Double number(Map<String, String> cells, CatalogueColumn column) {
    String value = optional(cells, column);
    if (value == null) {
      return null;
    }
    try {
      double parsed = Double.parseDouble(value.replace(',', '.'));
      if (parsed > 0 && parsed < 100_000) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(column, "'" + value + "' không phải số dương (ví dụ 15 hoặc 0,5).");
    return null;
  }

  private LocalDate date(Map<String, String> cells, CatalogueColumn column) {
    String value = optional(cells, column);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value, DATE);
    } catch (DateTimeParseException e) {
      problem(column, "'" + value + "' không phải ngày hợp lệ (dạng dd/MM/yyyy, ví dụ 15/01/2025).");
      return null;
    }
  }

  private void problem(CatalogueColumn column, String message) {
    problems.add(new CatalogueProblem(row, column.header(), message));
  }
}
