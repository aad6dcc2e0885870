package vn.kstthc.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * With the demo organisation on, the demo department's catalogue ({@value #FILE}) is imported at
 * start, after the organisation (its owning units are the demo groups). Only procedures not yet in
 * the catalogue are added: a restart changes nothing, and what decisions changed since stays.
 */
@Component
@ConditionalOnProperty(name = "kstthc.organisation.demo-enabled", havingValue = "true")
class DemoCatalogue {

  static final String FILE = "catalogue/so-khcn-mau.csv";
  static final String ACTOR = "he-thong";

  private static final Logger LOG = LoggerFactory.getLogger(DemoCatalogue.class);

  private final CatalogueService catalogue;

  DemoCatalogue(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  @EventListener(ApplicationReadyEvent.class)
  void load() {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      CatalogueService.ImportResult result = catalogue.importFile(FILE, in.readAllBytes(), ACTOR, false);
      LOG.info("Demo TTHC catalogue {}: {}", FILE, result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
