package vn.kstthc.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The form templates, and the report types: the shipped file, or the province's ({@code kstthc.report.types-file}). */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

  static final String SHIPPED_TYPES = "classpath:reports/loai-bao-cao.yaml";

  /** The templates, each form's one query built at start: a column query of another shape fails the start. */
  @Bean
  FormTemplates formTemplates(vn.kstthc.reporting.NamedQueries queries, FormFigures figures) {
    FormTemplates templates = FormTemplates.fromClasspath(queries.names());
    templates.all().forEach(figures::prepare);
    return templates;
  }

  @Bean
  ReportTypes reportTypes(ResourceLoader resources, @Value("${kstthc.report.types-file:}") String typesFile) {
    return ReportTypes.read(resources.getResource(typesFile.isBlank() ? SHIPPED_TYPES : typesFile));
  }
}
