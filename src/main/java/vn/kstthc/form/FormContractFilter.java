package vn.kstthc.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

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

  /**
   * @param mounts the paths the REST API is served under, e.g. {@code /engine-rest} and {@code
   *     /camunda/api/engine}
   */
  public FormContractFilter(IdentityService identityService, FormSource forms, List<String> mounts) {
    this.identityService = identityService;
    this.forms = forms;
    this.mounts = List.copyOf(mounts);
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
    Authentication user = user(request);
    if (user == null || forms.isAdministrator(user)) {
      chain.doFilter(request, response); // anonymous calls are refused by authentication
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
        FormSource.Target target = forms.forTask(task.group(1));
        if (target != null) {
          check(target, payload, errors);
        }
      } else if (byId.matches() || byKey.matches()) {
        checkKeys(payload, START_KEYS, errors);
        checkBusinessKey(payload, errors);
        FormSource.Target target = byId.matches()
            ? forms.forStart(byId.group(1))
            : forms.forStartByKey(byKey.group(1), byKey.group(2));
        if (target != null) {
          check(target, payload, errors);
        }
      } else {
        refuseVariables(payload, errors);
      }
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

  private void check(FormSource.Target target, ObjectNode payload, List<FieldError> errors) {
    JsonNode variables = payload.get("variables");
    if (target.form() == null) {
      if (variables != null && variables.size() > 0) {
        errors.add(new FieldError("variables", null,
            "Bước này không có biểu mẫu: không được gửi dữ liệu kèm theo."));
      }
      return;
    }
    FormContract.Result result = FormContract.check(target.form(), variables, target.context());
    errors.addAll(result.errors());
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

  private static void refuseVariables(ObjectNode payload, List<FieldError> errors) {
    for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (entry.getKey().toLowerCase().contains("variables") && entry.getValue().size() > 0) {
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

  /** The path below the REST API's root, or null when the request is not for it. */
  private String resourcePath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String mount : mounts) {
      if (path.startsWith(mount + "/")) {
        return path.substring(mount.length());
      }
    }
    return null;
  }

  /**
   * Who is calling: on {@code /engine-rest} the authentication filter has already set the
   * engine's authentication; the webapps keep theirs in the HTTP session.
   */
  private Authentication user(HttpServletRequest request) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current != null && current.getUserId() != null) {
      return current;
    }
    Authentications webapp = Authentications.getCurrent();
    if (webapp == null) {
      HttpSession session = request.getSession(false);
      webapp = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    }
    if (webapp == null) {
      return null;
    }
    for (UserAuthentication authentication : webapp.getAuthentications()) {
      return new Authentication(authentication.getIdentityId(), authentication.getGroupIds(),
          authentication.getTenantIds());
    }
    return null;
  }

  /** The request with its body replaced by the checked, normalised one. */
  private static final class BodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          try {
            return in.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }
  }
}
