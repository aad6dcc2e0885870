package vn.kstthc.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a translation of a Camunda webapp ({@code vi.json}) with its English source ({@code
 * en.json}): the same keys at every level (the same array lengths), every text in Unicode NFC, and
 * the same placeholders in each text ({@code {{name}}} of angular-translate, {@code %s}/{@code %d}
 * of moment's relative times). Non-text values (numbers of {@code dateLocales.week}) must be equal.
 */
final class TranslationCheck {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}|%[sd]");

  /** What differs; all lists empty when the translation matches its source. */
  record Result(
      List<String> missingKeys,
      List<String> extraKeys,
      List<String> notNfc,
      List<String> placeholderMismatches,
      List<String> otherMismatches) {

    boolean ok() {
      return missingKeys.isEmpty()
          && extraKeys.isEmpty()
          && notNfc.isEmpty()
          && placeholderMismatches.isEmpty()
          && otherMismatches.isEmpty();
    }

    /** A report that names every problem, so that an upgrade shows what is left to translate. */
    String report() {
      StringBuilder out = new StringBuilder();
      section(out, "missing keys (in en.json, not translated)", missingKeys);
      section(out, "extra keys (not in en.json any more)", extraKeys);
      section(out, "texts not in Unicode NFC", notNfc);
      section(out, "placeholders differing from en.json", placeholderMismatches);
      section(out, "other differences", otherMismatches);
      return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
      if (!lines.isEmpty()) {
        out.append(lines.size()).append(' ').append(title).append(":\n");
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
      }
    }
  }

  private TranslationCheck() {}

  static Result compare(JsonNode english, JsonNode translation) {
    Map<String, JsonNode> source = flatten(english);
    Map<String, JsonNode> target = flatten(translation);
    List<String> missing = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    List<String> notNfc = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : source.entrySet()) {
      String key = entry.getKey();
      JsonNode value = target.get(key);
      if (value == null) {
        missing.add(key);
      } else if (entry.getValue().isTextual() && value.isTextual()) {
        List<String> expected = placeholders(entry.getValue().asText());
        List<String> actual = placeholders(value.asText());
        if (!expected.equals(actual)) {
          placeholders.add(key + ": en " + expected + ", vi " + actual);
        }
      } else if (!entry.getValue().equals(value)) {
        other.add(key + ": en " + entry.getValue() + ", vi " + value);
      }
    }
    for (Map.Entry<String, JsonNode> entry : target.entrySet()) {
      if (!source.containsKey(entry.getKey())) {
        extra.add(entry.getKey());
      }
      if (entry.getValue().isTextual()
          && !Normalizer.isNormalized(entry.getValue().asText(), Normalizer.Form.NFC)) {
        notNfc.add(entry.getKey() + ": " + entry.getValue().asText());
      }
    }
    return new Result(missing, extra, notNfc, placeholders, other);
  }

  /** Placeholders of a text, sorted, with the spaces inside the braces removed. */
  static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1) != null ? "{{" + matcher.group(1) + "}}" : matcher.group());
    }
    found.sort(null);
    return found;
  }

  /** Leaf values by path: {@code labels.TASK}, {@code dateLocales.months[0]}. */
  static Map<String, JsonNode> flatten(JsonNode node) {
    Map<String, JsonNode> leaves = new TreeMap<>();
    flatten("", node, leaves);
    return leaves;
  }

  private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }
}
