package vn.kstthc.lateness;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The controlled list of late causes, read from a file a province edits ({@code
 * lateness/nguyen-nhan-tre-han.yaml} by default). Every mistake names the file and the entry, in
 * Vietnamese. Retired causes stay known, so that old explanations keep their meaning.
 */
public final class LateCauses {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, LateCause> byCode;

  private LateCauses(Map<String, LateCause> byCode) {
    this.byCode = byCode;
  }

  /** All causes, retired ones included, in the file's order. */
  public List<LateCause> all() {
    return List.copyOf(byCode.values());
  }

  /** The causes a unit may choose today, in the file's order. */
  public List<LateCause> offered() {
    return byCode.values().stream().filter(c -> !c.retired()).toList();
  }

  public Optional<LateCause> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** The cause a unit chose now: it must be in the list and not retired. */
  public LateCause requireOffered(String code) {
    LateCause cause = byCode.get(code);
    if (cause == null || cause.retired()) {
      throw new LatenessException("Nguyên nhân trễ hạn '" + code + "' không có trong danh mục nguyên nhân đang dùng.");
    }
    return cause;
  }

  public static LateCauses read(Resource resource) {
    String file = resource.getDescription();
    Object root;
    try (InputStream in = resource.getInputStream()) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException | YAMLException e) {
      throw new LatenessException(file + ": không đọc được danh mục nguyên nhân trễ hạn (" + e.getMessage() + ").");
    }
    if (!(root instanceof Map<?, ?> map) || !(map.get("causes") instanceof List<?> entries) || entries.isEmpty()) {
      throw new LatenessException(file + ": tệp phải có mục 'causes' với ít nhất một nguyên nhân.");
    }
    Map<String, LateCause> causes = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String where = "nguyên nhân thứ " + (i + 1);
      if (!(entries.get(i) instanceof Map<?, ?> entry)) {
        problems.add(where + ": cần các mục code, label, kind");
        continue;
      }
      String code = text(entry.get("code"));
      String label = text(entry.get("label"));
      String kind = text(entry.get("kind"));
      if (!CODE.matcher(code).matches()) {
        problems.add(where + ": mã '" + code + "' chỉ gồm chữ thường không dấu, số và dấu gạch ngang");
      } else if (causes.containsKey(code)) {
        problems.add(where + ": mã '" + code + "' bị trùng");
      }
      if (label.isEmpty() || label.length() > 500) {
        problems.add(where + ": tên nguyên nhân (label) phải có, tối đa 500 ký tự");
      }
      if (!kind.equals("chu-quan") && !kind.equals("khach-quan")) {
        problems.add(where + ": loại (kind) phải là chu-quan hoặc khach-quan");
      }
      causes.putIfAbsent(code, new LateCause(code, label, kind.equals("chu-quan"), Boolean.TRUE.equals(entry.get("retired"))));
    }
    if (!problems.isEmpty()) {
      throw new LatenessException(file + ": " + String.join("; ", problems) + ".");
    }
    return new LateCauses(causes);
  }

  private static String text(Object value) {
    return value == null ? "" : Normalizer.normalize(value.toString().strip(), Normalizer.Form.NFC);
  }
}
