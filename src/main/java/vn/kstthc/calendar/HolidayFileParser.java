package vn.kstthc.calendar;

import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code holidays-YYYY.yaml} file. The YAML is composed into nodes (never into Java
 * objects), so every error names the line it comes from. Format:
 * <pre>
 * year: 2026
 * source: Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ
 * status: chính thức          # optional
 * notes: ...                  # optional
 * days_off:
 *   - date: 2026-02-16
 *     name: Tết Nguyên đán (29 tháng Chạp)
 * make_up_working_days:       # optional
 *   - date: 2026-01-10
 *     name: Làm bù cho thứ Sáu 02/01/2026
 * </pre>
 */
final class HolidayFileParser {

  /** File names that hold one year. */
  static final Pattern FILE_NAME = Pattern.compile("holidays-(\\d{4})\\.yaml");

  private static final Set<String> TOP_LEVEL_KEYS =
      Set.of("year", "source", "status", "notes", "days_off", "make_up_working_days");
  private static final Set<String> DAY_KEYS = Set.of("date", "name", "note");

  private final String fileName;

  private HolidayFileParser(String fileName) {
    this.fileName = fileName;
  }

  /**
   * Parses a file.
   *
   * @param fileName the name used in error messages and checked against the {@code year} field
   * @param reader   the file's content
   * @return the year it describes
   * @throws HolidayDataException if the file is not valid
   */
  static HolidayYear parse(String fileName, Reader reader) {
    return new HolidayFileParser(fileName).parse(reader);
  }

  private HolidayYear parse(Reader reader) {
    Node root = compose(reader);
    MappingNode mapping = mapping(root, "the file");
    Integer year = null;
    String source = null;
    List<Node> daysOffNode = null;
    List<Node> makeUpNode = null;
    Set<String> seen = new HashSet<>();
    for (NodeTuple entry : mapping.getValue()) {
      String key = scalar(entry.getKeyNode(), "a key");
      Node value = entry.getValueNode();
      if (!seen.add(key)) {
        throw error(entry.getKeyNode(), "key '" + key + "' appears twice");
      }
      switch (key) {
        case "year" -> year = integer(value, "year");
        case "source" -> source = text(value, "source");
        case "status", "notes" -> text(value, key);
        case "days_off" -> daysOffNode = items(value, "days_off");
        case "make_up_working_days" -> makeUpNode = items(value, "make_up_working_days");
        default -> throw error(entry.getKeyNode(),
            "unknown key '" + key + "'; expected one of " + sorted(TOP_LEVEL_KEYS));
      }
    }
    if (year == null) {
      throw error(root, "missing 'year'");
    }
    if (source == null) {
      throw error(root, "missing 'source' (the document that fixed this schedule)");
    }
    if (daysOffNode == null) {
      throw error(root, "missing 'days_off'");
    }
    checkFileNameYear(year, root);
    List<NamedDay> daysOff = days(daysOffNode, year, "days_off");
    if (makeUpNode == null) {
      makeUpNode = List.of();
    }
    List<NamedDay> makeUp = days(makeUpNode, year, "make_up_working_days");
    checkMakeUpDays(makeUpNode, makeUp, daysOff);
    return new HolidayYear(year, daysOff, makeUp, source, fileName);
  }

  private Node compose(Reader reader) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    try {
      Node root = new Yaml(options).compose(reader);
      if (root == null) {
        throw new HolidayDataException(fileName, 0, "the file is empty");
      }
      return root;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1;
      throw new HolidayDataException(fileName, line, "invalid YAML: " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new HolidayDataException(fileName, 0, "invalid YAML: " + e.getMessage(), e);
    }
  }

  private void checkFileNameYear(int year, Node root) {
    String simpleName = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    Matcher matcher = FILE_NAME.matcher(simpleName);
    if (matcher.matches() && Integer.parseInt(matcher.group(1)) != year) {
      throw error(root, "'year: " + year + "' does not match the file name " + simpleName);
    }
  }

