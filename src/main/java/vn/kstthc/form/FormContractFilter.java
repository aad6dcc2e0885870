package vn.kstthc.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.kstthc.platform.BufferedBodyRequest;

/**
 * Holds every officer to the form in front of them, on the REST API ({@code /engine-rest}) and on
 * the webapps' own copy of it (Tasklist submits to {@code /camunda/api/engine/...}): a task's
 * completion ({@code submit-form}, {@code complete}, {@code resolve}) and a process start ({@code
 * start}, {@code submit-form}) may carry only the variables the deployed Camunda Form of that task
 * or start event declares, each within that field's constraints ({@link FormContract}); anything
 * else is refused as a whole with 400 and a Vietnamese message per field, before the engine sees
 * it, so nothing is half done. Calls that could set variables past a form (BPMN error and
 * escalation of a task, message correlation, signals, conditional starts) are refused to officers
 * when they carry variables.
 *
 * <p>Administrators, and the engine's own code (Java calls, jobs, delegates), are not limited.
 * Other writing calls are left to the engine's authorizations, which refuse officers any direct
 * change of variables.
 */
public class FormContractFilter extends OncePerRequestFilter {

  /** Biggest body accepted on the calls above: a form's text fields hold at most 4,000 characters each. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(FormContractFilter.class);
  private static final String ENGINE_PREFIX = "(?:/engine/[^/]+)?";
  private static final Pattern TASK_FORM =
      Pattern.compile(ENGINE_PREFIX + "/task/([^/]+)/(submit-form|complete|resolve)");
  private static final Pattern TASK_EVENT =
      Pattern.compile(ENGINE_PREFIX + "/task/([^/]+)/(bpmnError|bpmnEscalation)");
  private static final Pattern START_BY_ID =
      Pattern.compile(ENGINE_PREFIX + "/process-definition/(?!key/)([^/]+)/(start|submit-form)");
  private static final Pattern START_BY_KEY =
      Pattern.compile(ENGINE_PREFIX + "/process-definition/key/([^/]+)(?:/tenant-id/([^/]+))?/(start|submit-form)");
  private static final Pattern EVENTS = Pattern.compile(ENGINE_PREFIX + "/(message|signal|condition)");

  /** What an officer's request may hold besides its variables. */
  private static final Set<String> TASK_KEYS = Set.of("variables", "withVariablesInReturn");
  private static final Set<String> START_KEYS = Set.of("variables", "businessKey", "withVariablesInReturn");
  private static final int MAX_BUSINESS_KEY = 255;

  private final IdentityService identityService;
  private final FormSource forms;
  private final List<String> mounts;
  private final List<FormRule> rules;

  /**
   * @param mounts the paths the REST API is served under, e.g. {@code /engine-rest} and {@code
   *     /camunda/api/engine}
   * @param rules the procedures' own rules, run on their forms once every field is accepted
   */
  public FormContractFilter(IdentityService identityService, FormSource forms, List<String> mounts,
      List<FormRule> rules) {
    this.identityService = identityService;
    this.forms = forms;
    this.mounts = List.copyOf(mounts);
    this.rules = List.copyOf(rules);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || resourcePath(request) == null;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = resourcePath(request);
    Matcher task = TASK_FORM.matcher(path);
    Matcher taskEvent = TASK_EVENT.matcher(path);
    Matcher byId = START_BY_ID.matcher(path);
    Matcher byKey = START_BY_KEY.matcher(path);
    boolean events = EVENTS.matcher(path).matches();
    if (!(task.matches() || taskEvent.matches() || byId.matches() || byKey.matches() || events)) {
      chain.doFilter(request, response);
      return;
    }
    Authentication user = user();
    if (user == null || forms.isAdministrator(user)) {
      chain.doFilter(request, response); // anonymous calls are refused by authentication
      return;
    }
    if (!plainlyWritten(request)) {
      refuse(response, 400, List.of(new FieldError(null, null,
          "Đường dẫn không hợp lệ: viết mã công việc hoặc quy trình trực tiếp, không mã hóa, không tham số.")));
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      refuse(response, 413, List.of(new FieldError(null, null,
          "Dữ liệu gửi lên quá lớn (tối đa " + MAX_BODY_BYTES / 1024 + " KB).")));
      return;
    }
    JsonNode json;
    try {
      json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (JsonProcessingException e) {
      refuse(response, 400, List.of(new FieldError(null, null, "Dữ liệu gửi lên không phải JSON hợp lệ.")));
      return;
    }
    if (json == null || !json.isObject()) {
      refuse(response, 400, List.of(new FieldError(null, null, "Dữ liệu gửi lên phải là một đối tượng JSON.")));
      return;
    }
    ObjectNode payload = (ObjectNode) json;
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user);
    List<FieldError> errors = new ArrayList<>();
    try {
      if (task.matches()) {
        checkKeys(payload, TASK_KEYS, errors);
        check(forms.forTask(task.group(1)), payload, errors);
      } else if (byId.matches() || byKey.matches()) {
        checkKeys(payload, START_KEYS, errors);
        checkBusinessKey(payload, errors);
        check(byId.matches()
            ? forms.forStart(byId.group(1))
            : forms.forStartByKey(byKey.group(1), byKey.group(2)), payload, errors);
      } else {
        refuseVariables(payload, errors);
      }
    } catch (RuntimeException e) {
      // Fail closed: what could not be checked is not let through.
      LOG.warn("Form check of {} {} failed", request.getMethod(), path, e);
      refuse(response, 500, List.of(new FieldError(null, null,
          "Không kiểm tra được dữ liệu theo biểu mẫu; dữ liệu chưa được lưu. Vui lòng thử lại hoặc báo quản trị.")));
      return;
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
    if (!errors.isEmpty()) {
      refuse(response, 400, errors);
      return;
    }
    chain.doFilter(new BodyRequest(request, JSON.writeValueAsBytes(payload)), response);
  }

  /**
   * @param target null when the officer may not work the task or start the process, or it does not
   *     exist: the engine then answers 403 or 404 to an empty request, and data is never let through
   *     unchecked
   */
  private void check(FormSource.Target target, ObjectNode payload, List<FieldError> errors) {
    JsonNode variables = payload.get("variables");
    if (target == null) {
      if (variables != null && variables.size() > 0) {
        errors.add(new FieldError("variables", null,
            "Không tìm thấy công việc hoặc quy trình, hoặc bạn không có quyền xử lý: dữ liệu không được nhận."));
      }
      return;
    }
    if (target.form() == null) {
      if (variables != null && variables.size() > 0) {
        errors.add(new FieldError("variables", null,
            "Bước này không có biểu mẫu: không được gửi dữ liệu kèm theo."));
      }
      return;
    }
    FormContract.Result result = FormContract.check(target.form(), variables, target.context());
    errors.addAll(result.errors());
    if (result.accepted()) {
      for (FormRule rule : rules) {
        if (rule.formId().equals(target.form().id())) {
          errors.addAll(rule.check(result.variables(), target.context()));
        }
      }
    }
    payload.set("variables", result.variables());
  }

  private static void checkKeys(ObjectNode payload, Set<String> allowed, List<FieldError> errors) {
    for (Iterator<String> names = payload.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        errors.add(new FieldError(name, null, "Không được gửi '" + name + "' trong yêu cầu này."));
      }
    }
  }

