package vn.kstthc.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The indicator registers (one YAML file per organisation and year, {@code supervision/chi-tieu/}
 * and a province's own directory), read at start. Every mistake names the file and the entry, in
 * Vietnamese.
 */
public final class IndicatorRegisters {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final List<IndicatorRegister> registers;

  public IndicatorRegisters(List<IndicatorRegister> registers) {
    // a later file (the province's directory) replaces an earlier one of the same organisation and year
    Map<String, IndicatorRegister> byKey = new LinkedHashMap<>();
    registers.forEach(r -> byKey.put(r.organisation() + "/" + r.year(), r));
    this.registers = List.copyOf(byKey.values());
  }

  public List<IndicatorRegister> all() {
    return registers;
  }

  /**
   * The register for a unit (null: the whole Sở) and a year: the unit's own, else the Sở's; of that
   * year, or, before a new year's file exists, of the latest earlier year.
   */
  public Optional<IndicatorRegister> forUnit(String unit, int year) {
    Comparator<IndicatorRegister> latest = Comparator.comparingInt(IndicatorRegister::year);
    Optional<IndicatorRegister> own = unit == null ? Optional.empty() : registers.stream()
        .filter(r -> r.units().contains(unit) && r.year() <= year).max(latest);
    return own.or(() -> registers.stream().filter(r -> r.units().isEmpty() && r.year() <= year).max(latest));
  }

  public static IndicatorRegister read(Resource resource) {
    String file = resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
    Object root;
    try (InputStream in = resource.getInputStream()) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException | YAMLException e) {
      throw new IllegalStateException(file + ": không đọc được tệp chỉ tiêu (" + e.getMessage() + ").", e);
    }
    if (!(root instanceof Map<?, ?> map) || !(map.get("indicators") instanceof List<?> entries)) {
      throw new IllegalStateException(file + ": tệp chỉ tiêu phải có các mục organisation, year, indicators.");
    }
    List<String> problems = new ArrayList<>();
    String organisation = text(map.get("organisation"));
    if (!CODE.matcher(organisation).matches()) {
      problems.add("mã tổ chức (organisation) '" + organisation + "' chỉ gồm chữ thường không dấu, số và dấu gạch ngang");
    }
    int year = map.get("year") instanceof Integer y ? y : 0;
    if (year < 2000 || year > 2100) {
      problems.add("năm (year) phải là một năm, ví dụ 2026");
    }
    List<String> units = new ArrayList<>();
    if (map.get("units") instanceof List<?> listed) {
      listed.forEach(u -> units.add(text(u)));
    }
    List<Indicator> indicators = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = "chỉ tiêu thứ " + (i + 1);
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        problems.add(where + ": cần các mục code, name, source, formula, target, basis");
        continue;
      }
      String code = text(entry.get("code"));
      if (!CODE.matcher(code).matches() || !codes.add(code)) {
        problems.add(where + ": mã '" + code + "' không hợp lệ hoặc bị trùng");
      }
      String name = text(entry.get("name"));
      String basis = text(entry.get("basis"));
      String formula = text(entry.get("formula"));
      if (name.isEmpty() || basis.isEmpty() || formula.isEmpty()) {
        problems.add(where + ": phải có tên (name), cách tính (formula) và căn cứ (basis)");
      }
      Indicator.Source source = source(text(entry.get("source")));
      if (source == null) {
        problems.add(where + ": nguồn (source) phải là computed, imported hoặc manual");
      } else if (source == Indicator.Source.COMPUTED && !formula.startsWith(Indicator.ON_TIME_DOSSIERS)) {
        problems.add(where + ": chỉ tiêu tính từ dữ liệu có cách tính " + Indicator.ON_TIME_DOSSIERS + "<mã quy trình>");
      }
      double target = entry.get("target") instanceof Number n ? n.doubleValue() : -1;
      if (target < 0 || target > 100) {
        problems.add(where + ": chỉ tiêu (target) là một tỷ lệ từ 0 đến 100");
      }
      String note = text(entry.get("note"));
      indicators.add(new Indicator(code, name, source, formula, target, basis, note.isEmpty() ? null : note));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(file + ": " + String.join("; ", problems) + ".");
    }
    return new IndicatorRegister(organisation, text(map.get("name")), year, units, indicators);
  }

  private static Indicator.Source source(String text) {
    try {
      return Indicator.Source.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(Object value) {
    return value == null ? "" : Normalizer.normalize(value.toString().strip(), Normalizer.Form.NFC);
  }
}
