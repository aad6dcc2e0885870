package vn.kstthc.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The form templates ({@value #LOCATION}), checked at start: every column names a query the query
 * layer has, every identity and the window name columns of its form.
 */
public final class FormTemplates {

  static final String LOCATION = "classpath:reports/forms/*.yaml";

  private final Map<String, FormTemplate> templates;

  FormTemplates(List<FormTemplate> templates) {
    Map<String, FormTemplate> byId = new LinkedHashMap<>();
    templates.forEach(template -> byId.put(template.id(), template));
    this.templates = Map.copyOf(byId);
  }

  public Optional<FormTemplate> template(String id) {
    return Optional.ofNullable(templates.get(id));
  }

  public java.util.Collection<FormTemplate> all() {
    return templates.values();
  }

  static FormTemplates fromClasspath(Set<String> queryNames) {
    try {
      List<FormTemplate> templates = new ArrayList<>();
      for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
        templates.add(read(file, queryNames));
      }
      return new FormTemplates(templates);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the form templates " + LOCATION, e);
    }
  }

  @SuppressWarnings("unchecked")
  static FormTemplate read(Resource file, Set<String> queryNames) throws IOException {
    Map<String, Object> root;
    try (InputStream in = file.getInputStream()) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    }
    List<FormTemplate.Column> columns = new ArrayList<>();
    for (Map<String, Object> column : (List<Map<String, Object>>) root.get("columns")) {
      String query = (String) column.get("query");
      if (!queryNames.contains(query)) {
        throw new IllegalStateException("Biểu mẫu " + file.getFilename() + ": cột '" + column.get("key")
            + "' dùng truy vấn '" + query + "' không có trong reporting/queries");
      }
      columns.add(new FormTemplate.Column((String) column.get("key"), (List<String>) column.get("headings"), query));
    }
    List<FormTemplate.Identity> identities = new ArrayList<>();
    for (Map<String, Object> identity : (List<Map<String, Object>>) root.getOrDefault("identities", List.of())) {
      identities.add(new FormTemplate.Identity(
          (String) identity.get("total"), (List<String>) identity.get("parts"), (String) identity.get("message")));
    }
    FormTemplate template = new FormTemplate(String.valueOf(root.get("id")), (Integer) root.get("version"),
        (String) root.get("code"), (String) root.get("title"), (String) root.get("unitOfMeasure"),
        (String) root.get("rowHeading"), columns, identities, (String) root.get("window"));
    template.column(template.window());
    for (FormTemplate.Identity identity : identities) {
      template.column(identity.total());
      identity.parts().forEach(template::column);
    }
    return template;
  }
}