  private List<NamedDay> days(List<Node> items, int year, String field) {
    List<NamedDay> days = new ArrayList<>();
    Set<LocalDate> dates = new HashSet<>();
    for (Node item : items) {
      MappingNode entry = mapping(item, "each entry of '" + field + "'");
      LocalDate date = null;
      String name = null;
      Node dateNode = item;
      for (NodeTuple tuple : entry.getValue()) {
        String key = scalar(tuple.getKeyNode(), "a key");
        switch (key) {
          case "date" -> {
            dateNode = tuple.getValueNode();
            date = date(dateNode);
          }
          case "name" -> name = text(tuple.getValueNode(), "name");
          case "note" -> text(tuple.getValueNode(), "note");
          default -> throw error(tuple.getKeyNode(),
              "unknown key '" + key + "' in '" + field + "'; expected one of " + sorted(DAY_KEYS));
        }
      }
      if (date == null) {
        throw error(item, "an entry of '" + field + "' has no 'date'");
      }
      if (name == null) {
        throw error(item, "the entry for " + date + " in '" + field + "' has no 'name'");
      }
      if (date.getYear() != year) {
        throw error(dateNode, date + " in '" + field + "' is not in year " + year);
      }
      if (!dates.add(date)) {
        throw error(dateNode, date + " is listed twice in '" + field + "'");
      }
      days.add(new NamedDay(date, name));
    }
    return days;
  }

  private void checkMakeUpDays(List<Node> items, List<NamedDay> makeUp, List<NamedDay> daysOff) {
    Set<LocalDate> off = new HashSet<>();
    daysOff.forEach(day -> off.add(day.date()));
    for (int i = 0; i < makeUp.size(); i++) {
      LocalDate date = makeUp.get(i).date();
      Node itemNode = items.get(i);
      DayOfWeek weekday = date.getDayOfWeek();
      if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
        throw error(itemNode, "make-up working day " + date + " is a " + weekday
            + "; only a Saturday or Sunday can be made a working day");
      }
      if (off.contains(date)) {
        throw error(itemNode, date + " is both a day off and a make-up working day");
      }
    }
  }

  private LocalDate date(Node node) {
    String value = scalar(node, "'date'");
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(node, "'date' must be an ISO date (yyyy-MM-dd), got '" + value + "'");
    }
  }

  private int integer(Node node, String field) {
    String value = scalar(node, "'" + field + "'");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw error(node, "'" + field + "' must be a whole number, got '" + value + "'");
    }
  }

  private String text(Node node, String field) {
    String value = scalar(node, "'" + field + "'");
    if (value.isBlank()) {
      throw error(node, "'" + field + "' must not be empty");
    }
    return value.strip();
  }

  private String scalar(Node node, String what) {
    if (node instanceof ScalarNode scalar) {
      return scalar.getValue();
    }
    throw error(node, what + " must be a single value, not a " + kind(node));
  }

  private MappingNode mapping(Node node, String what) {
    if (node instanceof MappingNode mapping) {
      return mapping;
    }
    throw error(node, what + " must be a mapping of 'key: value' lines, not a " + kind(node));
  }

  /** The entries of a list; a key left empty ({@code make_up_working_days:}) is an empty list. */
  private List<Node> items(Node node, String field) {
    if (node instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    if (node instanceof ScalarNode scalar && (scalar.getValue().isEmpty() || "~".equals(scalar.getValue()))) {
      return List.of();
    }
    throw error(node, "'" + field + "' must be a list of '- date: ...' entries, not a " + kind(node));
  }

  private static String kind(Node node) {
    return switch (node.getNodeId()) {
      case scalar -> "single value";
      case sequence -> "list";
      case mapping -> "mapping";
      default -> node.getNodeId().name();
    };
  }

  private static String sorted(Set<String> keys) {
    return keys.stream().sorted().toList().toString();
  }

  private HolidayDataException error(Node node, String problem) {
    return new HolidayDataException(fileName, node.getStartMark().getLine() + 1, problem);
  }
}
