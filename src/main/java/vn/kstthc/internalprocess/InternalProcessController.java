package vn.kstthc.internalprocess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.kstthc.catalogue.CatalogueService;
import vn.kstthc.catalogue.Tthc;

/**
 * Downloads of an approved internal process as BPMN ({@link InternalProcessBpmn}), with the form
 * its tasks use, for Camunda Modeler: any authenticated officer (the /api/* filter, {@code
 * vn.kstthc.platform.ApiAuthenticationConfiguration}); internal processes are published anyway.
 */
@RestController
class InternalProcessController {

  private final InternalProcessService service;
  private final CatalogueService catalogue;

  InternalProcessController(InternalProcessService service, CatalogueService catalogue) {
    this.service = service;
    this.catalogue = catalogue;
  }

  /** The version in force of the TTHC's internal process, as {@code quy-trinh-noi-bo-<code>.bpmn}. */
  @GetMapping("/api/quy-trinh-noi-bo/{maTthc}/bpmn")
  ResponseEntity<?> bpmn(@PathVariable String maTthc) {
    Optional<Tthc> tthc = catalogue.find(maTthc);
    Optional<InternalProcess> process = tthc.flatMap(t -> service.current(t.code()));
    if (process.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(Map.of("message",
          "Thủ tục " + maTthc + " chưa có quy trình nội bộ được phê duyệt" + (tthc.isEmpty() ? " (không có trong danh mục)." : ".")));
    }
    String xml = Bpmn.convertToString(InternalProcessBpmn.export(process.get(), tthc.get().name(), tthc.get().owningUnit()));
    return download(InternalProcessBpmn.processId(maTthc) + ".bpmn", MediaType.APPLICATION_XML,
        xml.getBytes(StandardCharsets.UTF_8));
  }

  /** The Camunda Form of every task of an exported process: deploy it with the BPMN. */
  @GetMapping("/api/quy-trinh-noi-bo/bieu-mau-buoc.form")
  ResponseEntity<?> form() throws IOException {
    try (InputStream form = new ClassPathResource(InternalProcessBpmn.FORM_RESOURCE).getInputStream()) {
      return download(InternalProcessBpmn.FORM + ".form", MediaType.APPLICATION_JSON, form.readAllBytes());
    }
  }

  private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
    return ResponseEntity.ok()
        .contentType(new MediaType(type, StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
