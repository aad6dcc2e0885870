package vn.kstthc.petition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/pakn}: a petition from an integration client (see {@link PetitionIntake}). */
@RestController
class PetitionIntakeController {

  record Answer(String maSoHoSo, boolean trungLap, String message) {}

  record Error(String message, List<IntakeProblem> errors) {}

  private final PetitionIntake intake;

  PetitionIntakeController(PetitionIntake intake) {
    this.intake = intake;
  }

  @PostMapping(path = "/api/pakn", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Answer> submit(@RequestBody JsonNode body) {
    PetitionIntake.Result result = intake.submit(body);
    if (result.duplicate()) {
      return ResponseEntity.ok(new Answer(result.caseNumber(), true,
          "Phản ánh, kiến nghị này đã được tiếp nhận trước đó với số " + result.caseNumber() + "."));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(new Answer(result.caseNumber(), false,
        "Đã tiếp nhận phản ánh, kiến nghị số " + result.caseNumber() + "."));
  }

  @ExceptionHandler(IntakeException.class)
  ResponseEntity<Error> invalid(IntakeException e) {
    return ResponseEntity.badRequest().body(new Error(e.getMessage(), e.problems()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Error> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest().body(new Error("Nội dung gửi lên không phải JSON hợp lệ.", List.of()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<Error> notJson(HttpMediaTypeNotSupportedException e) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(new Error("Hãy gửi nội dung JSON (Content-Type: application/json).", List.of()));
  }
}
