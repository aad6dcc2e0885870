package vn.kstthc.lateness;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Explanations of late cases, append-only: a unit explains a case once with a cause of the
 * controlled list; anything it (or the Văn phòng) says later is a correction, a new record with
 * its reason and its author. Nothing is updated or deleted, so the history of what was said, by
 * whom and when, stays as it was. Used by the monthly late list and the periodic report.
 */
@Service
public class LateExplanations {

  static final int MAX_TEXT = 4000;
  static final int MAX_REASON = 1000;

  private final ExplanationRepository repository;
  private final LateCauses causes;
  private final Clock clock;

  @Autowired
  LateExplanations(ExplanationRepository repository, LateCauses causes) {
    this(repository, causes, Clock.systemUTC());
  }

  LateExplanations(ExplanationRepository repository, LateCauses causes, Clock clock) {
    this.repository = repository;
    this.causes = causes;
    this.clock = clock;
  }

  /** The first explanation of a case; refused if the case is already explained. */
  public Explanation explain(
      LateCaseRef lateCase, String unitId, String causeCode, String text, String userId, String processInstanceId) {
    if (current(lateCase).isPresent()) {
      throw new LatenessException("Trường hợp " + lateCase.shown() + " đã được giải trình: nếu cần sửa,"
          + " hãy ghi một đính chính kèm lý do.");
    }
    return write(lateCase, 1, unitId, causeCode, text, null, userId, processInstanceId);
  }

  /** A correction of a case's current explanation: a new record, with its reason. */
  public Explanation correct(
      LateCaseRef lateCase, String unitId, String causeCode, String text, String reason, String userId,
      String processInstanceId) {
    Explanation previous = current(lateCase).orElseThrow(() -> new LatenessException(
        "Trường hợp " + lateCase.shown() + " chưa có giải trình nào để đính chính."));
    String why = nfc(reason);
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw new LatenessException("Đính chính giải trình phải có lý do (tối đa " + MAX_REASON + " ký tự).");
    }
    return write(lateCase, previous.version() + 1, unitId, causeCode, text, why, userId, processInstanceId);
  }

  /**
   * A unit's answer for a case in a list or a report: its first explanation, or a correction with
   * {@code reason} when it says something else than the explanation standing (given in an earlier
   * list or report), or nothing when it says the same.
   */
  public void answer(LateCaseRef lateCase, String unitId, String causeCode, String text, String reason,
      String userId, String processInstanceId) {
    Optional<Explanation> given = current(lateCase);
    if (given.isEmpty()) {
      explain(lateCase, unitId, causeCode, text, userId, processInstanceId);
    } else if (!given.get().causeCode().equals(causeCode) || !given.get().text().equals(nfc(text))) {
      correct(lateCase, unitId, causeCode, text, reason, userId, processInstanceId);
    }
  }

  /** The case's explanation as it stands: its latest version. */
  public Optional<Explanation> current(LateCaseRef lateCase) {
    List<Explanation> history = repository.history(lateCase);
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }

  /** Every version, oldest first. */
  public List<Explanation> history(LateCaseRef lateCase) {
    return repository.history(lateCase);
  }

  /** The current explanations of the cases explained in one late list or report. */
  public List<Explanation> currentOfInstance(String processInstanceId) {
    return repository.currentOfInstance(processInstanceId);
  }

  public LateCauses causes() {
    return causes;
  }

  private Explanation write(
      LateCaseRef lateCase, int version, String unitId, String causeCode, String text, String reason,
      String userId, String processInstanceId) {
    LateCause cause = causes.requireOffered(causeCode);
    String said = nfc(text);
    if (said.isEmpty() || said.length() > MAX_TEXT) {
      throw new LatenessException("Nội dung giải trình phải có (tối đa " + MAX_TEXT + " ký tự).");
    }
    if (userId == null || userId.isBlank() || unitId == null || unitId.isBlank()) {
      throw new LatenessException("Giải trình phải ghi rõ đơn vị và người giải trình.");
    }
    Explanation explanation = new Explanation(UUID.randomUUID().toString(), lateCase, version, unitId, cause.code(),
        cause.label(), said, reason, userId, clock.instant(), processInstanceId);
    try {
      repository.insert(explanation);
    } catch (DuplicateKeyException e) {
      throw new LatenessException("Trường hợp " + lateCase.shown() + " vừa được người khác giải trình hoặc đính chính:"
          + " hãy tải lại và xem giải trình hiện tại.");
    }
    return explanation;
  }

  private static String nfc(String text) {
    return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }
}
