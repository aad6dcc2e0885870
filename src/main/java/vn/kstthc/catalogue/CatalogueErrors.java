package vn.kstthc.catalogue;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Errors of the catalogue API as JSON with a Vietnamese message (and the problems, for a 400). */
@RestControllerAdvice(assignableTypes = CatalogueController.class)
class CatalogueErrors {

  @ExceptionHandler(CatalogueException.class)
  ResponseEntity<CatalogueController.Error> refused(CatalogueException e) {
    return ResponseEntity.badRequest().body(new CatalogueController.Error(e.getMessage(), e.problems()));
  }

  @ExceptionHandler(CatalogueController.NotFoundException.class)
  ResponseEntity<CatalogueController.Error> notFound(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new CatalogueController.Error(e.getMessage()));
  }

  @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
      MultipartException.class})
  ResponseEntity<CatalogueController.Error> noFile(Exception e) {
    return ResponseEntity.badRequest()
        .body(new CatalogueController.Error("Thiếu tệp: gửi multipart/form-data với trường 'file'."));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<CatalogueController.Error> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest()
        .body(new CatalogueController.Error("Nội dung gửi lên không phải JSON hợp lệ của một quyết định công bố."));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<CatalogueController.Error> badParameter(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest()
        .body(new CatalogueController.Error("Tham số '" + e.getName() + "' không hợp lệ: '" + e.getValue() + "'."));
  }
}
