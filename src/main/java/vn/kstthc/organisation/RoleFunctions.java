package vn.kstthc.organisation;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.el.ExpressionManager;

/**
 * Functional roles in the engine's expressions: a BPMN names a role, never a province's unit, as
 * {@code camunda:candidateGroups="${vaiTro('tiep-nhan-pakn')}"}; the organisation file's {@code
 * roles} says which groups hold it (the Văn phòng in one province, the units themselves in
 * another). Expression functions must be static, so the current mapping is held here, set each
 * time the organisation is applied.
 */
public final class RoleFunctions {

  public static final String FUNCTION = "vaiTro";

  /** A role named in a model: {@code vaiTro('tiep-nhan-pakn')} or with double quotes. */
  private static final Pattern USE = Pattern.compile(FUNCTION + "\\(\\s*['\"]([a-z0-9-]+)['\"]\\s*\\)");

  private static volatile Map<String, List<String>> roles = Map.of();

  private RoleFunctions() {}

  static void register(ExpressionManager expressionManager) {
    try {
      Method method = RoleFunctions.class.getMethod(FUNCTION, String.class);
      expressionManager.addFunction(FUNCTION, method);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  static void use(Map<String, List<String>> mapping) {
    roles = Map.copyOf(mapping);
  }

  static Map<String, List<String>> current() {
    return roles;
  }

  /** The groups holding the role, for {@code camunda:candidateGroups}. */
  public static List<String> vaiTro(String role) {
    List<String> groups = roles.get(role);
    if (groups == null || groups.isEmpty()) {
      throw new ProcessEngineException("Vai trò '" + role + "' chưa được gán cho đơn vị nào trong tệp tổ chức "
          + "(mục 'roles'): quản trị viên cần bổ sung, rồi khởi động lại hệ thống.");
    }
    return groups;
  }

  /** The roles a model's text names. */
  public static Set<String> namedIn(String modelXml) {
    Set<String> named = new TreeSet<>();
    Matcher matcher = USE.matcher(modelXml);
    while (matcher.find()) {
      named.add(matcher.group(1));
    }
    return named;
  }
}
