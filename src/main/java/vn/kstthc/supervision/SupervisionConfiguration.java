package vn.kstthc.supervision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The indicator registers: the shipped ones ({@code supervision/chi-tieu/*.yaml}), then a
 * province's own directory ({@code kstthc.supervision.indicator-directory}), whose files replace
 * shipped ones of the same organisation and year.
 */
@Configuration
class SupervisionConfiguration {

  @Bean
  IndicatorRegisters indicatorRegisters(@Value("${kstthc.supervision.indicator-directory:}") String directory)
      throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    List<IndicatorRegister> registers = new ArrayList<>();
    for (Resource file : sorted(resolver.getResources("classpath*:supervision/chi-tieu/*.yaml"))) {
      registers.add(IndicatorRegisters.read(file));
    }
    if (!directory.isBlank()) {
      for (Resource file : sorted(resolver.getResources("file:" + directory.strip() + "/*.yaml"))) {
        registers.add(IndicatorRegisters.read(file));
      }
    }
    return new IndicatorRegisters(registers);
  }

  private static List<Resource> sorted(Resource[] files) {
    return Arrays.stream(files).sorted(Comparator.comparing(r -> String.valueOf(r.getFilename()))).toList();
  }
}
