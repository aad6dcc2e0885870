package vn.kstthc.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The report types: the shipped file, or the province's ({@code kstthc.report.types-file}). */
@Configuration(proxyBeanMethods = false)
class ReportConfiguration {

  static final String SHIPPED_TYPES = "classpath:reports/loai-bao-cao.yaml";

  @Bean
  FormTemplates formTemplates(vn.kstthc.reporting.NamedQueries queries) {
    return FormTemplates.fromClasspath(queries.names());
  }

  @Bean
  ReportTypes reportTypes(ResourceLoader resources, @Value("${kstthc.report.types-file:}") String typesFile) {
    return ReportTypes.read(resources.getResource(typesFile.isBlank() ? SHIPPED_TYPES : typesFile));
  }
}
