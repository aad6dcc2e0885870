package vn.kstthc.report;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors of the report API as JSON with a Vietnamese message (and the rows' problems). */
@RestControllerAdvice(assignableTypes = ReportController.class)
class ReportErrors {

  /** The JSON body of every error of this API. */
  record Error(String message, List<String> errors) {}

  @ExceptionHandler(ReportService.ReportForbiddenException.class)
  ResponseEntity<Error> forbidden(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(new Error(e.getMessage(), List.of()));
  }

  @ExceptionHandler(ReportService.ReportNotFoundException.class)
  ResponseEntity<Error> notFound(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Error(e.getMessage(), List.of()));
  }

  @ExceptionHandler(ReportService.ReportConflictException.class)
  ResponseEntity<Error> conflict(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(new Error(e.getMessage(), List.of()));
  }

  @ExceptionHandler(DossierImportException.class)
  ResponseEntity<Error> refused(DossierImportException e) {
    return ResponseEntity.badRequest().body(new Error(e.getMessage(), e.problems()));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Error> badRequest(IllegalArgumentException e) {
    return ResponseEntity.badRequest().body(new Error(e.getMessage(), List.of()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Error> badParameter(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest()
        .body(new Error("Tham số '" + e.getName() + "' không hợp lệ: '" + e.getValue() + "'.", List.of()));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
      MultipartException.class})
  ResponseEntity<Error> missing(Exception e) {
    String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
        : e instanceof MissingServletRequestPartException p ? p.getRequestPartName() : "file";
    return ResponseEntity.badRequest().body(new Error("Thiếu tham số '" + name + "'.", List.of()));
  }
}