  /** A BPMN error or escalation, a message, a signal or a condition: never with data. */
  private static void refuseVariables(ObjectNode payload, List<FieldError> errors) {
    for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      boolean carriesData = entry.getKey().toLowerCase(Locale.ROOT).contains("variables")
          || entry.getKey().equals("startInstructions");
      if (carriesData && !(entry.getValue().isNull() || entry.getValue().isContainerNode() && entry.getValue().isEmpty())) {
        errors.add(new FieldError(entry.getKey(), null,
            "Chỉ được gửi dữ liệu qua biểu mẫu của công việc: '" + entry.getKey() + "' không được chấp nhận."));
      }
    }
  }

  private static void checkBusinessKey(ObjectNode payload, List<FieldError> errors) {
    JsonNode key = payload.get("businessKey");
    if (key == null || key.isNull()) {
      return;
    }
    String text = FormContract.nfc(key.asText());
    if (!key.isTextual() || text.length() > MAX_BUSINESS_KEY) {
      errors.add(new FieldError("businessKey", "Mã hồ sơ",
          "Trường 'Mã hồ sơ' dài tối đa " + MAX_BUSINESS_KEY + " ký tự."));
      return;
    }
    payload.put("businessKey", text);
  }

  private void refuse(HttpServletResponse response, int status, List<FieldError> errors) throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    ObjectNode body = JSON.createObjectNode();
    // Camunda's error shape (type, message), which Tasklist shows, with one entry per field.
    body.put("type", "FormFieldValidationException");
    body.put("message", String.join(" ", errors.stream().map(FieldError::message).toList()));
    var list = body.putArray("fieldErrors");
    for (FieldError error : errors) {
      ObjectNode item = list.addObject();
      item.put("field", error.field());
      item.put("label", error.label());
      item.put("message", error.message());
    }
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }

  /**
   * The path below the REST API's root as Jersey sees it (decoded, without {@code ;parameters},
   * dot segments and repeated slashes: what the servlet container gives as servlet path and path
   * info), without a trailing slash; null when the request is not for the REST API.
   */
  private String resourcePath(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    for (String mount : mounts) {
      if (path.startsWith(mount + "/")) {
        String resource = path.substring(mount.length());
        while (resource.length() > 1 && resource.endsWith("/")) {
          resource = resource.substring(0, resource.length() - 1);
        }
        return resource;
      }
    }
    return null;
  }

  /**
   * Whether the path was written plainly: ids and keys of tasks and processes never need escapes,
   * parameters or extra slashes, so a request that uses them to reach these calls is refused
   * rather than interpreted.
   */
  private static boolean plainlyWritten(HttpServletRequest request) {
    String raw = request.getRequestURI().substring(request.getContextPath().length());
    String decoded = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return raw.equals(decoded) && !raw.endsWith("/");
  }

  /**
   * Who is calling, as the engine knows it: on {@code /engine-rest} the authentication filter, on
   * the webapps' API Camunda's own authentication filter (which runs before this one, see {@link
   * FormContractConfiguration}) has set it for the request.
   */
  private Authentication user() {
    Authentication current = identityService.getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current : null;
  }

  /** The request with its body replaced by the checked, normalised one: UTF-8 JSON. */
  private static final class BodyRequest extends BufferedBodyRequest {

    BodyRequest(HttpServletRequest request, byte[] body) {
      super(request, body);
    }

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    /** The body is now UTF-8 JSON, whatever charset the client named. */
    @Override
    public String getContentType() {
      return "application/json;charset=UTF-8";
    }

    @Override
    public String getHeader(String name) {
      return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "content-type".equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(getContentType()))
          : super.getHeaders(name);
    }
  }
}
