package vn.kstthc.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The report types of the province, read from the report types file ({@code
 * reports/loai-bao-cao.yaml} or {@code kstthc.report.types-file}). Every mistake in the file is
 * reported at once, in Vietnamese, and stops the start: a report with a wrong period is worse than
 * none.
 */
public final class ReportTypes {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, ReportType> types;

  ReportTypes(List<ReportType> types) {
    Map<String, ReportType> byId = new LinkedHashMap<>();
    types.forEach(type -> byId.put(type.id(), type));
    this.types = Map.copyOf(byId);
  }

  public List<ReportType> all() {
    return types.values().stream().sorted(java.util.Comparator.comparing(ReportType::id)).toList();
  }

  public Optional<ReportType> type(String id) {
    return Optional.ofNullable(types.get(id));
  }

  static ReportTypes read(Resource file) {
    Object root;
    try (InputStream in = file.getInputStream()) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException | YAMLException e) {
      throw new IllegalStateException("Không đọc được tệp loại báo cáo " + file.getDescription() + ": " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    List<ReportType> types = new ArrayList<>();
    Object list = root instanceof Map<?, ?> map ? map.get("types") : null;
    if (!(list instanceof List<?> entries)) {
      throw new IllegalStateException("Tệp loại báo cáo " + file.getDescription() + " phải có danh sách 'types'.");
    }
    for (Object entry : entries) {
      if (entry instanceof Map<?, ?> fields) {
        type(fields, problems).ifPresent(types::add);
      } else {
        problems.add("mỗi mục của 'types' phải là một loại báo cáo (id, name, endMonths, endDay...)");
      }
    }
    if (types.stream().map(ReportType::id).distinct().count() != types.size()) {
      problems.add("hai loại báo cáo trùng id");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Tệp loại báo cáo " + file.getDescription() + " có lỗi:\n- " + String.join("\n- ", problems));
    }
    return new ReportTypes(types);
  }

  private static Optional<ReportType> type(Map<?, ?> fields, List<String> problems) {
    String id = String.valueOf(fields.get("id"));
    String where = "loại báo cáo '" + id + "'";
    int before = problems.size();
    if (!ID.matcher(id).matches()) {
      problems.add(where + ": id chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang");
    }
    Object name = fields.get("name");
    if (name == null || name.toString().isBlank()) {
      problems.add(where + ": thiếu tên (name)");
    }
    TreeSet<Integer> months = new TreeSet<>();
    if (fields.get("endMonths") instanceof List<?> values && !values.isEmpty()) {
      for (Object value : values) {
        if (value instanceof Integer month && month >= 1 && month <= 12) {
          months.add(month);
        } else {
          problems.add(where + ": tháng kết thúc kỳ (endMonths) phải từ 1 đến 12, không phải '" + value + "'");
        }
      }
    } else {
      problems.add(where + ": thiếu các tháng kết thúc kỳ (endMonths)");
    }
    Integer endDay = day(fields, "endDay", where, problems, true);
    Integer unitsDue = day(fields, "unitsDueDay", where, problems, false);
    Integer departmentDue = day(fields, "departmentDueDay", where, problems, false);
    Object role = fields.get("reportingRole");
    if (role == null || role.toString().isBlank()) {
      problems.add(where + ": thiếu vai trò báo cáo (reportingRole)");
    }
    List<String> forms = new ArrayList<>();
    if (fields.get("forms") instanceof List<?> values) {
      values.forEach(form -> forms.add(String.valueOf(form)));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    Object source = fields.get("source");
    return Optional.of(new ReportType(id, name.toString().strip(), months, endDay, unitsDue, departmentDue,
        role.toString().strip(), forms, source == null ? null : source.toString().strip()));
  }

  private static Integer day(Map<?, ?> fields, String key, String where, List<String> problems, boolean required) {
    Object value = fields.get(key);
    if (value == null) {
      if (required) {
        problems.add(where + ": thiếu ngày (" + key + ")");
      }
      return null;
    }
    if (value instanceof Integer day && day >= 1 && day <= 31) {
      return day;
    }
    problems.add(where + ": " + key + " phải là một ngày trong tháng (1-31), không phải '" + value + "'");
    return null;
  }
}
