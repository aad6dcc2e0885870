package vn.kstthc.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and checks an organisation file (YAML). Every mistake is reported with the file and the
 * entry, in Vietnamese, so that the province's IT staff can fix the file without reading code.
 * Text is normalised to Unicode NFC.
 */
public final class OrganisationReader {

  static final Pattern GROUP_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*");

  private OrganisationReader() {}

  /**
   * One organisation file as read: its description, its {@code version} (null when the file has
   * none) and its content.
   */
  public record OrganisationFile(String file, Long version, Organisation organisation) {}

  public static Organisation read(Resource resource) {
    return readFile(resource).organisation();
  }

  public static OrganisationFile readFile(Resource resource) {
    String file = resource.getDescription();
    Object root;
    try (InputStream in = resource.getInputStream()) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    } catch (IOException e) {
      throw new OrganisationFileException(file, "không đọc được tệp (" + e.getMessage() + ")");
    } catch (YAMLException e) {
      throw new OrganisationFileException(file, "không đúng cú pháp YAML: " + e.getMessage());
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new OrganisationFileException(file, "tệp phải có hai mục 'groups' và 'users'");
    }
    Parser parser = new Parser(file);
    return new OrganisationFile(file, parser.version(map), parser.parse(map));
  }

  private static final class Parser {
    private final String file;

    Parser(String file) {
      this.file = file;
    }

    /** {@code version: 3}: a whole number from 1, raised at every change of the file. */
    Long version(Map<?, ?> root) {
      Object value = root.get("version");
      if (value == null) {
        return null;
      }
      if (!(value instanceof Integer || value instanceof Long) || ((Number) value).longValue() < 1) {
        fail("'version' phải là số nguyên dương (vd. version: 3), tăng lên mỗi lần sửa tệp");
      }
      return ((Number) value).longValue();
    }

    Organisation parse(Map<?, ?> root) {
      List<Organisation.Group> groups = new ArrayList<>();
      Set<String> groupIds = new HashSet<>();
      int index = 0;
      for (Map<?, ?> entry : list(root, "groups", "tệp")) {
        index++;
        String where = "nhóm thứ " + index;
        String id = required(entry, "id", where);
        where = "nhóm '" + id + "'";
        if (!GROUP_ID.matcher(id).matches()) {
          fail(where + ": mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (vd. phong-quan-ly-khoa-hoc)");
        }
        if (!groupIds.add(id)) {
          fail(where + ": mã bị trùng");
        }
        GroupKind kind;
        try {
          kind = GroupKind.fromCode(required(entry, "kind", where));
        } catch (IllegalArgumentException e) {
          throw new OrganisationFileException(file, where + ": " + e.getMessage());
        }
        groups.add(
            new Organisation.Group(
                id,
                required(entry, "name", where),
                kind,
                optional(entry, "head"),
                strings(entry, "starts", where),
                strings(entry, "escalateTo", where)));
      }

      List<Organisation.Member> users = new ArrayList<>();
      Set<String> userIds = new HashSet<>();
      index = 0;
      for (Map<?, ?> entry : list(root, "users", "tệp")) {
        index++;
        String where = "người dùng thứ " + index;
        String id = required(entry, "id", where);
        where = "người dùng '" + id + "'";
        if (!USER_ID.matcher(id).matches()) {
          fail(where + ": tên đăng nhập chỉ gồm chữ không dấu, chữ số và . _ -");
        }
        if (!userIds.add(id)) {
          fail(where + ": tên đăng nhập bị trùng");
        }
        List<String> memberOf = strings(entry, "groups", where);
        if (memberOf.isEmpty()) {
          fail(where + ": phải thuộc ít nhất một nhóm ('groups')");
        }
        for (String group : memberOf) {
          if (!groupIds.contains(group)) {
            fail(where + ": nhóm '" + group + "' không có trong mục 'groups'");
          }
        }
        users.add(
            new Organisation.Member(
                id,
                required(entry, "name", where),
                optional(entry, "email"),
                optional(entry, "title"),
                memberOf));
      }

      Organisation organisation = new Organisation(groups, users, roles(root, groups));
      for (Organisation.Group group : groups) {
        for (String target : group.escalateTo()) {
          if (!groupIds.contains(target)) {
            fail("nhóm '" + group.id() + "': nhóm nhận báo quá hạn '" + target + "' không có trong mục 'groups'");
          }
        }
        if (group.head() != null
            && organisation.user(group.head()).filter(u -> u.groups().contains(group.id())).isEmpty()) {
          fail("nhóm '" + group.id() + "': trưởng đơn vị '" + group.head() + "' không phải thành viên của nhóm");
        }
      }
      return organisation;
    }

    /**
     * {@code roles}: functional role → the groups of kind officers that hold it, e.g. {@code
     * tiep-nhan-pakn: [van-phong-so]}. A BPMN names the role ({@code ${vaiTro('tiep-nhan-pakn')}}).
     */
    private Map<String, List<String>> roles(Map<?, ?> root, List<Organisation.Group> groups) {
      Object value = root.get("roles");
      Map<String, List<String>> roles = new LinkedHashMap<>();
      if (value == null) {
        return roles;
      }
      if (!(value instanceof Map<?, ?> map)) {
        fail("'roles' phải có dạng 'vai-tro: [nhom-1, nhom-2]'");
        return roles;
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String role = String.valueOf(entry.getKey());
        String where = "vai trò '" + role + "'";
        if (!GROUP_ID.matcher(role).matches()) {
          fail(where + ": mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (vd. tiep-nhan-pakn)");
        }
        List<String> holders = strings(Map.of("groups", entry.getValue() == null ? List.of() : entry.getValue()),
            "groups", where);
        if (holders.isEmpty()) {
          fail(where + ": phải gán cho ít nhất một nhóm");
        }
        for (String holder : holders) {
          Organisation.Group group = groups.stream().filter(g -> g.id().equals(holder)).findFirst().orElse(null);
          if (group == null) {
            fail(where + ": nhóm '" + holder + "' không có trong mục 'groups'");
          } else if (group.kind() != GroupKind.OFFICERS) {
            fail(where + ": nhóm '" + holder + "' không phải đơn vị xử lý công việc (kind: officers)");
          }
        }
        roles.put(role, holders);
      }
      return roles;
    }

    private List<Map<?, ?>> list(Map<?, ?> parent, String key, String where) {
      Object value = parent.get(key);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> items)) {
        throw new OrganisationFileException(file, where + ": '" + key + "' phải là một danh sách");
      }
      List<Map<?, ?>> maps = new ArrayList<>();
      for (Object item : items) {
        if (!(item instanceof Map<?, ?> map)) {
          throw new OrganisationFileException(
              file, where + ": mỗi phần tử của '" + key + "' phải có dạng 'khóa: giá trị'");
        }
        maps.add(map);
      }
      return maps;
    }

    private String required(Map<?, ?> entry, String key, String where) {
      String value = optional(entry, key);
      if (value == null) {
        fail(where + ": thiếu '" + key + "'");
      }
      return value;
    }

    private List<String> strings(Map<?, ?> entry, String key, String where) {
      Object value = entry.get(key);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> items)) {
        throw new OrganisationFileException(file, where + ": '" + key + "' phải là một danh sách");
      }
      return items.stream().map(item -> nfc(String.valueOf(item))).toList();
    }

    private void fail(String message) {
      throw new OrganisationFileException(file, message);
    }
  }

  static String optional(Map<?, ?> entry, String key) {
    Object value = entry.get(key);
    if (value == null) {
      return null;
    }
    String text = nfc(String.valueOf(value)).strip();
    return text.isEmpty() ? null : text;
  }

  static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
