package vn.kstthc.lateness;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** The controlled list of late causes, read once at start ({@code kstthc.lateness.causes-file}). */
@Configuration
class LatenessConfiguration {

  @Bean
  LateCauses lateCauses(@Value("${kstthc.lateness.causes-file}") Resource file) {
    return LateCauses.read(file);
  }
}
