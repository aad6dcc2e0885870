package vn.kstthc.catalogue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalogue for officers: any authenticated officer reads it; the Văn phòng and the
 * administrators import into it and record decisions ({@link CatalogueEditors}). Who may call
 * what is decided before the call ({@code vn.kstthc.security}, rules OFFICER and EDITOR).
 */
@RestController
class CatalogueController {

  static final int MAX_PAGE_SIZE = 200;

  private final CatalogueService catalogue;
  private final IdentityService identityService;

  CatalogueController(CatalogueService catalogue, IdentityService identityService) {
    this.catalogue = catalogue;
    this.identityService = identityService;
  }

  record TthcDetails(Tthc tthc, List<HistoryEntry> history) {}

  @GetMapping("/api/tthc")
  CatalogueService.Page list(
      @RequestParam(required = false) String field,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String state,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new CatalogueException("Phân trang không hợp lệ.",
          List.of(new CatalogueProblem(null, "size", "page ≥ 0 và size từ 1 đến " + MAX_PAGE_SIZE + ".")));
    }
    return catalogue.search(new CatalogueQuery(
        nfc(field), choice("level", level, TthcLevel.class), choice("kind", kind, TthcKind.class),
        choice("state", state, TthcState.class), nfc(unit), nfc(q), page, size));
  }

  @GetMapping("/api/tthc/{code}")
  TthcDetails tthc(@PathVariable String code) {
    Tthc tthc = catalogue.find(code).orElseThrow(() -> new NotFoundException("Không có TTHC mã " + code + " trong danh mục."));
    return new TthcDetails(tthc, catalogue.history(code));
  }

  @GetMapping("/api/quyet-dinh-cong-bo/{id}")
  PublicationDecision decision(@PathVariable String id) {
    return catalogue.decision(id).orElseThrow(() -> new NotFoundException("Không có quyết định công bố " + id + "."));
  }

  @PostMapping("/api/tthc/import")
  CatalogueService.ImportResult importFile(@RequestParam("file") MultipartFile file) throws IOException {
    String user = identityService.getCurrentAuthentication().getUserId();
    String name = file.getOriginalFilename() == null ? "(không tên)" : file.getOriginalFilename();
    return catalogue.importFile(name, file.getBytes(), user);
  }

  /**
   * Records a decision signed outside the workflow (e.g. an earlier one); the body is a {@link
   * PublicationDecision} whose id and recording fields are ignored.
   */
  @PostMapping("/api/quyet-dinh-cong-bo")
  PublicationDecision recordDecision(@RequestBody PublicationDecision decision) {
    String user = identityService.getCurrentAuthentication().getUserId();
    return catalogue.applyDecision(decision, decision.items() == null ? List.of() : decision.items(), user);
  }

  private static <E extends Enum<E> & Labelled> E choice(String parameter, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    E parsed = Labelled.parse(type, value);
    if (parsed == null) {
      throw new CatalogueException("Bộ lọc không hợp lệ.", List.of(new CatalogueProblem(null, parameter,
          "'" + value + "' không hợp lệ, phải là một trong " + Labelled.choices(type) + ".")));
    }
    return parsed;
  }

  private static String nfc(String text) {
    return text == null || text.isBlank() ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }

  static class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
      super(message);
    }
  }

  /** Used by {@link CatalogueErrors}: the JSON body of every error of this API. */
  record Error(String message, List<CatalogueProblem> errors) {
    Error(String message) {
      this(message, List.of());
    }
  }
}
